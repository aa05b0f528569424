package tw.ourdata.estate.institutions;

import java.util.List;

import tw.ourdata.estate.common.Fraction;

/**
 * A validated answer to an asset query: what the institution found, valued at the date of death.
 * Only {@link AnswerValidator} makes one.
 */
public record InstitutionAnswer(Outcome outcome, List<ReportedAsset> assets, List<ReportedLiability> liabilities) {

    public enum Outcome { FOUND, NONE }

    public enum AssetKind { LAND, BUILDING, VEHICLE, DEPOSIT, SECURITIES, FUND, INSURANCE, FUTURES, SAFE_DEPOSIT_BOX, OTHER }

    public enum LiabilityKind { LOAN, CREDIT_CARD, TAX, OTHER }

    /**
     * An asset held (in part) by the decedent.
     *
     * @param value whole NT$ at the date of death, for the whole asset
     * @param share the decedent's ownership fraction, in (0, 1]
     */
    public record ReportedAsset(AssetKind kind, String description, String identifier, String valuationBasis, long value,
                                Fraction share) {
    }

    /** A debt of the decedent, whole NT$ at the date of death. */
    public record ReportedLiability(LiabilityKind kind, String description, long amount) {
    }
}

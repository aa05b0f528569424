package tw.ourdata.estate.tax;

import java.time.LocalDate;

/**
 * The spouse's remaining-property claim deducted under Art. 17-1: half of the difference between the
 * decedent's and the spouse's property acquired during the marriage (Civil Code Art. 1030-1), never
 * negative.
 *
 * <p>For deaths on or after 2024-10-28, the MOF interim rules following Constitutional Court judgment
 * 113-憲判-11 count property the decedent gave the spouse within two years before death (which Art. 15
 * adds back to the estate) as the decedent's property in that difference. Before that day they did not.
 */
public final class SpouseClaimDeduction {

    public static final LocalDate GIFTS_TO_SPOUSE_COUNT_FROM = LocalDate.of(2024, 10, 28);

    private SpouseClaimDeduction() {
    }

    /**
     * Half of the difference, rounded down to the whole NT$: a claim is paid in whole dollars, and
     * rounding down never deducts more than the spouse could claim.
     */
    public static long of(EstateFacts facts) {
        SpouseClaim claim = facts.spouseClaim();
        long decedent = EstateFacts.orZero(claim.decedentMaritalProperty());
        if (!facts.dateOfDeath().isBefore(GIFTS_TO_SPOUSE_COUNT_FROM)) {
            for (GiftWithinTwoYears gift : facts.giftsWithinTwoYears()) {
                if (gift.recipient() == GiftRecipient.SPOUSE) {
                    decedent = Math.addExact(decedent, EstateFacts.orZero(gift.valueAtDeath()));
                }
            }
        }
        long difference = decedent - EstateFacts.orZero(claim.spouseMaritalProperty());
        return difference <= 0 ? 0 : difference / 2;
    }
}

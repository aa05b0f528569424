package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tw.ourdata.estate.succession.Heir;

/**
 * Everything the estate tax depends on, as the public request {@code POST /api/v1/estate-tax/estimate}
 * carries it: the component names are the JSON field names. Amounts are whole NT$. Missing lists
 * read as empty; missing optional amounts as 0. Check with {@link EstateFactsValidator} first.
 *
 * @param dateOfDeath         selects the parameters in force (and the rules in force, e.g. the 2024-10-28 spouse-claim rule)
 * @param diedInLineOfDuty    military, police or public servant who died in the line of duty: exemption doubled (Art. 18(2))
 * @param residentOfTaiwan    domiciled in Taiwan (經常居住中華民國境內, incl. Art. 3-1): worldwide estate and personal
 *                            deductions; otherwise only assets in Taiwan and no personal deductions (Art. 1(2), 17(2))
 * @param assets              assets in Taiwan
 * @param foreignAssets       assets abroad
 * @param giftsWithinTwoYears gifts added back under Art. 15
 * @param debts               proven unpaid debts, NT$ (Art. 17(1)(9)); optional
 * @param unpaidTaxes         taxes and fines unpaid at death, NT$ (Art. 17(1)(8)); optional
 * @param spouseClaim         the spouse's Art. 17-1 claim, when made; optional
 * @param heirs               the succession table
 * @param dependents          dependent siblings and grandparents
 */
public record EstateFacts(
        LocalDate dateOfDeath,
        boolean diedInLineOfDuty,
        Boolean residentOfTaiwan,
        List<Asset> assets,
        List<ForeignAsset> foreignAssets,
        List<GiftWithinTwoYears> giftsWithinTwoYears,
        Long debts,
        Long unpaidTaxes,
        SpouseClaim spouseClaim,
        List<Heir> heirs,
        List<Dependent> dependents) {

    public EstateFacts {
        assets = orEmpty(assets);
        foreignAssets = orEmpty(foreignAssets);
        giftsWithinTwoYears = orEmpty(giftsWithinTwoYears);
        heirs = orEmpty(heirs);
        dependents = orEmpty(dependents);
    }

    /** Whether the decedent counts as living in Taiwan; an unknown residence is not assumed. */
    public boolean residesInTaiwan() {
        return Boolean.TRUE.equals(residentOfTaiwan);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        // not List.copyOf: it refuses null elements, which the validator must be able to report
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }
}

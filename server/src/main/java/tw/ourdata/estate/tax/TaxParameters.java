package tw.ourdata.estate.tax;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The estate-tax amounts in force for deaths in one period. These are data, not code: the
 * Ministry of Finance re-indexes them by announcement whenever the CPI has risen 10% (Estate and
 * Gift Tax Act Art. 12-1), and each announcement becomes one row of {@code estate_tax_parameters}.
 *
 * @param effectiveFrom               first date of death the row applies to
 * @param effectiveTo                 last date of death the row applies to (inclusive)
 * @param exemption                   Art. 18 exemption (免稅額)
 * @param spouseDeduction             Art. 17(1)(1)
 * @param linealDescendantDeduction   Art. 17(1)(2), per descendant and per year short of majority
 * @param parentDeduction             Art. 17(1)(3)
 * @param severeDisabilityDeduction   Art. 17(1)(4)
 * @param dependentDeduction          Art. 17(1)(5), per dependent sibling or grandparent and per minor sibling's year
 * @param funeralDeduction            Art. 17(1)(10)
 * @param brackets                    Art. 13, ascending, the last one open
 * @param legalBasis                  where the amounts come from (act amendment or MOF announcement)
 */
public record TaxParameters(
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        long exemption,
        long spouseDeduction,
        long linealDescendantDeduction,
        long parentDeduction,
        long severeDisabilityDeduction,
        long dependentDeduction,
        long funeralDeduction,
        List<TaxBracket> brackets,
        String legalBasis) {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    public TaxParameters {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        if (effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo before effectiveFrom");
        }
        for (long amount : new long[] {exemption, spouseDeduction, linealDescendantDeduction, parentDeduction,
                severeDisabilityDeduction, dependentDeduction, funeralDeduction}) {
            if (amount < 0) {
                throw new IllegalArgumentException("amounts must not be negative");
            }
        }
        brackets = List.copyOf(brackets);
        if (brackets.isEmpty() || brackets.get(brackets.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("the last bracket must be open");
        }
        for (int i = 0; i + 1 < brackets.size(); i++) {
            Long top = brackets.get(i).upTo();
            Long next = brackets.get(i + 1).upTo();
            if (top == null || (next != null && next <= top)) {
                throw new IllegalArgumentException("bracket tops must ascend");
            }
        }
    }

    public boolean inForceAt(LocalDate dateOfDeath) {
        return !dateOfDeath.isBefore(effectiveFrom) && !dateOfDeath.isAfter(effectiveTo);
    }

    public TaxBracket bracketFor(long netTaxableEstate) {
        return brackets.stream().filter(b -> b.contains(netTaxableEstate)).findFirst().orElseThrow();
    }

    /**
     * Art. 13: net × rate − quick-calculation constant, never below 0. The product is exact
     * (BigInteger); the only rounding is the final one, down to the whole NT$ (a 10% rate on an
     * amount not divisible by 10 leaves a fraction of a dollar, which is not charged).
     */
    public long taxOn(long netTaxableEstate) {
        if (netTaxableEstate <= 0) {
            return 0;
        }
        TaxBracket bracket = bracketFor(netTaxableEstate);
        BigInteger tax = BigInteger.valueOf(netTaxableEstate)
                .multiply(BigInteger.valueOf(bracket.ratePercent()))
                .subtract(BigInteger.valueOf(bracket.quickCalculationDeduction()).multiply(HUNDRED))
                .divide(HUNDRED); // non-negative here, so divide() truncation is rounding down
        return Math.max(0, tax.longValueExact());
    }
}

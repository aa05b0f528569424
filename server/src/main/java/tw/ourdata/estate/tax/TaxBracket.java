package tw.ourdata.estate.tax;

/**
 * One bracket of the progressive estate tax (Estate and Gift Tax Act Art. 13): a net taxable
 * estate up to {@code upTo} (inclusive) pays {@code net × ratePercent% − quickCalculationDeduction}.
 * The quick-calculation constant (累進差額) makes the formula continuous at each bracket top.
 *
 * @param upTo                      bracket top in NT$, inclusive; {@code null} for the open top bracket
 * @param ratePercent               marginal rate in whole percent (10, 15, 20)
 * @param quickCalculationDeduction NT$ subtracted from {@code net × rate}
 */
public record TaxBracket(Long upTo, int ratePercent, long quickCalculationDeduction) {

    public TaxBracket {
        if (upTo != null && upTo <= 0) {
            throw new IllegalArgumentException("bracket top must be positive");
        }
        if (ratePercent <= 0 || ratePercent > 100) {
            throw new IllegalArgumentException("rate must be 1..100 percent");
        }
        if (quickCalculationDeduction < 0) {
            throw new IllegalArgumentException("quick-calculation constant must not be negative");
        }
    }

    public boolean contains(long netTaxableEstate) {
        return upTo == null || netTaxableEstate <= upTo;
    }
}

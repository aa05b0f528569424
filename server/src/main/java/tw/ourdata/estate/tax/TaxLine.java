package tw.ourdata.estate.tax;

/**
 * One line of an estimate: {@code {code, amount, basis}} in the response.
 *
 * @param code   what the line is
 * @param amount whole NT$, never negative
 * @param basis  the article, zh-TW / English
 */
public record TaxLine(TaxLineCode code, long amount, String basis) {

    public static TaxLine of(TaxLineCode code, long amount) {
        return new TaxLine(code, amount, LegalBasis.of(code));
    }
}

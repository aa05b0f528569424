package tw.ourdata.estate.tax;

/**
 * The exemption (免稅額, Art. 18): the same for residents and non-residents, doubled for military,
 * police and public servants who die in the line of duty (Art. 18(2)).
 */
public final class Exemption {

    private Exemption() {
    }

    public static long of(TaxParameters parameters, boolean diedInLineOfDuty) {
        return diedInLineOfDuty ? Math.multiplyExact(2, parameters.exemption()) : parameters.exemption();
    }

    /** The same as a line with its legal basis, for a dossier that itemises the exemption too. */
    public static TaxLine line(TaxParameters parameters, boolean diedInLineOfDuty) {
        return TaxLine.of(TaxLineCode.EXEMPTION, of(parameters, diedInLineOfDuty));
    }
}

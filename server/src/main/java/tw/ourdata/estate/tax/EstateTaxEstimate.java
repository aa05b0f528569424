package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.List;

/**
 * The estate-tax estimate, itemised; serialises with Jackson's defaults to the response of
 * {@code POST /api/v1/estate-tax/estimate}. All amounts are whole NT$.
 *
 * @param grossEstate             assets in Taiwan (Art. 16 exclusions left out) + foreign assets of a resident
 *                                + gifts added back (Art. 15)
 * @param exemption               Art. 18, doubled for a death in the line of duty
 * @param deductions              every deduction that applies, in the order of Art. 17 then Art. 17-1
 * @param netTaxableEstate        gross − exemption − deductions, never below 0
 * @param taxBeforeCredits        Art. 13 progressive tax on the net
 * @param credits                 Art. 11 credits actually applied
 * @param taxPayable              tax before credits − credits, never below 0
 * @param statutoryShares         one per listed heir, in input order
 * @param parametersEffectiveFrom first day of the parameter period used
 */
public record EstateTaxEstimate(
        long grossEstate,
        long exemption,
        List<TaxLine> deductions,
        long netTaxableEstate,
        long taxBeforeCredits,
        List<TaxLine> credits,
        long taxPayable,
        List<StatutoryShare> statutoryShares,
        LocalDate parametersEffectiveFrom) {

    public EstateTaxEstimate {
        deductions = List.copyOf(deductions);
        credits = List.copyOf(credits);
        statutoryShares = List.copyOf(statutoryShares);
    }
}

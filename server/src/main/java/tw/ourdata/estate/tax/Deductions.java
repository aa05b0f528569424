package tw.ourdata.estate.tax;

import java.util.ArrayList;
import java.util.List;

import tw.ourdata.estate.succession.StatutoryShares;

/**
 * Every deduction from the gross estate, in the order of Art. 17(1) and then Art. 17-1.
 *
 * <p>Not modelled (yet): farmland in agricultural use (item 6), property inherited 6–9 years before
 * death (item 7), and the costs of executing the will and managing the estate (item 11).
 * For a non-resident, only debts, taxes and funeral costs arising in Taiwan may be entered (Art. 17(2)).
 */
final class Deductions {

    private Deductions() {
    }

    static List<TaxLine> of(EstateFacts facts, StatutoryShares shares, TaxParameters parameters) {
        List<TaxLine> lines = new ArrayList<>(PersonalDeductions.of(facts, shares, parameters));
        // Art. 17(1)(10) allows a fixed funeral amount, whatever the actual cost
        lines.add(TaxLine.of(TaxLineCode.FUNERAL, parameters.funeralDeduction()));
        long debts = EstateFacts.orZero(facts.debts());
        if (debts > 0) {
            lines.add(TaxLine.of(TaxLineCode.DEBTS, debts));
        }
        long unpaidTaxes = EstateFacts.orZero(facts.unpaidTaxes());
        if (unpaidTaxes > 0) {
            lines.add(TaxLine.of(TaxLineCode.UNPAID_TAXES, unpaidTaxes));
        }
        if (facts.spouseClaim() != null) {
            // shown even when 0, so the reader sees the claim was considered
            lines.add(TaxLine.of(TaxLineCode.SPOUSE_CLAIM, SpouseClaimDeduction.of(facts)));
        }
        return lines;
    }

    static long total(List<TaxLine> lines) {
        long total = 0;
        for (TaxLine line : lines) {
            total = Math.addExact(total, line.amount());
        }
        return total;
    }
}

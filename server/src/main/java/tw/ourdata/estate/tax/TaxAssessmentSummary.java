package tw.ourdata.estate.tax;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The itemised assessment as plain text for the officer's review form (Tasklist shows it in a
 * read-only field): every line with its legal basis, and the asset list with the field names an
 * adjustment uses.
 */
final class TaxAssessmentSummary {

    private TaxAssessmentSummary() {
    }

    static String of(TaxAssessment a) {
        NumberFormat ntd = NumberFormat.getIntegerInstance(Locale.TAIWAN);
        EstateTaxEstimate r = a.result();
        StringBuilder s = new StringBuilder();
        s.append("遺產稅核定 Tax assessment, version ").append(a.version())
                .append(" (parameters in force from ").append(r.parametersEffectiveFrom()).append(")\n");
        if (a.adjustmentReason() != null) {
            s.append("調整 Adjusted by ").append(a.createdBy()).append(": ").append(a.adjustmentReason()).append('\n');
        }
        s.append("遺產總額 Gross estate: NT$ ").append(ntd.format(r.grossEstate())).append('\n');
        s.append("免稅額 Exemption: NT$ ").append(ntd.format(r.exemption())).append('\n');
        s.append("扣除額 Deductions:\n");
        for (TaxLine line : r.deductions()) {
            s.append("  ").append(line.code()).append(": NT$ ").append(ntd.format(line.amount())).append(" — ").append(line.basis()).append('\n');
        }
        s.append("課稅遺產淨額 Net taxable estate: NT$ ").append(ntd.format(r.netTaxableEstate())).append('\n');
        s.append("稅額 Tax before credits: NT$ ").append(ntd.format(r.taxBeforeCredits())).append('\n');
        for (TaxLine line : r.credits()) {
            s.append("  扣抵 ").append(line.code()).append(": NT$ ").append(ntd.format(line.amount())).append(" — ").append(line.basis()).append('\n');
        }
        s.append("應納遺產稅 Tax payable: NT$ ").append(ntd.format(r.taxPayable())).append('\n');
        s.append("\n財產 Assets (adjust with field assets[i].value):\n");
        for (int i = 0; i < a.facts().assets().size(); i++) {
            Asset asset = a.facts().assets().get(i);
            s.append("  assets[").append(i).append("] ").append(asset.kind()).append(": NT$ ").append(ntd.format(asset.value()))
                    .append(asset.excluded() ? " (excluded, Art. 16)" : "").append('\n');
        }
        s.append("債務 Debts (field debts): NT$ ").append(ntd.format(EstateFacts.orZero(a.facts().debts()))).append('\n');
        s.append("未繳稅捐 Unpaid taxes (field unpaidTaxes): NT$ ").append(ntd.format(EstateFacts.orZero(a.facts().unpaidTaxes()))).append('\n');
        return s.toString();
    }
}

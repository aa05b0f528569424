package tw.ourdata.estate.templates;

import java.util.HashMap;
import java.util.Map;

/** The three tax documents' models as template values. */
final class TaxDocumentViews {
    private TaxDocumentViews() {
    }

    static Map<String, Object> assessmentNotice(TaxAssessmentNoticeModel m, GlyphGuard guard) {
        Map<String, Object> view = new HashMap<>();
        view.put("decedent", DecedentView.of(m.decedent(), guard));
        view.put("caseReference", guard.text(m.caseReference()));
        view.put("lines", m.lines().stream().map(line -> Map.<String, Object>of(
                "code", guard.text(line.code()),
                "labelZh", guard.text(line.labelZh()),
                "labelEn", guard.text(line.labelEn()),
                "amount", Formats.ntd(line.amountNtd()),
                "legalBasis", guard.text(line.legalBasis()))).toList());
        view.put("grossEstate", Formats.ntd(m.grossEstateNtd()));
        view.put("exemption", Formats.ntd(m.exemptionNtd()));
        view.put("deductions", Formats.ntd(m.deductionsNtd()));
        view.put("netTaxableEstate", Formats.ntd(m.netTaxableEstateNtd()));
        view.put("taxBeforeCredits", Formats.ntd(m.taxBeforeCreditsNtd()));
        view.put("credits", Formats.ntd(m.creditsNtd()));
        view.put("taxPayable", Formats.ntd(m.taxPayableNtd()));
        view.put("paymentDueDate", Formats.date(m.paymentDueDate()));
        view.put("issuedOn", Formats.date(m.issuedOn()));
        return view;
    }

    static Map<String, Object> exemptionCertificate(ExemptionCertificateModel m, GlyphGuard guard) {
        return Map.of(
                "decedent", DecedentView.of(m.decedent(), guard),
                "caseReference", guard.text(m.caseReference()),
                "grossEstate", Formats.ntd(m.grossEstateNtd()),
                "netTaxableEstate", Formats.ntd(m.netTaxableEstateNtd()),
                "issuedOn", Formats.date(m.issuedOn()));
    }

    static Map<String, Object> clearanceCertificate(TaxClearanceCertificateModel m, GlyphGuard guard) {
        return Map.of(
                "decedent", DecedentView.of(m.decedent(), guard),
                "caseReference", guard.text(m.caseReference()),
                "taxPaid", Formats.ntd(m.taxPaidNtd()),
                "paymentDate", Formats.date(m.paymentDate()),
                "paymentReference", guard.text(m.paymentReference()),
                "issuedOn", Formats.date(m.issuedOn()));
    }
}

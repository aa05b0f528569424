package tw.ourdata.estate.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tw.ourdata.estate.documents.DocumentIssuer;
import tw.ourdata.estate.templates.Decedent;
import tw.ourdata.estate.templates.ExemptionCertificateModel;
import tw.ourdata.estate.templates.TaxAssessmentNoticeModel;

/**
 * What the tax office issues once an assessment is approved: the tax assessment notice (tax &gt; 0)
 * or the exemption certificate (免稅證明書, tax = 0), rendered from the approved version and sealed
 * by the platform. The tax is due two months after the notice (Art. 30).
 */
@Service
public class AssessmentDocuments {

    static final int PAYMENT_MONTHS = 2;

    private static final Map<TaxLineCode, String[]> LABELS = new EnumMap<>(Map.ofEntries(
            Map.entry(TaxLineCode.SPOUSE, new String[] {"配偶扣除額", "Spouse"}),
            Map.entry(TaxLineCode.LINEAL_DESCENDANTS, new String[] {"直系血親卑親屬扣除額", "Lineal descendants"}),
            Map.entry(TaxLineCode.PARENTS, new String[] {"父母扣除額", "Parents"}),
            Map.entry(TaxLineCode.DISABILITY, new String[] {"重度以上身心障礙扣除額", "Severe disability"}),
            Map.entry(TaxLineCode.DEPENDENTS, new String[] {"受扶養親屬扣除額", "Dependants"}),
            Map.entry(TaxLineCode.FUNERAL, new String[] {"喪葬費扣除額", "Funeral expenses"}),
            Map.entry(TaxLineCode.DEBTS, new String[] {"未償債務", "Debts"}),
            Map.entry(TaxLineCode.UNPAID_TAXES, new String[] {"應納未納稅捐", "Unpaid taxes"}),
            Map.entry(TaxLineCode.SPOUSE_CLAIM, new String[] {"剩餘財產差額分配請求權", "Spouse's remaining-property claim"}),
            Map.entry(TaxLineCode.GIFT_TAX, new String[] {"贈與稅及土地增值稅扣抵", "Gift and land value increment tax credit"}),
            Map.entry(TaxLineCode.FOREIGN_TAX, new String[] {"國外遺產稅扣抵", "Foreign estate tax credit"})));

    private final TaxAssessments assessments;
    private final DocumentIssuer issuer;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssessmentDocuments(TaxAssessments assessments, DocumentIssuer issuer, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.issuer = issuer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the id of the issued document */
    public UUID issueFor(UUID caseId) {
        TaxAssessment approved = assessments.approved(caseId)
                .orElseThrow(() -> new IllegalStateException("no approved assessment for case " + caseId));
        record Case(String registrationNumber, Decedent decedent) {
        }
        Case c = jdbc.sql("select registration_number, decedent_name, decedent_national_id, date_of_death, decedent_address "
                        + "from estate_case where id = :c")
                .param("c", caseId)
                .query((rs, n) -> new Case(rs.getString(1), new Decedent(rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5) == null ? "" : rs.getString(5))))
                .single();
        EstateTaxEstimate r = approved.result();
        LocalDate today = LocalDate.now(clock);
        String documentId = "TAX-" + c.registrationNumber() + "-V" + approved.version();
        DocumentIssuer.Issued issued;
        if (r.taxPayable() > 0) {
            List<tw.ourdata.estate.templates.TaxLine> lines = new ArrayList<>();
            r.deductions().forEach(l -> lines.add(line(l)));
            r.credits().forEach(l -> lines.add(line(l)));
            long deductions = r.deductions().stream().mapToLong(TaxLine::amount).sum();
            long credits = r.credits().stream().mapToLong(TaxLine::amount).sum();
            issued = issuer.issueTaxAssessmentNotice(caseId, new TaxAssessmentNoticeModel(documentId, c.decedent(),
                    c.registrationNumber(), lines, r.grossEstate(), r.exemption(), deductions, r.netTaxableEstate(),
                    r.taxBeforeCredits(), credits, r.taxPayable(), today.plusMonths(PAYMENT_MONTHS), today));
        } else {
            issued = issuer.issueExemptionCertificate(caseId, new ExemptionCertificateModel(documentId, c.decedent(),
                    c.registrationNumber(), r.grossEstate(), r.netTaxableEstate(), today));
        }
        return issued.document().id();
    }

    private static tw.ourdata.estate.templates.TaxLine line(TaxLine l) {
        String[] label = LABELS.getOrDefault(l.code(), new String[] {l.code().name(), l.code().name()});
        return new tw.ourdata.estate.templates.TaxLine(l.code().name(), label[0], label[1], l.amount(), l.basis());
    }
}

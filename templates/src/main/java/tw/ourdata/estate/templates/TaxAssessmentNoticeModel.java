package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an estate tax assessment notice (遺產稅核定通知書). All amounts whole NT$.
 *
 * @param documentId         id printed on every page
 * @param decedent           the deceased
 * @param caseReference      the tax office's case reference
 * @param lines              itemised lines with their legal basis
 * @param grossEstateNtd     gross estate (遺產總額)
 * @param exemptionNtd       exemption (免稅額)
 * @param deductionsNtd      total deductions (扣除額)
 * @param netTaxableEstateNtd net taxable estate (課稅遺產淨額)
 * @param taxBeforeCreditsNtd tax before credits (應納稅額)
 * @param creditsNtd         credits (扣抵稅額)
 * @param taxPayableNtd      tax payable (應補繳稅額)
 * @param paymentDueDate     payment due date (繳納期限)
 * @param issuedOn           date of issue
 */
public record TaxAssessmentNoticeModel(String documentId, Decedent decedent, String caseReference,
                                       List<TaxLine> lines, long grossEstateNtd, long exemptionNtd,
                                       long deductionsNtd, long netTaxableEstateNtd, long taxBeforeCreditsNtd,
                                       long creditsNtd, long taxPayableNtd, LocalDate paymentDueDate,
                                       LocalDate issuedOn) {
    public TaxAssessmentNoticeModel {
        DocumentIds.require(documentId);
        Objects.requireNonNull(decedent, "decedent");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(paymentDueDate, "paymentDueDate");
        Objects.requireNonNull(issuedOn, "issuedOn");
        lines = List.copyOf(lines);
    }
}

package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on an estate tax clearance certificate (遺產稅繳清證明書).
 *
 * @param documentId       id printed on every page
 * @param decedent         the deceased
 * @param caseReference    the tax office's case reference
 * @param taxPaidNtd       tax paid, whole NT$
 * @param paymentDate      date the payment was received
 * @param paymentReference the payment's reference (e.g. the bank's transaction number)
 * @param issuedOn         date of issue
 */
public record TaxClearanceCertificateModel(String documentId, Decedent decedent, String caseReference,
                                           long taxPaidNtd, LocalDate paymentDate, String paymentReference,
                                           LocalDate issuedOn) {
    public TaxClearanceCertificateModel {
        DocumentIds.require(documentId);
        Objects.requireNonNull(decedent, "decedent");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}

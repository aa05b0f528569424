package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on an estate tax exemption certificate (遺產稅免稅證明書), issued when the
 * approved assessment's tax is zero.
 *
 * @param documentId          id printed on every page
 * @param decedent            the deceased
 * @param caseReference       the tax office's case reference
 * @param grossEstateNtd      gross estate, whole NT$
 * @param netTaxableEstateNtd net taxable estate, whole NT$ (zero or below the taxable threshold)
 * @param issuedOn            date of issue
 */
public record ExemptionCertificateModel(String documentId, Decedent decedent, String caseReference,
                                        long grossEstateNtd, long netTaxableEstateNtd, LocalDate issuedOn) {
    public ExemptionCertificateModel {
        DocumentIds.require(documentId);
        Objects.requireNonNull(decedent, "decedent");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}

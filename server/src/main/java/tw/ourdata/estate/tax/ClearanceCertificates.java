package tw.ourdata.estate.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.documents.DocumentIssuer;
import tw.ourdata.estate.templates.Decedent;
import tw.ourdata.estate.templates.TaxClearanceCertificateModel;

/**
 * The tax clearance certificate (遺產稅繳清證明書) of a paid case: rendered with the payment's reference,
 * date and amount, and sealed by the platform like the assessment notice. The institutions want it
 * with the transfer instruction. One per payment, however often it is asked for.
 */
@Service
class ClearanceCertificates {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final TaxPayments payments;
    private final DocumentIssuer issuer;
    private final CaseRepository cases;
    private final Clock clock;

    ClearanceCertificates(TaxPayments payments, DocumentIssuer issuer, CaseRepository cases, Clock clock) {
        this.payments = payments;
        this.issuer = issuer;
        this.cases = cases;
        this.clock = clock;
    }

    /** @return the id of the certificate: the one issued before for this payment, if any */
    @Transactional
    public UUID issueFor(UUID caseId) {
        TaxPayment payment = payments.lock(caseId)
                .orElseThrow(() -> new IllegalStateException("no tax payment for case " + caseId));
        if (payment.clearanceDocumentId() != null) {
            return payment.clearanceDocumentId();
        }
        CaseRepository.EstateCase c = cases.find(caseId).orElseThrow();
        Decedent decedent = new Decedent(c.decedentName(), c.decedentNationalId(), c.dateOfDeath(),
                c.decedentAddress() == null ? "" : c.decedentAddress());
        TaxClearanceCertificateModel model = new TaxClearanceCertificateModel("CLR-" + c.registrationNumber(), decedent,
                c.registrationNumber(), payment.amount(), payment.paidAt().atZoneSameInstant(TAIPEI).toLocalDate(),
                payment.paymentReference(), LocalDate.now(clock.withZone(TAIPEI)));
        UUID documentId = issuer.issueTaxClearanceCertificate(caseId, model).document().id();
        payments.clearanceIssued(caseId, documentId);
        return documentId;
    }
}

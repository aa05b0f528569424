package tw.ourdata.estate.tax;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The estate tax of a case, paid: as the treasury confirmed it. One per case.
 *
 * @param paymentReference    the treasury's reference of the payment (printed on the clearance certificate)
 * @param amount              whole NT$, equal to the approved assessment's tax payable
 * @param paidAt              when the money was received, as the treasury says
 * @param receivedAt          when the platform received the confirmation
 * @param clearanceDocumentId the tax clearance certificate issued for it; null until issued
 */
public record TaxPayment(UUID caseId, String paymentReference, long amount, OffsetDateTime paidAt, UUID receivedFrom,
                         OffsetDateTime receivedAt, UUID clearanceDocumentId) {

    /** The same confirmation again: same reference, amount and moment (whatever offset it is written in). */
    boolean sameAs(String reference, long amount, OffsetDateTime paidAt) {
        return paymentReference.equals(reference) && this.amount == amount && this.paidAt.isEqual(paidAt);
    }
}

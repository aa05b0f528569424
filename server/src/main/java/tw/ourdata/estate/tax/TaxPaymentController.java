package tw.ourdata.estate.tax;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.security.ApiClient;

/**
 * {@code POST /api/v1/cases/{caseId}/tax-payment}: the treasury (公庫) confirms that a case's estate tax
 * was paid, with its own API key; nobody else may. {@code GET} on the same path shows the stored payment
 * to the treasury and to tax officers.
 */
@RestController
class TaxPaymentController {

    private final TaxPayments payments;

    TaxPaymentController(TaxPayments payments) {
        this.payments = payments;
    }

    /** The payment as stored. */
    record PaymentView(String caseId, String paymentReference, long amount, OffsetDateTime paidAt,
                       OffsetDateTime receivedAt, String clearanceDocumentId) {
        static PaymentView of(TaxPayment p) {
            return new PaymentView(p.caseId().toString(), p.paymentReference(), p.amount(), p.paidAt(), p.receivedAt(),
                    p.clearanceDocumentId() == null ? null : p.clearanceDocumentId().toString());
        }
    }

    @Operation(summary = "The treasury confirms the payment of a case's estate tax (treasury API key only)",
            description = "Accepted once the tax assessment is approved and its notice issued (the case awaits the payment). "
                    + "The amount must be the approved tax payable, paid once, in full. The payment is stored, audited and "
                    + "the case moves on to the tax clearance certificate (繳清證明書) in one transaction. The same "
                    + "confirmation again answers 200 with the stored payment and changes nothing.")
    @ApiResponse(responseCode = "201", description = "Stored; the clearance certificate follows")
    @ApiResponse(responseCode = "200", description = "This very payment was stored before; nothing changed")
    @ApiResponse(responseCode = "403", description = "Not the treasury's key", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such case", content = @Content)
    @ApiResponse(responseCode = "409", description = "Assessment not approved, no tax payable (NT$0), the case not yet "
            + "awaiting the payment (retry shortly), or already paid with a different payment", content = @Content)
    @ApiResponse(responseCode = "422", description = "errors: [{field, message}]: a missing or invalid field, or an "
            + "amount other than the tax payable", content = @Content)
    @PostMapping(path = "/api/v1/cases/{caseId}/tax-payment", consumes = "application/json")
    ResponseEntity<PaymentView> pay(@PathVariable String caseId, @RequestBody TaxPaymentRequest body,
                                    @AuthenticationPrincipal ApiClient treasury) {
        // The process may move at the same moment (the reminder timer, say).
        TaxPayments.Receipt receipt = ConcurrentChanges.retried(() -> payments.receive(caseId, body, treasury));
        return ResponseEntity.status(receipt.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/cases/" + receipt.payment().caseId() + "/tax-payment"))
                .body(PaymentView.of(receipt.payment()));
    }

    @Operation(summary = "The stored payment of a case's estate tax (the treasury and tax officers)")
    @ApiResponse(responseCode = "404", description = "No such case, or not paid", content = @Content)
    @GetMapping("/api/v1/cases/{caseId}/tax-payment")
    PaymentView get(@PathVariable String caseId) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No payment for case " + caseId + ".");
        }
        return payments.find(id).map(PaymentView::of)
                .orElseThrow(() -> ApiException.notFound("No payment for case " + caseId + "."));
    }
}

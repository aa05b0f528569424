package tw.ourdata.estate.tax;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** The treasury's confirmation that the estate tax of a case was paid. */
@Schema(description = "The treasury's confirmation that a case's estate tax was paid in full")
public record TaxPaymentRequest(
        @Schema(description = "The treasury's own reference of the payment, e.g. the bank's transaction number; "
                + "1-64 characters of A-Z a-z 0-9 . _ : / -. Printed on the tax clearance certificate.",
                example = "TRX-20260315-000123", requiredMode = Schema.RequiredMode.REQUIRED)
        String paymentReference,
        @Schema(description = "Amount paid, whole NT$. Must equal the tax payable of the approved assessment "
                + "(the amount on the assessment notice); the tax is paid once, in full.",
                example = "1234567", requiredMode = Schema.RequiredMode.REQUIRED)
        Long amount,
        @Schema(description = "When the payment was received, ISO 8601 with an offset; not in the future.",
                example = "2026-03-15T10:30:00+08:00", requiredMode = Schema.RequiredMode.REQUIRED)
        OffsetDateTime paidAt) {
}

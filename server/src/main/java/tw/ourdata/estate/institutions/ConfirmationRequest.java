package tw.ourdata.estate.institutions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An institution's confirmation of a transfer instruction, as it arrives on
 * {@code POST /api/v1/transfers/{transferId}/confirmation}. Dates and shares are strings on
 * purpose: a malformed one comes back as a field error the institution can act on.
 */
@Schema(description = "The institution's confirmation of a transfer instruction, or its rejection")
public record ConfirmationRequest(
        @Schema(description = "TRANSFERRED: the assets now belong to the heirs; REJECTED: the institution cannot transfer "
                + "(a tax officer looks at the reason)", allowableValues = {"TRANSFERRED", "REJECTED"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String status,
        @Schema(description = "When the transfer was registered (ISO-8601 date-time with offset, or a date); required for TRANSFERRED",
                example = "2026-11-27T10:15:00+08:00")
        String transferredAt,
        @Schema(description = "The institution's own reference of the transfer (e.g. the registration number); required for TRANSFERRED",
                example = "113-大安-012345")
        String reference,
        @Schema(description = "Why the institution cannot transfer; required for REJECTED")
        String reason,
        @Schema(description = "Optional: per asset of the instruction, who now owns it")
        List<Asset> assets) {

    public record Asset(@Schema(description = "The assetId of the instruction") String assetId, List<NewOwner> newOwners) {
    }

    /** @param share the fraction of the asset the owner now holds, e.g. "1/2" */
    public record NewOwner(@Schema(description = "The heirId of the instruction's allocation, if it names one") String heirId,
                           String name, String share) {
    }
}

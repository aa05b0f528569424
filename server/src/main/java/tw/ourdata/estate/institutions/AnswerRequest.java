package tw.ourdata.estate.institutions;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An institution's answer as it arrives on {@code POST /api/v1/asset-queries/{queryId}/answer}.
 * Kinds and shares are strings and amounts are raw JSON on purpose: a wrong kind or a fractional
 * amount must come back as a field error the institution can act on, not as an unreadable body.
 */
public record AnswerRequest(String status, List<Asset> assets, List<Liability> liabilities) {

    public record Asset(String kind, String description, String identifier, String valuationBasis, JsonNode value,
                        String share) {
    }

    public record Liability(String kind, String description, JsonNode amount) {
    }
}

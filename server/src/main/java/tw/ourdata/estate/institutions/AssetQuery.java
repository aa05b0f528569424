package tw.ourdata.estate.institutions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One question to one institution about one decedent, and how far it got. */
public record AssetQuery(UUID id, UUID caseId, String institutionCode, AssetQueryStatus status, int sendCount,
                         OffsetDateTime sentAt, OffsetDateTime answeredAt, String answerSha256, String escalationReason,
                         String closeReason) {
}

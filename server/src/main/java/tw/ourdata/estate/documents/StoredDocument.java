package tw.ourdata.estate.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of a case as the store knows it, with its latest revision's number and hash (not its bytes).
 *
 * @param version        1 for the first document of this type in the case; a redrafted agreement is version 2, …
 * @param latestRevision the revision a signer must build on (see {@link DocumentStore#append})
 */
public record StoredDocument(UUID id, UUID caseId, DocumentType type, int version, DocumentStatus status,
        Instant createdAt, int latestRevision, String latestSha256) {
}

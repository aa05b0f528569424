package tw.ourdata.estate.documents;

import java.time.Instant;
import java.util.UUID;

import tw.ourdata.estate.audit.AuditTrail.Actor;

/**
 * One state of a document's bytes. Revision 1 is the rendered (or issued) document; each signature adds one.
 *
 * @param sha256 hex SHA-256 of {@code bytes}, as stored
 * @param reason why this revision exists, e.g. "signed by heir-2"
 */
public record DocumentRevision(UUID documentId, int revision, String sha256, byte[] bytes, String reason,
        Actor actor, Instant createdAt) {
}

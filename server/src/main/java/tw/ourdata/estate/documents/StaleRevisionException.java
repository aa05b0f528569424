package tw.ourdata.estate.documents;

import java.util.UUID;

/**
 * An append built on a revision that is no longer the latest: someone else (another heir, another node)
 * appended first. The caller reloads and starts again; an API answers 409.
 */
public class StaleRevisionException extends RuntimeException {
    private final UUID documentId;
    private final int baseRevision;

    StaleRevisionException(UUID documentId, int baseRevision) {
        super("revision " + baseRevision + " of document " + documentId + " is no longer the latest");
        this.documentId = documentId;
        this.baseRevision = baseRevision;
    }

    public UUID documentId() {
        return documentId;
    }

    public int baseRevision() {
        return baseRevision;
    }
}

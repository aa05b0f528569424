package tw.ourdata.estate.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * One document of a case as its list shows it: what it is, which version, where it stands, and where to download
 * its latest revision (the URL depends on who asks: the portal for heirs and the proxy, the API for officers).
 */
public record CaseDocument(UUID documentId, DocumentType type, int version, DocumentStatus status, Instant createdAt,
        int latestRevision, String sha256, String downloadUrl) {

    public static CaseDocument of(StoredDocument doc, String downloadUrl) {
        return new CaseDocument(doc.id(), doc.type(), doc.version(), doc.status(), doc.createdAt(),
                doc.latestRevision(), doc.latestSha256(), downloadUrl);
    }

    /** The document as tax officers list it: downloaded through their audited endpoint. */
    public static CaseDocument forOfficers(StoredDocument doc) {
        return of(doc, "/api/v1/cases/" + doc.caseId() + "/documents/" + doc.id() + "/content");
    }
}

package tw.ourdata.estate.signatures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.documents.CaseDocument;
import tw.ourdata.estate.documents.DocumentRevision;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.PortalPerson;

/**
 * A case's document as its heirs see it in the portal: status, revisions, who signed which field in which revision
 * (from the server's own records of completed signatures), and the bytes of any revision. Heirs of that case only.
 */
@Service
class PortalDocuments {

    private final SignerAccess access;
    private final DocumentStore store;
    private final DocumentSigners signers;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PortalDocuments(SignerAccess access, DocumentStore store, DocumentSigners signers, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.store = store;
        this.signers = signers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record DocumentView(UUID documentId, UUID caseId, DocumentType type, int version, DocumentStatus status,
            int latestRevision, List<RevisionView> revisions, List<SignerView> signatures) {
    }

    record RevisionView(int revision, String sha256, int sizeBytes, String reason, Instant createdAt) {
    }

    /**
     * @param signerName whoever signs: the heir, or for a minor heir the guardian ({@code asGuardian})
     * @param you        the logged-in person signs this field
     */
    record SignerView(UUID heirId, String heirName, String signerName, boolean asGuardian, String fieldName,
            boolean signed, Integer signedRevision, Instant signedAt, boolean you) {
    }

    DocumentView read(PortalPerson person, UUID documentId) {
        StoredDocument doc = access.documentOf(person, documentId);
        List<UUID> mine = access.actingHeirs(person, doc.caseId()).stream().map(OnboardingHeir::id).toList();
        List<RevisionView> revisions = jdbc.sql("""
                        select revision, sha256, size_bytes, reason, created_at from document_revision
                        where document_id = :d order by revision
                        """)
                .param("d", documentId)
                .query((rs, n) -> new RevisionView(rs.getInt("revision"), rs.getString("sha256"), rs.getInt("size_bytes"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
        List<SignerView> signatures = jdbc.sql("""
                        select s.*, h.name as heir_name, h.guardian_national_id is not null as as_guardian
                        from document_signer s join heir h on h.id = s.heir_id
                        where s.document_id = :d order by s.position
                        """)
                .param("d", documentId)
                .query((rs, n) -> {
                    UUID heirId = rs.getObject("heir_id", UUID.class);
                    Integer signedRevision = (Integer) rs.getObject("signed_revision");
                    return new SignerView(heirId, rs.getString("heir_name"), rs.getString("signer_name"),
                            rs.getBoolean("as_guardian"), rs.getString("field_name"), signedRevision != null,
                            signedRevision, rs.getTimestamp("signed_at") == null ? null
                                    : rs.getTimestamp("signed_at").toInstant(), mine.contains(heirId));
                })
                .list();
        return new DocumentView(doc.id(), doc.caseId(), doc.type(), doc.version(), doc.status(), doc.latestRevision(),
                revisions, signatures);
    }

    /** Every document of a case this person acts in, each with its portal download link. */
    @Transactional(readOnly = true)
    List<CaseDocument> ofCase(PortalPerson person, UUID caseId) {
        if (access.actingHeirs(person, caseId).isEmpty()) {
            throw ApiException.notFound("No case " + caseId + " of yours.");
        }
        return store.ofCase(caseId).stream()
                .map(d -> CaseDocument.of(d, "/api/v1/portal/documents/" + d.id() + "/content")).toList();
    }

    /** The PDF of one revision (the latest without one); the download is recorded in the case's audit trail. */
    @Transactional
    DocumentRevision content(PortalPerson person, UUID documentId, Integer revision) {
        StoredDocument doc = access.documentOf(person, documentId);
        int wanted = revision == null ? doc.latestRevision() : revision;
        DocumentRevision r = store.revision(documentId, wanted)
                .orElseThrow(() -> ApiException.notFound("Document " + documentId + " has no revision " + wanted
                        + " (it has 1 to " + doc.latestRevision() + ")."));
        OnboardingHeir reader = access.actingHeirs(person, doc.caseId()).get(0);
        audit.record(doc.caseId(), SignerAccess.actor(reader), "DOCUMENT_DOWNLOADED",
                signers.of(documentId).stream().map(DocumentSigners.Signer::heirId).toList(),
                doc.type() + " version " + doc.version() + " revision " + wanted + " downloaded");
        return r;
    }
}

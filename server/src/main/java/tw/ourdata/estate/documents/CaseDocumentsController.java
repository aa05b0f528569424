package tw.ourdata.estate.documents;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;

/**
 * The documents of a case for tax officers (their engine identity; the heirs and the proxy have the same list in
 * the portal): the tax notice or exemption certificate, the clearance certificate, every version of the partition
 * agreement. Each download is recorded in the case's audit trail.
 */
@RestController
class CaseDocumentsController {

    private final DocumentStore store;
    private final AuditTrail audit;

    CaseDocumentsController(DocumentStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Operation(summary = "Every document of the case (tax officers)")
    @GetMapping("/api/v1/cases/{caseId}/documents")
    List<CaseDocument> list(@PathVariable String caseId, Authentication caller) {
        UUID id = officerCase(caseId, caller);
        return store.ofCase(id).stream().map(CaseDocument::forOfficers).toList();
    }

    @Operation(summary = "The latest revision of a case's document, as PDF (tax officers)")
    @GetMapping("/api/v1/cases/{caseId}/documents/{documentId}/content")
    @Transactional
    ResponseEntity<byte[]> content(@PathVariable String caseId, @PathVariable String documentId, Authentication caller) {
        UUID id = officerCase(caseId, caller);
        StoredDocument doc = uuid(documentId).flatMap(store::find).filter(d -> d.caseId().equals(id))
                .orElseThrow(() -> ApiException.notFound("No document " + documentId + " in case " + caseId + "."));
        DocumentRevision r = store.latest(doc.id()).orElseThrow();
        audit.record(id, new AuditTrail.Actor("OFFICER", caller.getName()), "DOCUMENT_DOWNLOADED", List.of(),
                doc.type() + " version " + doc.version() + " revision " + r.revision() + " downloaded");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + doc.type().name().toLowerCase() + "-v" + doc.version() + ".pdf\"")
                .header(HttpHeaders.ETAG, "\"" + r.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(r.bytes());
    }

    /** Officers only; to anyone else a case's documents do not exist (404, as for an unknown case). */
    private UUID officerCase(String caseId, Authentication caller) {
        boolean officer = caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
        java.util.Optional<UUID> id = uuid(caseId);
        if (!officer || id.isEmpty() || !exists(id.get())) {
            throw ApiException.notFound("No case " + caseId + ".");
        }
        return id.get();
    }

    private boolean exists(UUID caseId) {
        return store.caseExists(caseId);
    }

    private static java.util.Optional<UUID> uuid(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

package tw.ourdata.estate.signatures;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.documents.CaseDocument;
import tw.ourdata.estate.documents.DocumentRevision;
import tw.ourdata.estate.heirs.PortalPerson;

/**
 * The heirs' signing API, in the portal ({@code /api/v1/portal/**}: the portal session, and the session's CSRF
 * token on every POST). An heir (or a minor heir's guardian) gets a signing certificate for the key their browser
 * made, then signs the partition agreement in two steps: prepare (the server answers the bytes to sign) → the
 * browser signs with WebCrypto → complete (the server embeds and verifies the signature and appends a revision).
 */
@RestController
@RequestMapping("/api/v1/portal")
class SigningController {

    private final SigningCertificates certificates;
    private final SigningSessions sessions;
    private final PortalDocuments documents;
    private final AgreementRefusals refusals;

    SigningController(SigningCertificates certificates, SigningSessions sessions, PortalDocuments documents,
            AgreementRefusals refusals) {
        this.certificates = certificates;
        this.sessions = sessions;
        this.documents = documents;
        this.refusals = refusals;
    }

    /** @param publicKey the browser key's SubjectPublicKeyInfo: base64 of the DER, or PEM */
    /**
     * Either {@code publicKey} (the browser's key, which the platform certifies) or
     * {@code certificateChain} (PEM: the heir's own citizen certificate first, then its intermediates,
     * chaining to a configured trust anchor), which is accepted instead.
     */
    record CertificateRequest(String publicKey, String certificateChain) {
    }

    @Operation(summary = "Certify the heir's browser key for signing (the guardian's, for a minor)")
    @PostMapping("/heirs/{heirId}/signing-certificate")
    @ResponseStatus(HttpStatus.CREATED)
    SigningCertificates.Issued issueCertificate(@AuthenticationPrincipal PortalPerson person, @PathVariable String heirId,
            @RequestBody CertificateRequest request) {
        if (request.certificateChain() != null && !request.certificateChain().isBlank()) {
            return certificates.register(person, uuid(heirId, "heir"), request.certificateChain());
        }
        return certificates.issue(person, uuid(heirId, "heir"), request.publicKey());
    }

    record PrepareRequest(UUID heirId, Integer revision) {
    }

    @Operation(summary = "Prepare a signature on the latest revision: answers the bytes the browser signs")
    @PostMapping("/documents/{documentId}/signing-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SigningSessions.Prepared prepare(@AuthenticationPrincipal PortalPerson person, @PathVariable String documentId,
            @RequestBody PrepareRequest request) {
        return sessions.prepare(person, uuid(documentId, "document"), request.heirId(), request.revision());
    }

    /** @param signature base64: P1363 r||s (what WebCrypto returns), DER ECDSA, or a whole CMS SignedData */
    record CompleteRequest(String signature) {
    }

    @Operation(summary = "Complete a prepared signature with the browser's signature; appends the next revision")
    @PostMapping("/signing-sessions/{sessionId}/complete")
    SigningSessions.Completed complete(@AuthenticationPrincipal PortalPerson person, @PathVariable String sessionId,
            @RequestBody CompleteRequest request) {
        // The heir's signature process may move at the same moment (its reminder timer, say).
        return ConcurrentChanges.retried(() ->
                sessions.complete(person, uuid(sessionId, "signing session"), request.signature()));
    }

    record RefusalRequest(UUID heirId, String reason) {
    }

    @Operation(summary = "Refuse to sign the agreement, with a reason: the version is void and the plan goes back to the proxy")
    @PostMapping("/documents/{documentId}/refusal")
    AgreementRefusals.Refusal refuse(@AuthenticationPrincipal PortalPerson person, @PathVariable String documentId,
            @RequestBody RefusalRequest request) {
        // Co-heirs' signatures move the same process at the same moment.
        return ConcurrentChanges.retried(() ->
                refusals.refuse(person, uuid(documentId, "document"), request.heirId(), request.reason()));
    }

    @Operation(summary = "Every document of your case, with its download link")
    @GetMapping("/cases/{caseId}/documents")
    java.util.List<CaseDocument> caseDocuments(@AuthenticationPrincipal PortalPerson person, @PathVariable String caseId) {
        return documents.ofCase(person, uuid(caseId, "case"));
    }

    @Operation(summary = "A document of your case: status, revisions, who signed which field")
    @GetMapping("/documents/{documentId}")
    PortalDocuments.DocumentView document(@AuthenticationPrincipal PortalPerson person, @PathVariable String documentId) {
        return documents.read(person, uuid(documentId, "document"));
    }

    @Operation(summary = "The PDF of a revision (default: the latest)")
    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal PortalPerson person, @PathVariable String documentId,
            @RequestParam(required = false) Integer revision) {
        DocumentRevision r = documents.content(person, uuid(documentId, "document"), revision);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"document-" + r.documentId() + "-r" + r.revision() + ".pdf\"")
                .header(HttpHeaders.ETAG, "\"" + r.sha256() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(r.bytes());
    }

    /** Like every API error, plus the stable {@code reason} code a portal page can act on. */
    @ExceptionHandler(SigningRefused.class)
    ResponseEntity<ProblemDetail> refused(SigningRefused e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        body.setProperty("reason", e.reason());
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No " + what + " " + id + ".");
        }
    }
}

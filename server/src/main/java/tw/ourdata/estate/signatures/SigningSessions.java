package tw.ourdata.estate.signatures;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.documents.DocumentRevision;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StaleRevisionException;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.heirs.PortalPerson;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.pades.PreparedSignature;
import tw.ourdata.estate.signing.pades.RejectionReason;
import tw.ourdata.estate.signing.pades.SignatureRejectedException;

/**
 * Deferred signing of the partition agreement (DESIGN.md, "Signing model"): {@link #prepare} reserves the heir's
 * signature in an incremental update of the latest revision and hands out the CMS signed attributes; the heir's
 * browser signs them with its non-extractable key; {@link #complete} checks and embeds the signature (PAdES B-T)
 * and appends the result as the next revision — only if nobody appended since, so two heirs who prepared on the
 * same revision cannot both get in (the second prepares again on the first one's revision). When the last heir
 * has signed, the platform adds validation data and an archive timestamp (PAdES B-LTA) and the agreement is SIGNED.
 *
 * <p>The cryptography runs outside database transactions; each transaction only claims the session and appends
 * the bytes, so a slow signature never holds a lock.
 */
@Service
class SigningSessions {

    private static final Logger log = LoggerFactory.getLogger(SigningSessions.class);

    private final SignerAccess access;
    private final OnboardingRepository heirs;
    private final DocumentStore store;
    private final DocumentSigners signers;
    private final SigningCertificates certificates;
    private final DeferredPadesSigner signer;
    private final LongTermValidation longTerm;
    private final SigningSettings settings;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    static final String AGREEMENT_SIGNED = "AgreementSigned";

    private final RuntimeService runtime;

    SigningSessions(SignerAccess access, OnboardingRepository heirs, DocumentStore store, DocumentSigners signers,
            SigningCertificates certificates, DeferredPadesSigner signer, LongTermValidation longTerm,
            SigningSettings settings, JdbcClient jdbc, AuditTrail audit, PlatformTransactionManager transactions,
            Clock clock, RuntimeService runtime) {
        this.runtime = runtime;
        this.access = access;
        this.heirs = heirs;
        this.store = store;
        this.signers = signers;
        this.certificates = certificates;
        this.signer = signer;
        this.longTerm = longTerm;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param dataToSign       base64 of the DER CMS signed attributes: what WebCrypto's ECDSA with SHA-256 signs
     *                         (it hashes its input itself)
     * @param dataToSignSha256 hex SHA-256 of those bytes, for a client that signs a digest
     */
    record Prepared(UUID signingSessionId, UUID documentId, UUID heirId, String fieldName, int revision,
            String dataToSign, String dataToSignSha256, String certificateSerialNumber, Instant expiresAt) {
    }

    /**
     * @param revision       the revision that holds this signature
     * @param status         SIGNING while others have still to sign, SIGNED after the last (then
     *                       {@code latestRevision} is the B-LTA revision)
     * @param unsignedFields the fields still waiting
     */
    record Completed(UUID documentId, UUID signingSessionId, String fieldName, int revision, DocumentStatus status,
            int latestRevision, List<String> unsignedFields) {
    }

    Prepared prepare(PortalPerson person, UUID documentId, UUID heirId, Integer revision) {
        StoredDocument doc = access.documentOf(person, documentId);
        if (heirId == null || revision == null) {
            List<FieldProblem> problems = new ArrayList<>();
            if (heirId == null) {
                problems.add(new FieldProblem("heirId", "required: the heir you sign for"));
            }
            if (revision == null) {
                problems.add(new FieldProblem("revision", "required: the revision you read and sign (the latest)"));
            }
            throw ApiException.invalid(problems);
        }
        OnboardingHeir heir = access.heirActedForBy(person, heirId);
        if (!heir.caseId().equals(doc.caseId())) {
            throw SignerAccess.notFound(documentId);
        }
        settings.requireAssurance(person);
        requireSigning(doc);
        DocumentSigners.Signer field = signers.find(documentId, heirId).orElseThrow(() -> SigningRefused.unprocessable(
                "NO_SIGNATURE_FIELD", heir.name() + " is not a party to this document and has no signature field in it."));
        if (field.signed()) {
            throw SigningRefused.conflict("ALREADY_SIGNED", "Field " + field.fieldName() + " was already signed in revision "
                    + field.signedRevision() + ".");
        }
        if (revision != doc.latestRevision()) {
            throw stale(doc.latestRevision(), revision);
        }
        SigningCertificates.Held cert = certificates.current(heirId).orElseThrow(() -> SigningRefused.conflict(
                "NO_SIGNING_CERTIFICATE", "There is no valid signing certificate for this heir: POST your browser key's "
                        + "public key to /api/v1/portal/heirs/" + heirId + "/signing-certificate first."));
        DocumentRevision base = store.revision(documentId, revision).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        PreparedSignature prepared;
        try {
            prepared = signer.prepare(base.bytes(), field.fieldName(), cert.chain(), now);
        } catch (SignatureRejectedException e) {
            throw SigningRefused.conflict(e.reason().name(), "Field " + field.fieldName() + " cannot be signed: "
                    + e.getMessage());
        }
        UUID id = UUID.randomUUID();
        Instant expiresAt = now.plus(settings.sessionValidity());
        tx.executeWithoutResult(t -> {
            jdbc.sql("""
                            insert into signing_session (id, document_id, base_revision, heir_id, field_name,
                                certificate_serial, certificate_chain, prepared_pdf, data_to_sign, data_to_sign_sha256,
                                base_revision_sha256, signing_time, expires_at, status, created_at)
                            values (:id, :doc, :base, :heir, :field, :serial, :chain, :pdf, :tbs, :tbsSha, :baseSha,
                                :time, :expires, 'PREPARED', :now)
                            """)
                    .param("id", id).param("doc", documentId).param("base", revision).param("heir", heirId)
                    .param("field", field.fieldName()).param("serial", cert.serialNumber())
                    .param("chain", SigningCertificates.pem(cert.chain())).param("pdf", prepared.preparedPdf())
                    .param("tbs", prepared.dataToSign()).param("tbsSha", prepared.dataToSignSha256())
                    .param("baseSha", prepared.baseRevisionSha256()).param("time", Timestamp.from(now))
                    .param("expires", Timestamp.from(expiresAt)).param("now", Timestamp.from(now)).update();
            audit.record(doc.caseId(), SignerAccess.actor(heir), "SIGNATURE_PREPARED", List.of(heirId),
                    describe(doc) + ": signature of field " + field.fieldName() + " prepared on revision " + revision
                            + " with certificate " + cert.serialNumber() + ", session " + id);
        });
        return new Prepared(id, documentId, heirId, field.fieldName(), revision,
                Base64.getEncoder().encodeToString(prepared.dataToSign()),
                HexFormat.of().formatHex(prepared.dataToSignSha256()), cert.serialNumber(), expiresAt);
    }

    Completed complete(PortalPerson person, UUID sessionId, String signatureBase64) {
        Session session = find(sessionId).orElseThrow(() -> sessionNotFound(sessionId));
        OnboardingHeir heir = heirs.find(session.heirId())
                .filter(h -> h.active() && h.actingNationalId().equals(person.nationalId()))
                .orElseThrow(() -> sessionNotFound(sessionId));
        switch (session.status()) {
            case "COMPLETED" -> throw SigningRefused.conflict("SESSION_USED",
                    "This signing session was already completed (revision " + session.completedRevision() + ").");
            case "SUPERSEDED" -> throw SigningRefused.conflict("STALE_REVISION",
                    "Another heir signed after this session was prepared; prepare again on the latest revision.");
            default -> {
            }
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            throw SigningRefused.gone("SESSION_EXPIRED", "This signing session expired at " + session.expiresAt()
                    + "; prepare again.");
        }
        settings.requireAssurance(person);
        byte[] signature = decodeSignature(signatureBase64);
        StoredDocument doc = store.find(session.documentId()).orElseThrow();
        requireSigning(doc);
        if (doc.latestRevision() != session.baseRevision()) {
            supersede(sessionId);
            throw stale(doc.latestRevision(), session.baseRevision());
        }
        byte[] current = store.revision(doc.id(), session.baseRevision()).orElseThrow().bytes();
        byte[] signed;
        try {
            signed = signer.complete(session.prepared(), signature, heir.actingNationalId(), current);
        } catch (SignatureRejectedException e) {
            tx.executeWithoutResult(t -> audit.record(doc.caseId(), SignerAccess.actor(heir), "SIGNATURE_REJECTED",
                    List.of(heir.id()), describe(doc) + ": signature of field " + session.fieldName() + " refused ("
                            + e.reason() + "), session " + sessionId));
            throw SigningRefused.unprocessable(e.reason().name(), plainMessage(e.reason()));
        }
        int revision;
        try {
            revision = tx.execute(t -> {
                int claimed = jdbc.sql("update signing_session set status = 'COMPLETED', completed_at = :now "
                                + "where id = :id and status = 'PREPARED'")
                        .param("now", Timestamp.from(clock.instant())).param("id", sessionId).update();
                if (claimed == 0) {
                    throw SigningRefused.conflict("SESSION_USED", "This signing session was already completed.");
                }
                DocumentRevision appended = store.append(doc.id(), session.baseRevision(), signed,
                        "signed by " + (heir.actsThroughGuardian() ? "the guardian of " : "") + "heir " + heir.position()
                                + " in field " + session.fieldName(), SignerAccess.actor(heir));
                signers.markSigned(doc.id(), heir.id(), appended.revision(), appended.createdAt());
                jdbc.sql("update signing_session set completed_revision = :r where id = :id")
                        .param("r", appended.revision()).param("id", sessionId).update();
                audit.record(doc.caseId(), SignerAccess.actor(heir), "SIGNATURE_COMPLETED", List.of(heir.id()),
                        describe(doc) + ": " + heir.actingName() + (heir.actsThroughGuardian() ? " (guardian of "
                                + heir.name() + ")" : "") + " signed field " + session.fieldName() + ", revision "
                                + appended.revision() + ", certificate " + session.certificateSerial());
                // The heir's signature process (agreement-signature) ends with the stored signature, or not at all.
                // None waits for an agreement drafted outside the process.
                runtime.createMessageCorrelation(AGREEMENT_SIGNED)
                        .processInstanceVariableEquals("agreementId", doc.id().toString())
                        .processInstanceVariableEquals("heirId", heir.id().toString())
                        .correlateAllWithResult();
                return appended.revision();
            });
        } catch (StaleRevisionException e) {
            supersede(sessionId);
            throw stale(store.find(doc.id()).orElseThrow().latestRevision(), session.baseRevision());
        }
        try {
            finishIfAllSigned(doc.id());
        } catch (RuntimeException e) {
            // The heir's signature is in; the archive step is retried by finishPending.
            log.error("document {}: adding long-term validation data failed; retried later", doc.id(), e);
        }
        StoredDocument after = store.find(doc.id()).orElseThrow();
        List<String> unsigned = signers.of(doc.id()).stream().filter(s -> !s.signed())
                .map(DocumentSigners.Signer::fieldName).toList();
        return new Completed(doc.id(), sessionId, session.fieldName(), revision, after.status(), after.latestRevision(),
                unsigned);
    }

    /**
     * Once every party has signed: PAdES B-LTA (validation data and an archive timestamp) as the final revision,
     * and the agreement is SIGNED. Safe to call again and from several nodes: only one append on the last
     * signature's revision gets in.
     */
    void finishIfAllSigned(UUID documentId) {
        List<DocumentSigners.Signer> all = signers.of(documentId);
        StoredDocument doc = store.find(documentId).orElseThrow();
        if (all.isEmpty() || all.stream().anyMatch(s -> !s.signed()) || doc.status() != DocumentStatus.SIGNING) {
            return;
        }
        DocumentRevision last = store.latest(documentId).orElseThrow();
        byte[] archived = longTerm.extend(last.bytes());
        try {
            tx.executeWithoutResult(t -> {
                store.append(documentId, last.revision(), archived,
                        "all heirs signed: validation data and archive timestamp (PAdES B-LTA)", AuditTrail.Actor.SYSTEM);
                if (!store.changeStatus(documentId, DocumentStatus.SIGNING, DocumentStatus.SIGNED)) {
                    throw new FinishedElsewhere();
                }
                audit.record(doc.caseId(), AuditTrail.Actor.SYSTEM, "DOCUMENT_SIGNED", all.stream()
                                .map(DocumentSigners.Signer::heirId).toList(),
                        describe(doc) + " signed by all " + all.size() + " parties; final revision "
                                + (last.revision() + 1) + " (PAdES B-LTA)");
            });
        } catch (StaleRevisionException | FinishedElsewhere e) {
            log.info("document {} was finished by another request", documentId);
        }
    }

    /**
     * Finishes agreements whose last signature is in but whose B-LTA revision is not (a node stopped, or the
     * archive step failed, between the two).
     */
    @Scheduled(fixedDelayString = "${ourdata.signing.finish-retry-interval:PT1M}", initialDelayString = "PT1M")
    void finishPending() {
        List<UUID> pending = jdbc.sql("""
                        select d.id from document d
                        where d.type = 'PARTITION_AGREEMENT' and d.status = 'SIGNING'
                          and exists (select 1 from document_signer s where s.document_id = d.id)
                          and not exists (select 1 from document_signer s where s.document_id = d.id
                                          and s.signed_revision is null)
                        """)
                .query(UUID.class).list();
        for (UUID documentId : pending) {
            try {
                finishIfAllSigned(documentId);
            } catch (RuntimeException e) {
                log.error("document {}: adding long-term validation data failed", documentId, e);
            }
        }
    }

    /** Another request changed the status first: it finished the document. */
    private static final class FinishedElsewhere extends RuntimeException {
    }

    private static void requireSigning(StoredDocument doc) {
        if (doc.type() != DocumentType.PARTITION_AGREEMENT || doc.status() != DocumentStatus.SIGNING) {
            throw SigningRefused.conflict("NOT_OPEN_FOR_SIGNING", "This document is " + doc.status()
                    + (doc.type() == DocumentType.PARTITION_AGREEMENT ? "" : " and not a partition agreement")
                    + "; it takes no signatures.");
        }
    }

    private static SigningRefused stale(int latest, int base) {
        return SigningRefused.conflict("STALE_REVISION", "Revision " + base + " is not the latest any more (revision "
                + latest + " is): another heir signed in between. Prepare again on revision " + latest + ".");
    }

    private void supersede(UUID sessionId) {
        tx.executeWithoutResult(t -> jdbc.sql("update signing_session set status = 'SUPERSEDED' where id = :id and status = 'PREPARED'")
                .param("id", sessionId).update());
    }

    private static ApiException sessionNotFound(UUID sessionId) {
        return ApiException.notFound("No signing session " + sessionId + " of yours.");
    }

    private static byte[] decodeSignature(String signature) {
        if (signature == null || signature.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("signature",
                    "required: base64 of the signature (P1363 r||s as WebCrypto gives it, DER, or a CMS SignedData)")));
        }
        try {
            return Base64.getMimeDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(List.of(new FieldProblem("signature", "not base64")));
        }
    }

    /** The library's reason in words a signer understands (its own message may name technical details). */
    static String plainMessage(RejectionReason reason) {
        return switch (reason) {
            case SIGNATURE_INVALID -> "The signature does not match: it was not made over this session's data to sign "
                    + "with the key of your signing certificate.";
            case SIGNER_MISMATCH -> "The signature was made with someone else's certificate, not that of the heir "
                    + "(or guardian) who signs this field.";
            case CERTIFICATE_REVOKED -> "Your signing certificate has been revoked; get a new one and prepare again.";
            case CERTIFICATE_EXPIRED -> "Your signing certificate has expired; get a new one and prepare again.";
            case CERTIFICATE_NOT_YET_VALID -> "Your signing certificate is not valid yet.";
            case UNTRUSTED_CHAIN -> "Your signing certificate is not issued by a certificate authority this platform trusts.";
            case WRONG_DOCUMENT -> "The signature belongs to another document or another version of this one; prepare again.";
            case FIELD_UNAVAILABLE -> "This signature field cannot be signed (it no longer exists or is already signed).";
            case MALFORMED_SIGNATURE -> "The signature is not in a form the platform reads (P1363 r||s, DER ECDSA, RSA "
                    + "or a CMS SignedData).";
        };
    }

    private static String describe(StoredDocument doc) {
        return doc.type() + " version " + doc.version() + " (" + doc.id() + ")";
    }

    Optional<Session> find(UUID sessionId) {
        return jdbc.sql("select * from signing_session where id = :id").param("id", sessionId).query(SigningSessions::session)
                .optional();
    }

    /** A signing session as stored; {@link #prepared()} gives the library's value back. */
    record Session(UUID id, UUID documentId, int baseRevision, UUID heirId, String fieldName, String certificateSerial,
            String certificateChainPem, byte[] preparedPdf, byte[] dataToSign, byte[] dataToSignSha256,
            byte[] baseRevisionSha256, Instant signingTime, Instant expiresAt, String status, Integer completedRevision) {

        PreparedSignature prepared() {
            List<X509Certificate> chain = Pems.certificates(certificateChainPem);
            try {
                List<byte[]> der = new ArrayList<>();
                for (X509Certificate c : chain) {
                    der.add(c.getEncoded());
                }
                return new PreparedSignature(fieldName, preparedPdf, dataToSign, dataToSignSha256, baseRevisionSha256,
                        der.get(0), der, signingTime);
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Session session(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class), rs.getInt("base_revision"),
                rs.getObject("heir_id", UUID.class), rs.getString("field_name"), rs.getString("certificate_serial"),
                rs.getString("certificate_chain"), rs.getBytes("prepared_pdf"), rs.getBytes("data_to_sign"),
                rs.getBytes("data_to_sign_sha256"), rs.getBytes("base_revision_sha256"),
                rs.getTimestamp("signing_time").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getString("status"), (Integer) rs.getObject("completed_revision"));
    }
}

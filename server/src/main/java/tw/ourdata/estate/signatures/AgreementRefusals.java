package tw.ourdata.estate.signatures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.PortalPerson;

/**
 * An heir's refusal to sign the partition agreement, with the reason (DESIGN.md step 6): the version is void at
 * once, every signature on it counts for nothing, and the plan goes back to the proxy. Storing the refusal, voiding
 * the version and correlating {@code AgreementRefused} happen in one transaction.
 */
@Service
public class AgreementRefusals {

    static final String AGREEMENT_REFUSED = "AgreementRefused";
    static final int MAX_REASON_LENGTH = 1000;

    private final SignerAccess access;
    private final DocumentStore store;
    private final DocumentSigners signers;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AgreementRefusals(SignerAccess access, DocumentStore store, DocumentSigners signers, RuntimeService runtime,
            JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.store = store;
        this.signers = signers;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Refusal(UUID documentId, int version, UUID heirId, String reason, OffsetDateTime refusedAt,
            DocumentStatus status) {
    }

    @Transactional
    public Refusal refuse(PortalPerson person, UUID documentId, UUID heirId, String reason) {
        StoredDocument doc = access.documentOf(person, documentId);
        if (heirId == null) {
            throw ApiException.invalid(List.of(new FieldProblem("heirId", "is required: the heir you sign for")));
        }
        OnboardingHeir heir = access.heirActedForBy(person, heirId);
        DocumentSigners.Signer signer = signers.of(documentId).stream().filter(s -> s.heirId().equals(heirId))
                .findFirst().orElseThrow(() -> ApiException.invalid(List.of(new FieldProblem("heirId",
                        "is not a party to this agreement"))));
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
            throw ApiException.invalid(List.of(new FieldProblem("reason", "is required: tell the proxy and your "
                    + "co-heirs why (at most " + MAX_REASON_LENGTH + " characters)")));
        }
        if (doc.type() != DocumentType.PARTITION_AGREEMENT || doc.status() != DocumentStatus.SIGNING) {
            throw ApiException.conflict("This agreement is " + doc.status() + ": there is nothing to refuse.");
        }
        if (signer.signed()) {
            throw ApiException.conflict("You signed this version already (revision " + signer.signedRevision()
                    + "); a signed version can no longer be refused.");
        }
        if (!store.changeStatus(documentId, DocumentStatus.SIGNING, DocumentStatus.VOID)) {
            throw ApiException.conflict("This agreement changed meanwhile; reload it.");
        }
        String text = reason.strip();
        OffsetDateTime at = jdbc.sql("""
                        insert into agreement_refusal (document_id, heir_id, reason) values (:d, :h, :r)
                        returning refused_at
                        """)
                .param("d", documentId).param("h", heirId).param("r", text).query(OffsetDateTime.class).single();
        jdbc.sql("update signing_session set status = 'SUPERSEDED' where document_id = :d and status = 'PREPARED'")
                .param("d", documentId).update();
        audit.record(doc.caseId(), SignerAccess.actor(heir), "AGREEMENT_REFUSED", List.of(heirId),
                "partition agreement version " + doc.version() + " refused by " + heir.actingName()
                        + (heir.actsThroughGuardian() ? " (guardian of " + heir.name() + ")" : "")
                        + "; the version is void. Reason: " + text);
        runtime.createMessageCorrelation(AGREEMENT_REFUSED)
                .processInstanceVariableEquals("agreementId", documentId.toString())
                .processInstanceVariableEquals("heirId", heirId.toString())
                .correlateAllWithResult();
        return new Refusal(documentId, doc.version(), heirId, text, at, DocumentStatus.VOID);
    }

    /** The newest refusal of the case's agreements, for the message to the proxy and the heirs. */
    public java.util.Optional<RefusalNotice> latest(UUID caseId) {
        return jdbc.sql("""
                        select d.version, h.name, r.reason from agreement_refusal r
                        join document d on d.id = r.document_id join heir h on h.id = r.heir_id
                        where d.case_id = :c order by r.refused_at desc limit 1
                        """)
                .param("c", caseId)
                .query((rs, n) -> new RefusalNotice(rs.getInt(1), rs.getString(2), rs.getString(3))).optional();
    }

    public record RefusalNotice(int version, String heirName, String reason) {
    }
}

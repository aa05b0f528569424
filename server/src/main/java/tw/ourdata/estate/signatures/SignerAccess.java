package tw.ourdata.estate.signatures;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;
import tw.ourdata.estate.heirs.PortalPerson;

/**
 * Who may do what with signatures: a logged-in person acts for the heirs whose identity they verified as (their
 * own, or a minor's as guardian), and sees only the documents of those heirs' cases. Anything else is a 404, so
 * an heir of another family learns nothing about what exists.
 */
@Component
class SignerAccess {

    private final OnboardingRepository heirs;
    private final DocumentStore documents;

    SignerAccess(OnboardingRepository heirs, DocumentStore documents) {
        this.heirs = heirs;
        this.documents = documents;
    }

    /** The heir, if this person acts for them and they still take part (not predeceased, not renounced). */
    OnboardingHeir heirActedForBy(PortalPerson person, UUID heirId) {
        return heirs.find(heirId).filter(h -> h.active() && h.actingNationalId().equals(person.nationalId()))
                .orElseThrow(() -> ApiException.notFound("No heir " + heirId + " that you act for."));
    }

    /** The document, if this person acts for an heir of its case. */
    StoredDocument documentOf(PortalPerson person, UUID documentId) {
        StoredDocument doc = documents.find(documentId).orElseThrow(() -> notFound(documentId));
        if (actingHeirs(person, doc.caseId()).isEmpty()) {
            throw notFound(documentId);
        }
        return doc;
    }

    List<OnboardingHeir> actingHeirs(PortalPerson person, UUID caseId) {
        return heirs.ofCase(caseId).stream()
                .filter(h -> !h.predeceased() && h.actingNationalId().equals(person.nationalId())).toList();
    }

    static ApiException notFound(UUID documentId) {
        return ApiException.notFound("No document " + documentId + " of yours.");
    }

    /** Heirs and guardians in the audit trail: by heir row id, never by national ID (as the heirs package does). */
    static AuditTrail.Actor actor(OnboardingHeir heir) {
        return new AuditTrail.Actor(heir.actsThroughGuardian() ? "GUARDIAN" : "HEIR", heir.id().toString());
    }
}

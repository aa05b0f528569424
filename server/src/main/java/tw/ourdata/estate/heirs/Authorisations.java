package tw.ourdata.estate.heirs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.NationalId;

/**
 * What a verified heir (or a minor's guardian) decides in onboarding: consent and the proxy
 * they name, or renunciation. Each is one transaction with the BPMN message it sends.
 */
@Service
class Authorisations {

    private final OnboardingRepository heirs;
    private final OnboardingMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    Authorisations(OnboardingRepository heirs, OnboardingMessages messages, AuditTrail audit, Clock clock) {
        this.heirs = heirs;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The proxy as the portal names them: an heir of the case by id or by position, or an outside agent. */
    record ProxyChoice(UUID heirId, Integer heirPosition, Agent agent) {
        record Agent(String name, String nationalId) {
        }
    }

    @Transactional
    OnboardingHeir authorise(PortalPerson person, UUID heirId, Boolean consentToDataSharing, ProxyChoice choice) {
        OnboardingHeir heir = actedFor(person, heirId);
        refuseUnlessVerified(heir);
        List<FieldProblem> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(consentToDataSharing)) {
            problems.add(new FieldProblem("consentToDataSharing",
                    "must be true: the case cannot go on without the use of your data within it"));
        }
        OnboardingHeir.Proxy proxy = proxy(heir, choice, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        heirs.markAuthorised(heir.id(), proxy);
        String named = proxy.isHeir()
                ? "heir #" + heirs.find(proxy.heirId()).orElseThrow().position()
                : "outside agent " + NationalId.mask(proxy.agentNationalId());
        audit.record(heir.caseId(), Actors.of(heir), "HEIR_AUTHORISED", List.of(heir.id()),
                "consented to data use within the case and named " + named + " as proxy");
        messages.send(OnboardingMessages.HEIR_AUTHORISED, heir.id());
        return heirs.find(heir.id()).orElseThrow();
    }

    @Transactional
    OnboardingHeir renounce(PortalPerson person, UUID heirId, String courtReference, LocalDate renunciationDate) {
        OnboardingHeir heir = actedFor(person, heirId);
        if (heir.status() == OnboardingStatus.RENOUNCED) {
            throw ApiException.conflict("The renunciation is already recorded.");
        }
        refuseUnlessVerified(heir);
        List<FieldProblem> problems = new ArrayList<>();
        if (courtReference == null || courtReference.isBlank() || courtReference.length() > 100) {
            problems.add(new FieldProblem("courtReference", "is required: the court's reference of the renunciation (at most 100 characters)"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = renunciationDate == null ? today : renunciationDate;
        if (date.isAfter(today)) {
            problems.add(new FieldProblem("renunciationDate", "is in the future"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        heirs.markRenounced(heir.id(), courtReference.strip(), date);
        audit.record(heir.caseId(), Actors.of(heir), "HEIR_RENOUNCED", List.of(heir.id()),
                "renunciation 拋棄繼承 declared on " + date + ", court reference " + courtReference.strip());
        messages.send(OnboardingMessages.HEIR_RENOUNCED, heir.id());
        return heirs.find(heir.id()).orElseThrow();
    }

    /** The heir row, if this person acts for it; 404 otherwise, as for a row that does not exist. */
    private OnboardingHeir actedFor(PortalPerson person, UUID heirId) {
        return heirs.lock(heirId).filter(h -> !h.predeceased() && h.actingNationalId().equals(person.nationalId()))
                .orElseThrow(() -> ApiException.notFound("No heir " + heirId + " that you act for."));
    }

    private static void refuseUnlessVerified(OnboardingHeir heir) {
        if (heir.status() == OnboardingStatus.RENOUNCED) {
            throw ApiException.conflict("This heir renounced the inheritance.");
        }
        if (!heir.verified()) {
            throw ApiException.conflict("Verify your identity through this heir's own invitation first.");
        }
    }

    private OnboardingHeir.Proxy proxy(OnboardingHeir heir, ProxyChoice choice, List<FieldProblem> problems) {
        if (choice == null) {
            problems.add(new FieldProblem("proxy", "is required: an heir of the case (heirId or heirPosition) or an outside agent"));
            return null;
        }
        int given = (choice.heirId() != null ? 1 : 0) + (choice.heirPosition() != null ? 1 : 0) + (choice.agent() != null ? 1 : 0);
        if (given != 1) {
            problems.add(new FieldProblem("proxy", "name exactly one of heirId, heirPosition or agent"));
            return null;
        }
        if (choice.agent() != null) {
            String name = choice.agent().name();
            if (name == null || name.isBlank() || name.length() > 100) {
                problems.add(new FieldProblem("proxy.agent.name", "is required (at most 100 characters)"));
            }
            String nidProblem = NationalId.problem(choice.agent().nationalId());
            if (nidProblem != null) {
                problems.add(new FieldProblem("proxy.agent.nationalId", nidProblem));
            }
            return problems.isEmpty() ? OnboardingHeir.Proxy.agent(name.strip(), choice.agent().nationalId()) : null;
        }
        String field = choice.heirId() != null ? "proxy.heirId" : "proxy.heirPosition";
        OnboardingHeir named = heirs.ofCase(heir.caseId()).stream()
                .filter(h -> choice.heirId() != null ? h.id().equals(choice.heirId()) : h.position() == choice.heirPosition())
                .findFirst().orElse(null);
        if (named == null) {
            problems.add(new FieldProblem(field, "is not an heir of this case"));
            return null;
        }
        if (!named.active()) {
            problems.add(new FieldProblem(field, "names someone who does not inherit (predeceased or renounced)"));
            return null;
        }
        if (named.actsThroughGuardian()) {
            problems.add(new FieldProblem(field, "names a minor, who cannot act as a proxy"));
            return null;
        }
        return OnboardingHeir.Proxy.heir(named.id());
    }
}

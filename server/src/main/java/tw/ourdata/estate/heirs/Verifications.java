package tw.ourdata.estate.heirs;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;

/** What every successful verification does, whichever the method: record the level, move the process, log it in the trail. */
@Service
class Verifications {

    private final OnboardingRepository heirs;
    private final OnboardingMessages messages;
    private final AuditTrail audit;

    Verifications(OnboardingRepository heirs, OnboardingMessages messages, AuditTrail audit) {
        this.heirs = heirs;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    PortalPerson verified(OnboardingHeir heir, AssuranceLevel level) {
        heirs.markVerified(heir.id(), level);
        audit.record(heir.caseId(), Actors.of(heir), "HEIR_VERIFIED", List.of(heir.id()),
                "identity verified by " + level + (heir.actsThroughGuardian() ? " (the guardian, for a minor heir)" : ""));
        messages.send(OnboardingMessages.HEIR_VERIFIED, heir.id());
        // The session carries what this login proved, not the best the heir ever reached.
        return new PortalPerson(heir.actingNationalId(), heir.actingName(), heir.id(), level);
    }
}

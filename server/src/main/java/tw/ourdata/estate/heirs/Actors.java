package tw.ourdata.estate.heirs;

import tw.ourdata.estate.audit.AuditTrail;

/** Heirs and guardians in the audit trail: by heir row id, never by national ID. */
final class Actors {

    private Actors() {
    }

    static AuditTrail.Actor of(OnboardingHeir heir) {
        return new AuditTrail.Actor(heir.actsThroughGuardian() ? "GUARDIAN" : "HEIR", heir.id().toString());
    }

    static AuditTrail.Actor of(PortalPerson person) {
        return new AuditTrail.Actor("HEIR", person.verifiedAsHeirId().toString());
    }
}

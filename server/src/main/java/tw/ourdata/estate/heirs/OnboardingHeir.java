package tw.ourdata.estate.heirs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person of the succession table, as onboarding sees them: who acts for them (themself, or a
 * minor's guardian 法定代理人), how to reach them, and how far onboarding got.
 */
public record OnboardingHeir(UUID id, UUID caseId, int position, String nationalId, String name, LocalDate birthDate,
                             String relation, LocalDate dateOfDeath, String guardianNationalId, String guardianName,
                             String contactPhone, String contactEmail, OnboardingStatus status, AssuranceLevel assurance,
                             OffsetDateTime consentedAt, Proxy proxy, String renunciationCourtReference,
                             LocalDate renunciationDate) {

    /** A child who died before the decedent is listed but does not inherit, and is never invited. */
    public boolean predeceased() {
        return dateOfDeath != null;
    }

    /** Inherits and takes part: not predeceased, not renounced. */
    public boolean active() {
        return !predeceased() && status != OnboardingStatus.RENOUNCED;
    }

    public boolean actsThroughGuardian() {
        return guardianNationalId != null;
    }

    /** Whose identity is verified for this heir: the guardian's for a minor, otherwise the heir's own. */
    public String actingNationalId() {
        return actsThroughGuardian() ? guardianNationalId : nationalId;
    }

    /** The name of whoever acts: the guardian's for a minor. */
    public String actingName() {
        return actsThroughGuardian() ? guardianName : name;
    }

    public boolean verified() {
        return status == OnboardingStatus.VERIFIED || status == OnboardingStatus.AUTHORISED;
    }

    public boolean consented() {
        return consentedAt != null;
    }

    /** The proxy an heir named: another heir of the case, or an outside agent. */
    public record Proxy(UUID heirId, String agentName, String agentNationalId) {

        public static Proxy heir(UUID heirId) {
            return new Proxy(heirId, null, null);
        }

        public static Proxy agent(String name, String nationalId) {
            return new Proxy(null, name, nationalId);
        }

        public boolean isHeir() {
            return heirId != null;
        }

        /** Two nominations name the same proxy: the same heir, or an agent with the same national ID. */
        public boolean sameAs(Proxy other) {
            if (other == null) {
                return false;
            }
            return isHeir() ? heirId.equals(other.heirId) : agentNationalId.equals(other.agentNationalId);
        }
    }
}

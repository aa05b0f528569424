package tw.ourdata.estate.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/v1/cases/{id}}: where a case stands. National IDs are always masked here;
 * the full numbers stay in the case's own tables and on the signed documents.
 */
public record CaseView(String id, String registrationNumber, CaseStatus status, Decedent decedent, List<Heir> heirs,
                       OffsetDateTime createdAt, List<Activity> currentActivities) {

    public record Decedent(String nationalId, String name, LocalDate birthDate, LocalDate dateOfDeath,
                           boolean diedInLineOfDuty) {
    }

    /**
     * {@code onboardingStatus}: INVITED, VERIFIED, AUTHORISED or RENOUNCED; absent for a predeceased
     * child (never invited) and before onboarding started. {@code assuranceLevel}: ONE_TIME_CODE
     * or CERTIFICATE, once verified.
     */
    public record Heir(int position, String nationalId, String name, String relation, boolean predeceased,
                       String representsNationalId, boolean actsThroughGuardian, String onboardingStatus,
                       String assuranceLevel) {
    }

    /** A BPMN activity the case is waiting in right now, e.g. a user task or a receive task. */
    public record Activity(String id, String name, String processDefinitionKey) {
    }
}

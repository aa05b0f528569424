package tw.ourdata.estate.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code GET /api/v1/cases/{id}}: where a case stands. National IDs are always masked here;
 * the full numbers stay in the case's own tables and on the signed documents. {@code closedAt} is
 * absent while the case is open.
 */
public record CaseView(String id, String registrationNumber, CaseStatus status, Decedent decedent, List<Heir> heirs,
                       OffsetDateTime createdAt, OffsetDateTime closedAt, List<Activity> currentActivities, List<AssetQuery> assetQueries,
                       int assetQueriesAnswered, int assetQueriesTotal, Inventory inventory, FilingDeadline filingDeadline,
                       TaxAssessment taxAssessment, TaxPayment taxPayment, List<Transfer> transfers) {

    /**
     * The estate tax to pay (Art. 30) and whether the treasury confirmed it; absent while no tax is payable
     * (not approved yet, or NT$0). Officers only.
     *
     * @param status    DUE or PAID
     * @param amount    whole NT$
     * @param deadline  two months from the assessment notice
     * @param paidAt    when paid, as the treasury confirmed it; absent while DUE
     * @param reference the treasury's payment reference; absent while DUE
     */
    public record TaxPayment(String status, long amount, LocalDate deadline, OffsetDateTime paidAt, String reference) {
    }

    /**
     * One transfer instruction to an institution that holds an asset of the case (step 7).
     *
     * @param status PENDING (not yet accepted by the institution), SENT, CONFIRMED, ESCALATED (a tax
     *               officer decides) or CLOSED_WITHOUT_CONFIRMATION
     */
    public record Transfer(String transferId, String institutionCode, String institutionName, String status,
                           OffsetDateTime sentAt, OffsetDateTime confirmedAt) {
    }

    /** The estate-tax return's due date (Art. 23), and whether an officer extended it (Art. 26). */
    public record FilingDeadline(LocalDate statutory, LocalDate inForce, boolean extended) {
    }

    /**
     * The approved tax assessment, or the latest proposal while none is approved: itemised, each
     * line with its legal basis. Tax data (Tax Collection Act Art. 33): officers only.
     */
    public record TaxAssessment(int version, String status, tw.ourdata.estate.tax.EstateTaxEstimate result,
                                String adjustmentReason, String createdBy, OffsetDateTime createdAt, String approvedBy,
                                OffsetDateTime approvedAt) {
    }

    public record Decedent(String nationalId, String name, LocalDate birthDate, LocalDate dateOfDeath,
                           boolean diedInLineOfDuty) {
    }

    /**
     * {@code heirId}: the heir's row in the case, as the portal API and the audit trail name them (never the
     * national ID). {@code onboardingStatus}: INVITED, VERIFIED, AUTHORISED or RENOUNCED; absent for a predeceased
     * child (never invited) and before onboarding started. {@code assuranceLevel}: ONE_TIME_CODE
     * or CERTIFICATE, once verified.
     */
    public record Heir(String heirId, int position, String nationalId, String name, String relation, boolean predeceased,
                       String representsNationalId, boolean actsThroughGuardian, String onboardingStatus,
                       String assuranceLevel) {
    }

    /**
     * One institution asked about the decedent's assets and debts.
     *
     * @param status    PENDING (not yet accepted by the institution), SENT, ANSWERED, ESCALATED (a tax
     *                  officer decides) or CLOSED_WITHOUT_ANSWER
     * @param sendCount how many times the query was sent (more than one: the institution was silent and it went again)
     */
    public record AssetQuery(String queryId, String institution, String institutionName, String status, int sendCount,
                             OffsetDateTime sentAt, OffsetDateTime answeredAt) {
    }

    /**
     * What the institutions' answers reported so far, valued at the date of death (whole NT$).
     * Shown to tax officers only; absent for the registration office.
     */
    public record Inventory(List<InventoryAsset> assets, List<InventoryLiability> liabilities) {
    }

    /** @param share the decedent's ownership fraction, e.g. "1/2"; "1" for the whole asset */
    public record InventoryAsset(String institution, String kind, String description, String identifier, String valuationBasis,
                                 long value, String share) {
    }

    public record InventoryLiability(String institution, String kind, String description, long amount) {
    }

    /** A BPMN activity the case is waiting in right now, e.g. a user task or a receive task. */
    public record Activity(String id, String name, String processDefinitionKey) {
    }
}

package tw.ourdata.estate.tax;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a case's tax assessment: the facts it was computed from, the itemised result,
 * and who made it (the system's computation, or an officer's adjustment with its reason).
 */
public record TaxAssessment(UUID id, UUID caseId, int version, Status status, EstateFacts facts, EstateTaxEstimate result,
                            String adjustmentReason, String createdBy, OffsetDateTime createdAt, String approvedBy,
                            OffsetDateTime approvedAt) {

    public enum Status { PROPOSED, SUPERSEDED, APPROVED }
}

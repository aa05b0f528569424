package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The approved tax assessment the partition agreement relies on.
 *
 * @param assessmentId id of the assessment
 * @param version      version of the assessment that was approved
 * @param taxPayableNtd tax payable, whole NT$ (0 for an exempt estate)
 * @param approvedOn   date the tax officer approved it
 */
public record TaxAssessmentReference(String assessmentId, int version, long taxPayableNtd, LocalDate approvedOn) {
    public TaxAssessmentReference {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}

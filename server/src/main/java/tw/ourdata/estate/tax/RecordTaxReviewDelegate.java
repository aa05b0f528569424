package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.ActingOfficer;

/**
 * BPMN service task {@code recordTaxReview}, right after the officer's review: applies the
 * officer's adjustment (if any, with its reason) and the approval. Completing the review task
 * through the engine's REST API with {@code approved = true} approves exactly as the form does.
 * Sets {@code assessmentApproved}; when false the process sends the assessment back.
 */
@Component("recordTaxReview")
class RecordTaxReviewDelegate implements JavaDelegate {

    private final TaxAssessments assessments;

    RecordTaxReviewDelegate(TaxAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        String officer = officer(execution);
        String field = (String) execution.getVariable("adjustField");
        if (field != null && !field.isBlank()) {
            Number value = (Number) execution.getVariable("adjustValue");
            assessments.adjust(caseId, new TaxAssessments.Adjustment(field, value == null ? -1 : value.longValue(),
                    (String) execution.getVariable("adjustReason")), officer);
        }
        boolean approved = Boolean.TRUE.equals(execution.getVariable("approved"));
        if (approved) {
            TaxAssessment a = assessments.approve(caseId, officer);
            execution.setVariable("taxAssessmentVersion", a.version());
            execution.setVariable("taxPayable", a.result().taxPayable());
        }
        execution.setVariable("assessmentApproved", approved);
        // The review's own inputs are per review: clear them so the next round starts blank.
        for (String name : new String[] {"approved", "adjustField", "adjustValue", "adjustReason"}) {
            execution.removeVariable(name);
        }
    }

    private static String officer(DelegateExecution execution) {
        return ActingOfficer.of(execution).orElse("tax-officers");
    }
}

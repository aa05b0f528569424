package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener {@code prepareTaxReview} (on create of "Review tax assessment"): puts the itemised
 * assessment on the task, as a task-local variable, for the form to show.
 */
@Component("prepareTaxReview")
class PrepareTaxReviewListener implements TaskListener {

    private final TaxAssessments assessments;

    PrepareTaxReviewListener(TaxAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID caseId = UUID.fromString((String) task.getVariable("caseId"));
        TaxAssessment latest = assessments.latest(caseId).orElseThrow();
        task.setVariableLocal("assessmentSummary", TaxAssessmentSummary.of(latest));
        task.setVariableLocal("approved", false);
    }
}

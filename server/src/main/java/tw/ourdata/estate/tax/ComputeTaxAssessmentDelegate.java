package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code computeTaxAssessment}: propose an assessment from the case as it now stands. */
@Component("computeTaxAssessment")
class ComputeTaxAssessmentDelegate implements JavaDelegate {

    private final CaseEstateFacts facts;
    private final TaxAssessments assessments;

    ComputeTaxAssessmentDelegate(CaseEstateFacts facts, TaxAssessments assessments) {
        this.facts = facts;
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        TaxAssessment proposed = assessments.propose(caseId, facts.of(caseId), "system", null);
        execution.setVariable("taxAssessmentVersion", proposed.version());
        execution.setVariable("taxPayable", proposed.result().taxPayable());
    }
}

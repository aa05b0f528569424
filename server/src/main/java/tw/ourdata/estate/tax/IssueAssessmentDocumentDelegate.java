package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code issueAssessmentDocument}: the notice or the exemption certificate of the approved assessment. */
@Component("issueAssessmentDocument")
class IssueAssessmentDocumentDelegate implements JavaDelegate {

    private final AssessmentDocuments documents;

    IssueAssessmentDocumentDelegate(AssessmentDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        execution.setVariable("assessmentDocumentId", documents.issueFor(caseId).toString());
    }
}

package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code issueTaxClearance}: the tax clearance certificate of the paid tax; a retried job issues none twice. */
@Component("issueTaxClearance")
class IssueTaxClearanceDelegate implements JavaDelegate {

    private final ClearanceCertificates certificates;

    IssueTaxClearanceDelegate(ClearanceCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        execution.setVariable("taxClearanceDocumentId", certificates.issueFor(caseId).toString());
    }
}

package tw.ourdata.estate.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code issueAssessmentDocument}: the notice or the exemption certificate of the approved assessment. */
@Component("issueAssessmentDocument")
class IssueAssessmentDocumentDelegate implements JavaDelegate {

    private final AssessmentDocuments documents;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final TaxAssessments assessments;
    private final Clock clock;

    IssueAssessmentDocumentDelegate(AssessmentDocuments documents, TaxAssessments assessments, Clock clock) {
        this.documents = documents;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        execution.setVariable("assessmentDocumentId", documents.issueFor(caseId).toString());
        // Decides whether the case waits for the treasury's payment confirmation before the transfers.
        boolean taxPayable = assessments.approved(caseId).orElseThrow().result().taxPayable() > 0;
        execution.setVariable("taxPayable", taxPayable);
        if (taxPayable) {
            // Art. 30: the tax is due within two months of the notice; the heirs are reminded two weeks before.
            LocalDate deadline = LocalDate.now(clock.withZone(TAIPEI)).plusMonths(2);
            execution.setVariable("taxPaymentDeadline", deadline.toString());
            execution.setVariable("taxPaymentReminder",
                    Date.from(deadline.minusWeeks(2).atStartOfDay(TAIPEI).toInstant()));
        }
    }
}

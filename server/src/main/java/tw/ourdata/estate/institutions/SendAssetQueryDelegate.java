package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code sendAssetQuery}: posts the query. Runs as an asynchronous job, so a failure (network,
 * 5xx) is retried by the job executor on the activity's {@code failedJobRetryTimeCycle}, across
 * restarts and nodes; a refusal (4xx) is thrown as the BPMN error the diagram escalates.
 */
@Component("sendAssetQuery")
class SendAssetQueryDelegate implements JavaDelegate {

    private final AssetQueries queries;

    SendAssetQueryDelegate(AssetQueries queries) {
        this.queries = queries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID queryId = UUID.fromString((String) execution.getVariable(AssetQueryProcess.QUERY_ID));
        SendOutcome outcome = queries.send(queryId);
        if (outcome instanceof SendOutcome.Refused refused) {
            throw new BpmnError(AssetQueryProcess.INSTITUTION_REFUSED_QUERY, refused.reason());
        }
        if (outcome instanceof SendOutcome.Sent sent) {
            execution.setVariable(AssetQueryProcess.SEND_COUNT, sent.sendCount());
        }
        execution.setVariable(AssetQueryProcess.ANSWERED, outcome instanceof SendOutcome.AlreadySettled);
    }
}

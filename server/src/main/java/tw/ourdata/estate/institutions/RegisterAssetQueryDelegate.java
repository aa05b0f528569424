package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerAssetQuery}: gives the query its id before anything is sent, so every delivery
 * of the same query carries the same id.
 */
@Component("registerAssetQuery")
class RegisterAssetQueryDelegate implements JavaDelegate {

    private final AssetQueries queries;

    RegisterAssetQueryDelegate(AssetQueries queries) {
        this.queries = queries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssetQueries.Registered registered = queries.register(UUID.fromString((String) execution.getVariable(AssetQueryProcess.CASE_ID)),
                (String) execution.getVariable(AssetQueryProcess.INSTITUTION_CODE), execution.getProcessInstanceId());
        execution.setVariable(AssetQueryProcess.QUERY_ID, registered.query().id().toString());
        execution.setVariable(AssetQueryProcess.SERVICE_LEVEL, registered.serviceLevel().toString());
    }
}

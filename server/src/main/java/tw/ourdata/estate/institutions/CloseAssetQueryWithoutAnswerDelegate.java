package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code closeAssetQueryWithoutAnswer}: the officer's decision, with their reason and name, on the query. */
@Component("closeAssetQueryWithoutAnswer")
class CloseAssetQueryWithoutAnswerDelegate implements JavaDelegate {

    private final AssetQueries queries;

    CloseAssetQueryWithoutAnswerDelegate(AssetQueries queries) {
        this.queries = queries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        queries.closeWithoutAnswer(UUID.fromString((String) execution.getVariable(AssetQueryProcess.QUERY_ID)),
                officer == null ? null : officer.getUserId(), (String) execution.getVariable(AssetQueryProcess.CLOSE_REASON));
    }
}

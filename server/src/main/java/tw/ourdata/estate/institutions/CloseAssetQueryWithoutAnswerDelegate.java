package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.ActingOfficer;

/** {@code closeAssetQueryWithoutAnswer}: the officer's decision, with their reason and name, on the query. */
@Component("closeAssetQueryWithoutAnswer")
class CloseAssetQueryWithoutAnswerDelegate implements JavaDelegate {

    private final AssetQueries queries;

    CloseAssetQueryWithoutAnswerDelegate(AssetQueries queries) {
        this.queries = queries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        queries.closeWithoutAnswer(UUID.fromString((String) execution.getVariable(AssetQueryProcess.QUERY_ID)),
                ActingOfficer.of(execution).orElse(null), (String) execution.getVariable(AssetQueryProcess.CLOSE_REASON));
    }
}

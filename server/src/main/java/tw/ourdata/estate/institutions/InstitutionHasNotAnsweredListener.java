package tw.ourdata.estate.institutions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code institutionHasNotAnswered} (task listener on create): marks the query escalated and puts
 * on the officer's task what its form shows — the institution, when the query was sent, and why
 * the officer is asked. These are task variables, so the process keeps only ids and flags.
 */
@Component("institutionHasNotAnswered")
class InstitutionHasNotAnsweredListener implements TaskListener {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'Asia/Taipei'");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final AssetQueries queries;

    InstitutionHasNotAnsweredListener(AssetQueries queries) {
        this.queries = queries;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID queryId = UUID.fromString((String) task.getVariable(AssetQueryProcess.QUERY_ID));
        // Set by the error boundary when the institution refused; absent when it stayed silent.
        String refusal = (String) task.getExecution().getVariable(AssetQueryProcess.ESCALATION_REASON);
        task.getExecution().removeVariable(AssetQueryProcess.ESCALATION_REASON);
        AssetQueries.Escalation escalation = queries.escalate(queryId, refusal);

        task.setName("機關未回覆 Institution has not answered: " + escalation.institutionName());
        task.setDescription(escalation.reason());
        task.setVariableLocal("institutionName", escalation.institutionName());
        task.setVariableLocal("sentAt", escalation.sentAt() == null ? "never (not accepted by the institution)"
                : SHOWN.format(escalation.sentAt().atZoneSameInstant(TAIPEI)));
        task.setVariableLocal(AssetQueryProcess.ESCALATION_REASON, escalation.reason());
    }
}

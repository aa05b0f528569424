package tw.ourdata.estate.institutions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code institutionHasNotConfirmed} (task listener on create): marks the transfer escalated and
 * puts on the officer's task what its form shows — the institution, when the instruction was
 * sent, and why the officer is asked (refused, rejected, or silent past the service level).
 */
@Component("institutionHasNotConfirmed")
class InstitutionHasNotConfirmedListener implements TaskListener {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'Asia/Taipei'");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final AssetTransfers transfers;

    InstitutionHasNotConfirmedListener(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID transferId = UUID.fromString((String) task.getVariable(AssetTransferProcess.TRANSFER_ID));
        // Set by the refusal's error boundary or by a rejection's correlation; absent when the institution stayed silent.
        String reason = (String) task.getExecution().getVariable(AssetTransferProcess.ESCALATION_REASON);
        task.getExecution().removeVariable(AssetTransferProcess.ESCALATION_REASON);
        AssetTransfers.Escalation escalation = transfers.escalate(transferId, reason);

        task.setName("機關未確認移轉 Institution has not confirmed the transfer: " + escalation.institutionName());
        task.setDescription(escalation.reason());
        task.setVariableLocal("institutionName", escalation.institutionName());
        task.setVariableLocal("sentAt", escalation.sentAt() == null ? "never (not accepted by the institution)"
                : SHOWN.format(escalation.sentAt().atZoneSameInstant(TAIPEI)));
        task.setVariableLocal(AssetTransferProcess.ESCALATION_REASON, escalation.reason());
    }
}

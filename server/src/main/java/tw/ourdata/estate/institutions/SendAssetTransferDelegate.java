package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code sendAssetTransfer}: posts the transfer instruction. An asynchronous job, so a failure
 * (network, 5xx, a document missing) is retried by the job executor on the activity's
 * {@code failedJobRetryTimeCycle}; a refusal (4xx) is the BPMN error the diagram escalates.
 */
@Component("sendAssetTransfer")
class SendAssetTransferDelegate implements JavaDelegate {

    private final AssetTransfers transfers;

    SendAssetTransferDelegate(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID transferId = UUID.fromString((String) execution.getVariable(AssetTransferProcess.TRANSFER_ID));
        SendOutcome outcome = transfers.send(transferId);
        if (outcome instanceof SendOutcome.Refused refused) {
            throw new BpmnError(AssetTransferProcess.INSTITUTION_REFUSED_TRANSFER, refused.reason());
        }
        if (outcome instanceof SendOutcome.Sent sent) {
            execution.setVariable(AssetTransferProcess.SEND_COUNT, sent.sendCount());
        }
        execution.setVariable(AssetTransferProcess.CONFIRMED, outcome instanceof SendOutcome.AlreadySettled);
    }
}

package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code registerAssetTransfer}: gives the transfer its id (the one {@code prepareTransfers}
 * registered, or a new one) before anything is sent, so every delivery carries the same id.
 */
@Component("registerAssetTransfer")
class RegisterAssetTransferDelegate implements JavaDelegate {

    private final AssetTransfers transfers;

    RegisterAssetTransferDelegate(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssetTransfers.Registered registered = transfers.register(
                UUID.fromString((String) execution.getVariable(AssetTransferProcess.CASE_ID)),
                (String) execution.getVariable(AssetTransferProcess.INSTITUTION_CODE), execution.getProcessInstanceId());
        execution.setVariable(AssetTransferProcess.TRANSFER_ID, registered.transfer().id().toString());
        execution.setVariable(AssetTransferProcess.SERVICE_LEVEL, registered.serviceLevel().toString());
    }
}

package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** {@code closeAssetTransferWithoutConfirmation}: the officer's decision, with their reason and name, on the transfer. */
@Component("closeAssetTransferWithoutConfirmation")
class CloseAssetTransferWithoutConfirmationDelegate implements JavaDelegate {

    private final AssetTransfers transfers;

    CloseAssetTransferWithoutConfirmationDelegate(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        transfers.closeWithoutConfirmation(UUID.fromString((String) execution.getVariable(AssetTransferProcess.TRANSFER_ID)),
                officer == null ? null : officer.getUserId(), (String) execution.getVariable(AssetTransferProcess.CLOSE_REASON));
    }
}

package tw.ourdata.estate.institutions;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.ActingOfficer;

/** {@code closeAssetTransferWithoutConfirmation}: the officer's decision, with their reason and name, on the transfer. */
@Component("closeAssetTransferWithoutConfirmation")
class CloseAssetTransferWithoutConfirmationDelegate implements JavaDelegate {

    private final AssetTransfers transfers;

    CloseAssetTransferWithoutConfirmationDelegate(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        transfers.closeWithoutConfirmation(UUID.fromString((String) execution.getVariable(AssetTransferProcess.TRANSFER_ID)),
                ActingOfficer.of(execution).orElse(null), (String) execution.getVariable(AssetTransferProcess.CLOSE_REASON));
    }
}

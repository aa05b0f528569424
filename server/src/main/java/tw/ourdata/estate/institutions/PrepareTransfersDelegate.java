package tw.ourdata.estate.institutions;

import java.util.ArrayList;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code prepareTransfers} (in {@code estate-settlement}): one transfer per institution that holds
 * an asset of the case, and their codes as {@code transferInstitutionCodes} — possibly empty, and
 * then the parallel multi-instance {@code assetTransfers} completes at once.
 */
@Component("prepareTransfers")
class PrepareTransfersDelegate implements JavaDelegate {

    private final AssetTransfers transfers;

    PrepareTransfersDelegate(AssetTransfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable(AssetTransferProcess.CASE_ID));
        // A serializable ArrayList, a few short codes: the engine stores it as a small object variable.
        execution.setVariable(AssetTransferProcess.TRANSFER_INSTITUTION_CODES, new ArrayList<>(transfers.prepare(caseId)));
    }
}

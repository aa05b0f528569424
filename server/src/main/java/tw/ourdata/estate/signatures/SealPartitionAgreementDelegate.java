package tw.ourdata.estate.signatures;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;

/**
 * BPMN service task {@code sealPartitionAgreement}: every heir has signed. The last signature usually added the
 * PAdES B-LTA revision already; if that step failed, it is done here, and the job retries until it is.
 */
@Component("sealPartitionAgreement")
class SealPartitionAgreementDelegate implements JavaDelegate {

    private final SigningSessions sessions;
    private final DocumentStore store;

    SealPartitionAgreementDelegate(SigningSessions sessions, DocumentStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID agreementId = UUID.fromString((String) execution.getVariable("agreementId"));
        sessions.finishIfAllSigned(agreementId);
        DocumentStatus status = store.find(agreementId).orElseThrow().status();
        if (status != DocumentStatus.SIGNED) {
            throw new IllegalStateException("partition agreement " + agreementId + " is " + status
                    + " after every heir signed; the archive step is retried");
        }
    }
}

package tw.ourdata.estate.signatures;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code requestSignature} (agreement-signature): tells the heir the agreement waits for them. */
@Component("requestSignature")
class RequestSignatureDelegate implements JavaDelegate {

    private final SignatureRequests requests;

    RequestSignatureDelegate(SignatureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.request(execution);
    }
}

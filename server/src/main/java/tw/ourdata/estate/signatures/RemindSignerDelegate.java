package tw.ourdata.estate.signatures;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code remindSigner} (agreement-signature): the reminder a week after the request. */
@Component("remindSigner")
class RemindSignerDelegate implements JavaDelegate {

    private final SignatureRequests requests;

    RemindSignerDelegate(SignatureRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.remind(execution);
    }
}

package tw.ourdata.estate.cases;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code closeCase}: every transfer is confirmed; the case closes and its audit trail is sealed. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseClosing closing;

    CloseCaseDelegate(CaseClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.close(UUID.fromString((String) execution.getVariable("caseId")));
    }
}

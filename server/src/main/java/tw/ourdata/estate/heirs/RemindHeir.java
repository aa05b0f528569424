package tw.ourdata.estate.heirs;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${remindHeir}}: the invitation again, with a fresh link (the reminder timer, or an officer's "re-send"). */
@Component("remindHeir")
class RemindHeir implements JavaDelegate {

    private final Invitations invitations;

    RemindHeir(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.send(UUID.fromString((String) execution.getVariable("heirId")), true);
    }
}

package tw.ourdata.estate.heirs;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${inviteHeir}}: the invitation to the portal, queued in the outbox with the process step. */
@Component("inviteHeir")
class InviteHeir implements JavaDelegate {

    private final Invitations invitations;

    InviteHeir(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.send(UUID.fromString((String) execution.getVariable("heirId")), false);
    }
}

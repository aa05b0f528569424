package tw.ourdata.estate.common;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The tax officer whose decision a delegate or task listener carries out: the engine identity that completed the
 * task (Tasklist and the engine REST API authenticate it); for a task, its assignee first, since Tasklist claims
 * before completing. Empty when the engine was called without an identity (the Java API in tests, say).
 */
public final class ActingOfficer {

    private ActingOfficer() {
    }

    public static Optional<String> of(DelegateExecution execution) {
        return userId(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    public static Optional<String> of(DelegateTask task) {
        return Optional.ofNullable(task.getAssignee())
                .or(() -> userId(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()));
    }

    private static Optional<String> userId(Authentication authentication) {
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }
}

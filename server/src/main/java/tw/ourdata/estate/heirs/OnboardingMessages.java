package tw.ourdata.estate.heirs;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The BPMN messages the portal sends to an heir's {@code heir-onboarding} instance, found by its
 * process variable {@code heirId}. Called inside the transaction that changes the heir row, so
 * the row and the process move together or not at all. When no instance waits (onboarding not
 * started yet, or already over), the heir row alone records the change.
 */
@Component
public class OnboardingMessages {

    public static final String PROCESS_KEY = "heir-onboarding";
    public static final String HEIR_VERIFIED = "HeirVerified";
    public static final String HEIR_AUTHORISED = "HeirAuthorised";
    public static final String HEIR_RENOUNCED = "HeirRenounced";

    private final RuntimeService runtime;

    OnboardingMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    void send(String message, UUID heirId) {
        runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals("heirId", heirId.toString())
                .correlateAllWithResult();
    }
}

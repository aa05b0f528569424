package tw.ourdata.estate.heirs;

import java.util.ArrayList;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${prepareHeirOnboarding}}: sets {@code heirIds}, the heirs of the case who take part
 * (predeceased and renounced excluded), for the multi-instance call of {@code heir-onboarding}.
 */
@Component("prepareHeirOnboarding")
class PrepareHeirOnboarding implements JavaDelegate {

    private final OnboardingRepository heirs;

    PrepareHeirOnboarding(OnboardingRepository heirs) {
        this.heirs = heirs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        ArrayList<String> ids = new ArrayList<>();
        heirs.ofCase(caseId).stream().filter(OnboardingHeir::active).forEach(h -> ids.add(h.id().toString()));
        execution.setVariable("heirIds", ids);
    }
}

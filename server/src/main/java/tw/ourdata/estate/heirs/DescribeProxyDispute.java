package tw.ourdata.estate.heirs;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.cases.CaseRepository;

/**
 * {@code ${describeProxyDispute}} (task listener, event "create", on {@code resolveProxyDispute}):
 * fills the form {@code proxy-dispute} with who named whom and the numbered candidates, as
 * task-local variables.
 */
@Component("describeProxyDispute")
class DescribeProxyDispute implements TaskListener {

    private final OnboardingRepository heirs;
    private final CaseRepository cases;

    DescribeProxyDispute(OnboardingRepository heirs, CaseRepository cases) {
        this.heirs = heirs;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID caseId = UUID.fromString((String) task.getVariable("caseId"));
        List<OnboardingHeir> succession = heirs.ofCase(caseId);
        cases.find(caseId).ifPresent(c -> task.setVariableLocal("registrationNumber", c.registrationNumber()));
        task.setVariableLocal("proxyNominations", ProxyDisputeForm.nominations(succession));
        task.setVariableLocal("proxyCandidates", ProxyDisputeForm.candidates(succession));
    }
}

package tw.ourdata.estate.heirs;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.ActingOfficer;
import tw.ourdata.estate.audit.AuditTrail;

/**
 * {@code ${resolveProxyDispute}}: stores the proxy a tax officer chose in the form
 * {@code proxy-dispute} — {@code proxyChoice}, the number of a candidate as the form lists them,
 * and {@code proxyChoiceReason} — as the case's proxy. Use it as the task listener (event
 * "complete") of the user task {@code resolveProxyDispute}, or as a service task right after it.
 * A choice that is not a candidate refuses the completion, so the officer can correct it.
 */
@Component("resolveProxyDispute")
class ResolveProxyDispute implements TaskListener, JavaDelegate {

    private final OnboardingRepository heirs;
    private final AuditTrail audit;

    ResolveProxyDispute(OnboardingRepository heirs, AuditTrail audit) {
        this.heirs = heirs;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        resolve(task, ActingOfficer.of(task).orElse("unknown"));
    }

    @Override
    public void execute(DelegateExecution execution) {
        resolve(execution, ActingOfficer.of(execution).orElse("unknown"));
    }

    private void resolve(VariableScope scope, String officer) {
        UUID caseId = UUID.fromString((String) scope.getVariable("caseId"));
        List<OnboardingHeir> succession = heirs.ofCase(caseId);
        List<OnboardingHeir.Proxy> candidates = ProxySettlement.candidates(succession);
        Object choice = scope.getVariable("proxyChoice");
        int number;
        try {
            number = choice instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(choice).strip().replace("[", "").replace("]", ""));
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > candidates.size()) {
            throw new ProcessEngineException("proxyChoice must be the number of one of the " + candidates.size()
                    + " candidates listed in the form");
        }
        Object reason = scope.getVariable("proxyChoiceReason");
        if (reason == null || String.valueOf(reason).isBlank()) {
            throw new ProcessEngineException("proxyChoiceReason is required: say why this proxy was chosen");
        }
        OnboardingHeir.Proxy chosen = candidates.get(number - 1);
        heirs.saveCaseProxy(caseId, chosen, "OFFICER:" + officer, String.valueOf(reason).strip());
        audit.record(caseId, new AuditTrail.Actor("OFFICER", officer), "PROXY_DECIDED", List.of(),
                "proxy dispute decided: candidate [" + number + "]; reason: " + String.valueOf(reason).strip());
        scope.setVariable("proxyAgreed", true);
    }
}

package tw.ourdata.estate.heirs;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.audit.AuditTrail;

/**
 * {@code ${settleProxy}}: after every heir's onboarding, applies {@link ProxySettlement}; stores
 * the agreed proxy as the case's and sets {@code proxyAgreed} (false: the officer decides in
 * {@code resolveProxyDispute}).
 */
@Component("settleProxy")
class SettleProxy implements JavaDelegate {

    private final OnboardingRepository heirs;
    private final AuditTrail audit;

    SettleProxy(OnboardingRepository heirs, AuditTrail audit) {
        this.heirs = heirs;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        List<OnboardingHeir> succession = heirs.ofCase(caseId);
        ProxySettlement.Outcome outcome = ProxySettlement.settle(succession);
        if (outcome.agreed()) {
            heirs.saveCaseProxy(caseId, outcome.proxy(), "AGREEMENT", outcome.why());
        }
        audit.record(caseId, AuditTrail.Actor.SYSTEM, outcome.agreed() ? "PROXY_AGREED" : "PROXY_DISPUTED",
                List.of(), outcome.why());
        execution.setVariable("proxyAgreed", outcome.agreed());
    }
}

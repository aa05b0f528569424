package tw.ourdata.estate.partition;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code returnPlanToProxy}: an heir refused to sign. The refused version is void already; the
 * plan becomes a draft again, and every heir (the proxy among them) is told who refused and why.
 */
@Component("returnPlanToProxy")
class ReturnPlanToProxyDelegate implements JavaDelegate {

    private final PartitionPlans plans;

    ReturnPlanToProxyDelegate(PartitionPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.returnToProxy(UUID.fromString((String) execution.getVariable("caseId")));
    }
}

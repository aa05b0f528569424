package tw.ourdata.estate.partition;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code submitStatutoryPlan}: the tax officer chose, in {@code proxyHasNotSubmittedPlan}, to send
 * the statutory shares to the heirs for signature; the sub-process then ends and the agreement is rendered.
 */
@Component("submitStatutoryPlan")
class SubmitStatutoryPlanDelegate implements JavaDelegate {

    private final PartitionPlans plans;

    SubmitStatutoryPlanDelegate(PartitionPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.submitStatutory(UUID.fromString((String) execution.getVariable("caseId")));
    }
}

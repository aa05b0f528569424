package tw.ourdata.estate.partition;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * BPMN service task {@code requestPartitionPlan}: {@link PartitionPlans#requestFromProxy}, and when a tax officer
 * follows up if no plan comes ({@code planFollowUp}, {@code planFollowUpAgain}). An outside agent has no portal
 * login, so for them the officer is asked at once.
 */
@Component("requestPartitionPlan")
class RequestPartitionPlanDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RequestPartitionPlanDelegate.class);

    private final PartitionPlans plans;
    private final Duration followUp;
    private final Duration followUpAgain;

    RequestPartitionPlanDelegate(PartitionPlans plans,
            @Value("${ourdata.partition.plan-follow-up:P14D}") Duration followUp,
            @Value("${ourdata.partition.plan-follow-up-again:P14D}") Duration followUpAgain) {
        this.plans = plans;
        this.followUp = followUp;
        this.followUpAgain = followUpAgain;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        boolean proxyIsHeir = plans.requestFromProxy(caseId);
        if (!proxyIsHeir) {
            log.info("case {}: the proxy is an outside agent, who has no portal login; a tax officer follows up", caseId);
        }
        execution.setVariable("planFollowUp", proxyIsHeir ? followUp.toString() : Duration.ZERO.toString());
        execution.setVariable("planFollowUpAgain", followUpAgain.toString());
    }
}

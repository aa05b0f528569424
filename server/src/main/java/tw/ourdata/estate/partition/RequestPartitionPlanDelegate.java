package tw.ourdata.estate.partition;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.heirs.Invitations;
import tw.ourdata.estate.heirs.OnboardingRepository;

/**
 * BPMN service task {@code requestPartitionPlan}: the proxy is told, with a sign-in link, that the partition plan
 * is theirs to draft (the statutory shares are the starting point), and sets when a tax officer follows up if no
 * plan comes ({@code planFollowUp}, {@code planFollowUpAgain}). An outside agent has no portal login, so for them
 * the officer is asked at once.
 */
@Component("requestPartitionPlan")
class RequestPartitionPlanDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RequestPartitionPlanDelegate.class);

    private final OnboardingRepository heirs;
    private final Invitations invitations;
    private final Duration followUp;
    private final Duration followUpAgain;

    RequestPartitionPlanDelegate(OnboardingRepository heirs, Invitations invitations,
            @Value("${ourdata.partition.plan-follow-up:P14D}") Duration followUp,
            @Value("${ourdata.partition.plan-follow-up-again:P14D}") Duration followUpAgain) {
        this.heirs = heirs;
        this.invitations = invitations;
        this.followUp = followUp;
        this.followUpAgain = followUpAgain;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        Optional<UUID> proxyHeir = heirs.caseProxy(caseId).filter(p -> p.proxy().isHeir()).map(p -> p.proxy().heirId());
        execution.setVariable("planFollowUp", proxyHeir.isPresent() ? followUp.toString() : Duration.ZERO.toString());
        execution.setVariable("planFollowUpAgain", followUpAgain.toString());
        if (proxyHeir.isEmpty()) {
            log.info("case {}: the proxy is an outside agent, who has no portal login; a tax officer follows up", caseId);
            return;
        }
        invitations.sendWithLink(proxyHeir.get(), "PARTITION_PLAN_REQUESTED",
                "請提出遺產分割方案 Please draft the partition plan",
                "稅捐機關已核定遺產稅。您是本案之代理人，請開啟以下連結，決定每項遺產由哪位繼承人取得多少比例"
                        + "（預設為各繼承人之應繼分），確認後送出，全體繼承人即可簽署分割協議書。",
                "The tax office has approved the estate tax. As the case's proxy, open the link above and decide"
                        + " which heir receives which fraction of each asset (the statutory shares are the default);"
                        + " when you submit the plan, every heir is asked to sign the partition agreement.");
    }
}

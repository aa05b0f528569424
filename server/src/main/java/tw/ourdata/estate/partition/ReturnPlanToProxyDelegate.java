package tw.ourdata.estate.partition;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.heirs.HeirMessages;
import tw.ourdata.estate.signatures.AgreementRefusals;

/**
 * BPMN service task {@code returnPlanToProxy}: an heir refused to sign. The refused version is void already; the
 * plan becomes a draft again, and every heir (the proxy among them) is told who refused and why.
 */
@Component("returnPlanToProxy")
class ReturnPlanToProxyDelegate implements JavaDelegate {

    private final PartitionPlans plans;
    private final AgreementRefusals refusals;
    private final HeirMessages messages;
    private final AuditTrail audit;

    ReturnPlanToProxyDelegate(PartitionPlans plans, AgreementRefusals refusals, HeirMessages messages,
            AuditTrail audit) {
        this.plans = plans;
        this.refusals = refusals;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        plans.returnToProxy(caseId);
        AgreementRefusals.RefusalNotice refusal = refusals.latest(caseId).orElseThrow();
        messages.toActiveHeirs(caseId,
                "遺產分割協議書第 " + refusal.version() + " 版經拒絕簽署 The partition agreement (version "
                        + refusal.version() + ") was refused",
                refusal.heirName() + " 拒絕簽署協議書第 " + refusal.version() + " 版，理由：" + refusal.reason()
                        + "\n此版本已作廢，已完成之簽署不生效力。代理人將修改分割方案後重新提出，屆時將再通知您簽署。\n\n"
                        + refusal.heirName() + " refused to sign version " + refusal.version() + " of the partition"
                        + " agreement. This version is void and its signatures count for nothing. The proxy will revise"
                        + " the plan and submit it again; you will be asked to sign the new version.");
        audit.record(caseId, AuditTrail.Actor.SYSTEM, "PARTITION_PLAN_RETURNED", List.of(),
                "partition plan returned to the proxy after version " + refusal.version() + " was refused");
    }
}

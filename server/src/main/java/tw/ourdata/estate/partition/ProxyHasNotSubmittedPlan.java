package tw.ourdata.estate.partition;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.ActingOfficer;
import tw.ourdata.estate.cases.CaseRepository;

/**
 * {@code ${proxyHasNotSubmittedPlan}} on the officer task of that name. On create: what the form
 * {@code proxy-has-not-submitted-plan} shows, as task-local variables. On complete: the officer's note is required
 * and goes to the audit trail with the decision, and leaves the process (only {@code sendStatutoryPlan}, which the
 * gateway after the task reads, stays).
 */
@Component("proxyHasNotSubmittedPlan")
class ProxyHasNotSubmittedPlan implements TaskListener {

    static final String NOTE = "planFollowUpNote";
    static final String DECISION = "sendStatutoryPlan";

    private final PartitionPlans plans;
    private final CaseRepository cases;

    ProxyHasNotSubmittedPlan(PartitionPlans plans, CaseRepository cases) {
        this.plans = plans;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID caseId = UUID.fromString((String) task.getVariable("caseId"));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            describe(task, caseId);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            record(task, caseId);
        }
    }

    private void describe(DelegateTask task, UUID caseId) {
        cases.find(caseId).ifPresent(c -> {
            task.setVariableLocal("registrationNumber", c.registrationNumber());
            task.setVariableLocal("decedentName", c.decedentName());
        });
        PartitionPlans.FollowUpFacts facts = plans.followUpFacts(caseId);
        task.setVariableLocal("proxyName", facts.proxyName());
        task.setVariableLocal("proxyKind", facts.outsideAgent()
                ? "外部代理人（身分證 " + facts.maskedAgentNationalId() + "），尚無法登入線上服務 an outside agent, who cannot log in to the portal yet"
                : "繼承人，已收到附登入連結之通知 an heir, who was sent a sign-in link");
        task.setVariableLocal("planState", planState(facts));
        task.setVariableLocal("statutoryShares", facts.statutoryShares());
        task.setVariableLocal("followUpAgainIn", days((String) task.getVariable("planFollowUpAgain")));
    }

    private static String planState(PartitionPlans.FollowUpFacts facts) {
        if (facts.version() > 0) {
            return "第 " + facts.version() + " 版經拒絕簽署，退回代理人修改 version " + facts.version()
                    + " was refused and returned to the proxy";
        }
        return facts.draftSaved() ? "代理人已儲存草稿，尚未送出 the proxy saved a draft but has not submitted it"
                : "代理人尚未編輯（預設為應繼分） the proxy has not edited it (the statutory shares are the default)";
    }

    private static String days(String isoDuration) {
        long days = isoDuration == null ? 0 : Duration.parse(isoDuration).toDays();
        return days + " 天 days";
    }

    private void record(DelegateTask task, UUID caseId) {
        Object note = task.getVariable(NOTE);
        if (note == null || String.valueOf(note).isBlank()) {
            throw new ProcessEngineException(NOTE + " is required: say how the proxy and the heirs were reached");
        }
        boolean send = Boolean.TRUE.equals(task.getVariable(DECISION));
        String officer = ActingOfficer.of(task).orElse("unknown");
        plans.recordFollowUp(caseId, officer, send, String.valueOf(note));
        // The note is in the audit trail now; process variables stay ids and flags.
        task.getExecution().removeVariable(NOTE);
    }
}

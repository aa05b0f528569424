package tw.ourdata.estate.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.heirs.HeirMessages;

/** BPMN service task {@code remindFilingDeadline}: tells every active heir the date the return is due. */
@Component("remindFilingDeadline")
class RemindFilingDeadlineDelegate implements JavaDelegate {

    private final FilingDeadlines deadlines;
    private final HeirMessages messages;
    private final Clock clock;

    RemindFilingDeadlineDelegate(FilingDeadlines deadlines, HeirMessages messages, Clock clock) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        FilingDeadline deadline = deadlines.of(caseId);
        if (deadline.inForce().isBefore(LocalDate.now(clock))) {
            // The case was opened after the deadline had passed: a reminder of a past date helps
            // nobody; the officer's "deadline passed" task follows at once instead.
            return;
        }
        messages.toActiveHeirs(caseId, "遺產稅申報期限提醒 Estate-tax filing deadline",
                "本案遺產稅應於 " + deadline.inForce() + " 前申報（遺產及贈與稅法第23條）。如已委託代理人辦理，請與代理人確認進度。\n"
                        + "The estate-tax return of this case is due by " + deadline.inForce()
                        + " (Estate and Gift Tax Act Art. 23). If your proxy handles it, please check with them.");
        execution.setVariable("filingReminderSentOn", deadline.reminderOn().toString());
    }
}

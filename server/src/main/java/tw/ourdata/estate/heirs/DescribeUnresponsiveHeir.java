package tw.ourdata.estate.heirs;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.NationalId;
import tw.ourdata.estate.heirs.notifications.Recipients;

/**
 * {@code ${describeUnresponsiveHeir}} on the task {@code heirNotResponding}: what the officer's
 * form shows — the heir (masked ID), the case, the contact we used, what is missing — as
 * task-local variables, so nothing personal stays in the process once the task is done.
 */
@Component("describeUnresponsiveHeir")
class DescribeUnresponsiveHeir implements TaskListener {

    private final OnboardingRepository heirs;
    private final CaseRepository cases;

    DescribeUnresponsiveHeir(OnboardingRepository heirs, CaseRepository cases) {
        this.heirs = heirs;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        OnboardingHeir heir = heirs.find(UUID.fromString((String) task.getVariable("heirId"))).orElseThrow();
        cases.find(heir.caseId()).ifPresent(c -> {
            task.setVariableLocal("registrationNumber", c.registrationNumber());
            task.setVariableLocal("decedentName", c.decedentName());
        });
        task.setVariableLocal("heirName", heir.actsThroughGuardian()
                ? heir.name() + "（法定代理人 guardian: " + heir.guardianName() + "）" : heir.name());
        task.setVariableLocal("heirNationalId", NationalId.mask(heir.nationalId()));
        Contact contact = Contact.of(heir);
        task.setVariableLocal("heirContact", contact == null ? "無登記聯絡方式 no registered contact"
                : contact.channel() + " " + Recipients.mask(contact.address()));
        task.setVariableLocal("missingSteps", missing(heir));
    }

    static String missing(OnboardingHeir heir) {
        if (!heir.verified()) {
            return "身分驗證、同意及指定代理人 identity verification, consent and proxy authorisation";
        }
        if (heir.status() != OnboardingStatus.AUTHORISED) {
            return "同意及指定代理人 consent and proxy authorisation (identity verified by " + heir.assurance() + ")";
        }
        return "無 nothing";
    }
}

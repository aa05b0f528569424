package tw.ourdata.estate.signatures;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.heirs.OnboardingHeir;
import tw.ourdata.estate.heirs.OnboardingRepository;

/**
 * {@code ${describeUnsignedAgreement}} on the task {@code heirHasNotSigned}: what the officer's form shows, as
 * task-local variables, so nothing personal stays in the process once the task is done.
 */
@Component("describeUnsignedAgreement")
class DescribeUnsignedAgreement implements TaskListener {

    private final OnboardingRepository heirs;
    private final CaseRepository cases;
    private final DocumentStore store;
    private final DocumentSigners signers;

    DescribeUnsignedAgreement(OnboardingRepository heirs, CaseRepository cases, DocumentStore store,
            DocumentSigners signers) {
        this.heirs = heirs;
        this.cases = cases;
        this.store = store;
        this.signers = signers;
    }

    @Override
    public void notify(DelegateTask task) {
        OnboardingHeir heir = heirs.find(UUID.fromString((String) task.getVariable("heirId"))).orElseThrow();
        UUID agreementId = UUID.fromString((String) task.getVariable("agreementId"));
        cases.find(heir.caseId()).ifPresent(c -> {
            task.setVariableLocal("registrationNumber", c.registrationNumber());
            task.setVariableLocal("decedentName", c.decedentName());
        });
        task.setVariableLocal("heirName", heir.actsThroughGuardian()
                ? heir.guardianName() + "（" + heir.name() + " 之法定代理人 guardian）" : heir.name());
        store.find(agreementId).ifPresent(d -> task.setVariableLocal("agreementVersion", String.valueOf(d.version())));
        List<DocumentSigners.Signer> all = signers.of(agreementId);
        task.setVariableLocal("signedSoFar", all.stream().filter(DocumentSigners.Signer::signed).count() + " / "
                + all.size());
    }
}

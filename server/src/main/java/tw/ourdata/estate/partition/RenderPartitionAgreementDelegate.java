package tw.ourdata.estate.partition;

import java.util.ArrayList;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.signatures.PartitionAgreements;

/** BPMN service task {@code renderPartitionAgreement}: the agreement from the submitted plan, and who signs it. */
@Component("renderPartitionAgreement")
class RenderPartitionAgreementDelegate implements JavaDelegate {

    private final PartitionPlans plans;
    private final PartitionAgreements agreements;

    RenderPartitionAgreementDelegate(PartitionPlans plans, PartitionAgreements agreements) {
        this.plans = plans;
        this.agreements = agreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        StoredDocument agreement = agreements.draft(caseId, plans.submitted(caseId));
        execution.setVariable("agreementId", agreement.id().toString());
        // A serialisable list: the multi-instance collection of collectSignatures.
        ArrayList<String> signers = new ArrayList<>();
        agreements.parties(caseId).forEach(p -> signers.add(p.heir().id().toString()));
        execution.setVariable("signerHeirIds", signers);
    }
}

package tw.ourdata.estate.signatures;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.Invitations;

/**
 * What the heirs are told while the agreement waits for their signatures: the request, and the reminder a week
 * later (both with a fresh sign-in link, and never to an heir who has signed already). The durations are settings
 * ({@code ourdata.signing.reminder-after}, {@code ourdata.signing.escalate-after}) copied into each heir's
 * signature process, so a changed setting applies to agreements drafted after it.
 */
@Service
class SignatureRequests {

    private final Invitations invitations;
    private final DocumentSigners signers;
    private final DocumentStore store;
    private final Duration reminderAfter;
    private final Duration escalateAfter;

    SignatureRequests(Invitations invitations, DocumentSigners signers, DocumentStore store,
            @Value("${ourdata.signing.reminder-after:P7D}") Duration reminderAfter,
            @Value("${ourdata.signing.escalate-after:P21D}") Duration escalateAfter) {
        this.invitations = invitations;
        this.signers = signers;
        this.store = store;
        this.reminderAfter = reminderAfter;
        this.escalateAfter = escalateAfter;
    }

    @Transactional
    void request(DelegateExecution execution) {
        execution.setVariable("signatureReminder", reminderAfter.toString());
        execution.setVariable("signatureEscalation", escalateAfter.toString());
        send(execution, false);
    }

    @Transactional
    void remind(DelegateExecution execution) {
        send(execution, true);
    }

    private void send(DelegateExecution execution, boolean reminder) {
        UUID agreementId = UUID.fromString((String) execution.getVariable("agreementId"));
        UUID heirId = UUID.fromString((String) execution.getVariable("heirId"));
        if (signers.of(agreementId).stream().anyMatch(s -> s.heirId().equals(heirId) && s.signed())) {
            return;
        }
        StoredDocument agreement = store.find(agreementId).orElseThrow();
        String prefix = reminder ? "【提醒】" : "";
        invitations.sendWithLink(heirId, reminder ? "SIGNATURE_REMINDED" : "SIGNATURE_REQUESTED",
                prefix + "請簽署遺產分割協議書（第 " + agreement.version() + " 版） "
                        + (reminder ? "Reminder: " : "") + "Please sign the partition agreement (version "
                        + agreement.version() + ")",
                "代理人已提出遺產分割方案，協議書（第 " + agreement.version() + " 版）待您簽署。請開啟以下連結，閱讀協議書內容後簽署；"
                        + "如不同意，亦可附理由拒絕簽署，方案將退回代理人修改。",
                "The proxy has submitted the partition plan and the agreement (version " + agreement.version()
                        + ") waits for your signature. Open the link above, read the agreement, and sign it; if you"
                        + " do not agree, you can refuse with a reason and the plan goes back to the proxy.");
    }
}

package tw.ourdata.estate.tax;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.heirs.HeirMessages;

/**
 * BPMN service task {@code remindTaxPayment}, two weeks before the payment deadline: tells every active heir
 * how much tax is due by when. The proxy hears it too when the proxy is an heir; an outside agent has no
 * contact registered with the platform, so the heirs who named them pass it on.
 */
@Component("remindTaxPayment")
class RemindTaxPaymentDelegate implements JavaDelegate {

    private final TaxPayments payments;
    private final TaxAssessments assessments;
    private final HeirMessages messages;
    private final AuditTrail audit;

    RemindTaxPaymentDelegate(TaxPayments payments, TaxAssessments assessments, HeirMessages messages, AuditTrail audit) {
        this.payments = payments;
        this.assessments = assessments;
        this.messages = messages;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
        if (payments.find(caseId).isPresent()) {
            // Paid while the timer was firing: a reminder now would only worry the heirs.
            return;
        }
        long due = assessments.approved(caseId).orElseThrow().result().taxPayable();
        String deadline = (String) execution.getVariable(TaxPayments.DEADLINE_VARIABLE);
        String amount = NumberFormat.getIntegerInstance(Locale.TAIWAN).format(due);
        int sent = messages.toActiveHeirs(caseId, "遺產稅繳納期限提醒 Estate-tax payment deadline",
                "本案核定應納遺產稅 新臺幣 " + amount + " 元，應於 " + deadline + " 前繳納（遺產及贈與稅法第30條）。"
                        + "繳清後本平台將核發遺產稅繳清證明書，始得辦理遺產移轉。如已委託代理人辦理，請與代理人確認。\n"
                        + "The estate tax of this case, NT$" + amount + ", is due by " + deadline
                        + " (Estate and Gift Tax Act Art. 30). Once it is paid the platform issues the tax clearance "
                        + "certificate, which the transfers need. If your proxy handles it, please check with them.");
        audit.record(caseId, AuditTrail.Actor.SYSTEM, "TAX_PAYMENT_REMINDED", List.of(),
                "NT$" + due + " due by " + deadline + "; reminder sent to " + sent + " heir(s)");
    }
}

package tw.ourdata.estate.tax;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN service task {@code remindTaxPayment}, two weeks before the payment deadline: {@link TaxPayments#remind}. */
@Component("remindTaxPayment")
class RemindTaxPaymentDelegate implements JavaDelegate {

    private final TaxPayments payments;

    RemindTaxPaymentDelegate(TaxPayments payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.remind(UUID.fromString((String) execution.getVariable("caseId")),
                (String) execution.getVariable(TaxPayments.DEADLINE_VARIABLE));
    }
}

package tw.ourdata.estate.tax;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.heirs.HeirMessages;
import tw.ourdata.estate.security.ApiClient;

/**
 * The estate-tax payment (lifecycle step 5): the treasury confirms that the tax of an approved
 * assessment was paid; the payment is stored, recorded in the audit trail and the case's process
 * is told ({@code TaxPaymentConfirmed}) in one transaction, so a payment is either stored and acted
 * on, or neither.
 *
 * <p>The tax is paid once, in full (Art. 30): the amount must be the approved tax payable. The same
 * confirmation twice changes nothing; a different second one is a conflict, since a refund or a
 * correction is for the tax office to handle, not a silent overwrite. A confirmation that arrives
 * before the process waits for it (the notice still being issued) is refused with 409 and nothing
 * stored: the treasury retries, and the process never needs to ask "was it paid already?".
 */
@Service
public class TaxPayments {

    public static final String MESSAGE = "TaxPaymentConfirmed";
    /** Process variable set by issueAssessmentDocument: the payment deadline, ISO date. */
    static final String DEADLINE_VARIABLE = "taxPaymentDeadline";

    private static final Logger log = LoggerFactory.getLogger(TaxPayments.class);
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    /** The treasury's clock and ours may disagree a little; a payment further in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TaxAssessments assessments;
    private final AuditTrail audit;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Clock clock;
    private final CaseRepository cases;
    private final HeirMessages messages;

    TaxPayments(JdbcClient jdbc, TaxAssessments assessments, AuditTrail audit, RuntimeService runtime,
                HistoryService history, Clock clock, CaseRepository cases, HeirMessages messages) {
        this.cases = cases;
        this.messages = messages;
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.audit = audit;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** @param recorded false when this very payment had been stored before and nothing changed */
    public record Receipt(TaxPayment payment, boolean recorded) {
    }

    /**
     * Where a case's tax payment stands, for the case view: {@code DUE} until paid, then {@code PAID}.
     *
     * @param deadline the payment deadline (two months from the notice); null if the process no longer knows it
     */
    public record State(String status, long amount, LocalDate deadline, OffsetDateTime paidAt, String reference) {
    }

    @Transactional
    public Receipt receive(String caseIdText, TaxPaymentRequest request, ApiClient treasury) {
        UUID caseId = parse(caseIdText);
        CaseRepository.EstateCase theCase = cases.find(caseId)
                .orElseThrow(() -> ApiException.notFound("No case " + caseIdText + "."));
        List<FieldProblem> problems = validate(request);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        TaxAssessment approved = assessments.approved(caseId).orElseThrow(() -> ApiException.conflict(
                "The tax assessment of case " + caseId + " is not approved yet: there is no tax to pay."));
        long due = approved.result().taxPayable();
        if (due == 0) {
            throw ApiException.conflict("The approved estate tax of case " + caseId
                    + " is NT$0 (an exemption certificate was issued): there is no tax to pay.");
        }
        String reference = request.paymentReference().strip();
        // What PostgreSQL keeps, so that a repeat compares equal to the stored payment.
        OffsetDateTime paidAt = request.paidAt().truncatedTo(ChronoUnit.MICROS);
        // One payment per case: two confirmations at once wait for each other here.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:k, 0))").param("k", "tax-payment:" + caseId)
                .query().singleRow();
        Optional<TaxPayment> existing = find(caseId);
        if (existing.isPresent()) {
            TaxPayment paid = existing.get();
            if (paid.sameAs(reference, request.amount(), paidAt)) {
                return new Receipt(paid, false);
            }
            throw ApiException.conflict("The tax of case " + caseId + " is already paid (reference "
                    + paid.paymentReference() + ", NT$" + paid.amount() + ", paid at " + paid.paidAt()
                    + "). A different second payment is not accepted; a refund or correction goes to the tax office.");
        }
        if (request.amount() != due) {
            throw ApiException.invalid(List.of(new FieldProblem("amount",
                    "must be the tax payable of the approved assessment, NT$" + due + "; the tax is paid once, in full")));
        }
        if (theCase.processInstanceId() == null || runtime.createEventSubscriptionQuery()
                .processInstanceId(theCase.processInstanceId()).eventType("message").eventName(MESSAGE).count() == 0) {
            throw ApiException.conflict("Case " + caseId + " is not awaiting the tax payment yet (the assessment notice "
                    + "is still being issued); nothing was stored. Please try again shortly.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into tax_payment (case_id, payment_reference, amount, paid_at, received_from, received_at)
                        values (:c, :ref, :amount, :paidAt, :from, :now)
                        """)
                .param("c", caseId).param("ref", reference).param("amount", request.amount())
                .param("paidAt", Timestamp.from(paidAt.toInstant())).param("from", treasury.id())
                .param("now", Timestamp.from(now.toInstant()))
                .update();
        audit.record(caseId, new AuditTrail.Actor(treasury.kind().name(), treasury.id().toString()), "TAX_PAYMENT_RECEIVED",
                List.of(), "NT$" + request.amount() + " paid at " + paidAt + ", reference " + reference);
        runtime.createMessageCorrelation(MESSAGE).processInstanceId(theCase.processInstanceId()).correlateWithResult();
        log.info("Estate tax of case {} paid: NT${}, reference {}", caseId, request.amount(), reference);
        return new Receipt(find(caseId).orElseThrow(), true);
    }

    public Optional<TaxPayment> find(UUID caseId) {
        return jdbc.sql("select * from tax_payment where case_id = :c").param("c", caseId)
                .query(TaxPayments::row).optional();
    }

    /** The case's payment, locked until the transaction ends: who issues its certificate does it alone. */
    Optional<TaxPayment> lock(UUID caseId) {
        return jdbc.sql("select * from tax_payment where case_id = :c for update").param("c", caseId)
                .query(TaxPayments::row).optional();
    }

    void clearanceIssued(UUID caseId, UUID documentId) {
        jdbc.sql("update tax_payment set clearance_document_id = :d where case_id = :c and clearance_document_id is null")
                .param("d", documentId).param("c", caseId).update();
    }

    /**
     * Two weeks before the payment deadline ({@code remindTaxPayment}): tells every active heir how much tax is due by
     * when. The proxy hears it too when the proxy is an heir; an outside agent has no contact registered with the
     * platform, so the heirs who named them pass it on. Nothing is sent once the tax is paid (paid while the timer
     * was firing: a reminder now would only worry the heirs).
     */
    @Transactional
    public void remind(UUID caseId, String deadline) {
        if (find(caseId).isPresent()) {
            return;
        }
        long due = assessments.approved(caseId).orElseThrow().result().taxPayable();
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

    /** Empty when no tax is payable (not approved yet, or approved at NT$0). */
    public Optional<State> state(UUID caseId) {
        Optional<TaxAssessment> approved = assessments.approved(caseId).filter(a -> a.result().taxPayable() > 0);
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        Optional<TaxPayment> paid = find(caseId);
        if (paid.isPresent()) {
            TaxPayment p = paid.get();
            return Optional.of(new State("PAID", p.amount(), deadline(caseId), p.paidAt(), p.paymentReference()));
        }
        return Optional.of(new State("DUE", approved.get().result().taxPayable(), deadline(caseId), null, null));
    }

    /** As issueAssessmentDocument set it when it issued the notice; from the history, so also after the process ended. */
    LocalDate deadline(UUID caseId) {
        String process = cases.find(caseId).map(CaseRepository.EstateCase::processInstanceId).orElse(null);
        if (process == null) {
            return null;
        }
        List<HistoricVariableInstance> values = history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName(DEADLINE_VARIABLE).list();
        return values.isEmpty() || values.get(0).getValue() == null ? null
                : LocalDate.parse(values.get(0).getValue().toString());
    }

    private List<FieldProblem> validate(TaxPaymentRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldProblem("", "a body with paymentReference, amount and paidAt is required"));
        }
        if (request.paymentReference() == null || request.paymentReference().isBlank()) {
            problems.add(new FieldProblem("paymentReference", "is required"));
        } else if (!REFERENCE.matcher(request.paymentReference().strip()).matches()) {
            problems.add(new FieldProblem("paymentReference", "must be 1-64 characters of A-Z a-z 0-9 . _ : / -"));
        }
        if (request.amount() == null) {
            problems.add(new FieldProblem("amount", "is required"));
        } else if (request.amount() <= 0) {
            problems.add(new FieldProblem("amount", "must be a positive whole number of NT$"));
        }
        if (request.paidAt() == null) {
            problems.add(new FieldProblem("paidAt", "is required"));
        } else if (request.paidAt().toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("paidAt", "must not be in the future"));
        }
        return problems;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No case " + id + ".");
        }
    }

    private static TaxPayment row(ResultSet rs, int n) throws SQLException {
        return new TaxPayment(rs.getObject("case_id", UUID.class), rs.getString("payment_reference"), rs.getLong("amount"),
                rs.getObject("paid_at", OffsetDateTime.class), rs.getObject("received_from", UUID.class),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("clearance_document_id", UUID.class));
    }
}

package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.support.Timers;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * Step 5 after the approval, in the real estate-settlement process: with tax to pay the case waits for the
 * treasury's confirmation on {@code POST /api/v1/cases/{caseId}/tax-payment}, reminds the heirs before the
 * deadline, and issues the sealed tax clearance certificate once paid; with no tax it does not wait at all.
 */
@IntegrationTest
class TaxPaymentProcessTest {

    static final String TREASURY = bearer("dev-treasury");
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    TaxAssessments assessments;
    @Autowired
    DocumentStore documents;
    @Autowired
    AuditTrail audit;

    @Test
    void theTreasuryPaysOnceAndTheCaseGetsItsClearanceCertificate() {
        Http http = new Http(port);
        LocalDate before = LocalDate.now(TAIPEI);
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
        UUID caseId = family.caseId;
        String process = processOf(caseId);
        // Whatever the simulated institutions reported, a large land value makes the tax payable.
        long land = awaitReview(process, caseId).facts().assets().get(0).value() + 200_000_000L;
        approve(http, process, "assets[0].value", land);
        awaitWaitingForPayment(process);
        LocalDate after = LocalDate.now(TAIPEI);
        long due = assessments.approved(caseId).orElseThrow().result().taxPayable();
        assertThat(due).isPositive();
        String path = "/api/v1/cases/" + caseId + "/tax-payment";

        JsonNode owed = http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json().get("taxPayment");
        assertThat(owed.get("status").asText()).isEqualTo("DUE");
        assertThat(owed.get("amount").asLong()).isEqualTo(due);
        assertThat(LocalDate.parse(owed.get("deadline").asText())).isIn(before.plusMonths(2), after.plusMonths(2));
        assertThat(owed.has("paidAt")).isFalse();

        // Two weeks before the deadline every active heir (the proxy, an heir, among them) hears what is due by when.
        fireReminder(process);
        List<String> reminded = jdbc.sql("select recipient from notification_outbox where case_id = :c and subject like '%繳納期限%'")
                .param("c", caseId).query(String.class).list();
        List<String> activeHeirs = jdbc.sql("""
                        select contact_email from heir where case_id = :c and date_of_death is null
                        and onboarding_status <> 'RENOUNCED'""")
                .param("c", caseId).query(String.class).list();
        assertThat(activeHeirs).hasSize(4);
        assertThat(reminded).containsExactlyInAnyOrderElementsOf(activeHeirs);
        String reminder = jdbc.sql("select body from notification_outbox where case_id = :c and subject like '%繳納期限%' limit 1")
                .param("c", caseId).query(String.class).single();
        assertThat(reminder).contains(String.format(java.util.Locale.ROOT, "%,d", due)).contains(owed.get("deadline").asText()).contains("第30條");
        assertThat(audit.events(caseId)).anyMatch(e -> e.action().equals("TAX_PAYMENT_REMINDED"));
        assertThat(awaitsPayment(process)).as("the reminder does not end the wait").isTrue();

        String paidAt = OffsetDateTime.now(TAIPEI).minusMinutes(5).withNano(0).toString();
        String payment = body("TRX-" + caseId.toString().substring(0, 8), due, paidAt);

        // Only the treasury: not the registration office, an institution or an officer; nobody unauthenticated.
        assertThat(http.postJson(path, bearer("dev-registration-office"), payment).status()).isEqualTo(403);
        assertThat(http.postJson(path, bearer("dev-LAND"), payment).status()).isEqualTo(403);
        assertThat(http.postJson(path, basic("officer", "officer"), payment).status()).isEqualTo(403);
        assertThat(http.postJson(path, null, payment).status()).isEqualTo(401);
        // An heir's portal session is no credential on the machine APIs at all.
        assertThat(family.heirs.get(0).portal().post(path, payment).status()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/cases/" + UUID.randomUUID() + "/tax-payment", TREASURY, payment).status())
                .isEqualTo(404);

        // The wrong amount, or fields missing: 422 naming the fields, and nothing stored.
        Http.Response wrongAmount = http.postJson(path, TREASURY, body("TRX-1", due - 1, paidAt));
        assertThat(wrongAmount.status()).as(wrongAmount.body()).isEqualTo(422);
        assertThat(wrongAmount.json().get("errors").findValuesAsText("field")).containsExactly("amount");
        assertThat(wrongAmount.json().get("errors").get(0).get("message").asText()).contains(Long.toString(due));
        Http.Response empty = http.postJson(path, TREASURY, "{\"paidAt\": \"" + OffsetDateTime.now(TAIPEI).plusDays(1) + "\"}");
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("paymentReference", "amount", "paidAt");
        Http.Response badDate = http.postJson(path, TREASURY, body("TRX-1", due, "yesterday"));
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.json().get("errors").findValuesAsText("field")).containsExactly("paidAt");
        assertThat(jdbc.sql("select count(*) from tax_payment where case_id = :c").param("c", caseId).query(Long.class).single())
                .isZero();
        assertThat(awaitsPayment(process)).isTrue();

        Http.Response paid = http.postJson(path, TREASURY, payment);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.header("Location")).isEqualTo(path);
        assertThat(paid.json().get("amount").asLong()).isEqualTo(due);
        assertThat(paid.json().get("paymentReference").asText()).isEqualTo("TRX-" + caseId.toString().substring(0, 8));
        assertThat(OffsetDateTime.parse(paid.json().get("paidAt").asText()).toInstant()).isEqualTo(OffsetDateTime.parse(paidAt).toInstant());
        assertThat(awaitsPayment(process)).as("the process moved on in the same transaction").isFalse();
        assertThat(audit.events(caseId)).anyMatch(e -> e.action().equals("TAX_PAYMENT_RECEIVED") && e.actorKind().equals("TREASURY"));

        // The same confirmation again: the stored payment, nothing new; a different one: a conflict.
        Http.Response repeat = http.postJson(path, TREASURY, payment);
        assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
        assertThat(repeat.json().get("receivedAt").asText()).isEqualTo(paid.json().get("receivedAt").asText());
        Http.Response other = http.postJson(path, TREASURY, body("TRX-OTHER", due, paidAt));
        assertThat(other.status()).as(other.body()).isEqualTo(409);

        StoredDocument certificate = awaitClearance(caseId, process);
        assertThat(runtime.getVariable(process, "taxClearanceDocumentId")).isEqualTo(certificate.id().toString());
        byte[] pdf = documents.latest(certificate.id()).orElseThrow().bytes();
        assertThat(text(pdf)).contains("繳清證明書").contains("TRX-" + caseId.toString().substring(0, 8));
        Http.Response verified = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/documents/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verdict").asText()).isEqualTo("VALID");
        assertThat(verified.json().get("signatures").get(0).get("fieldName").asText()).isEqualTo("platform-seal");

        // Once more after the certificate: still 200 and still one certificate.
        assertThat(http.postJson(path, TREASURY, payment).status()).isEqualTo(200);
        assertThat(documents.ofCase(caseId).stream().filter(d -> d.type() == DocumentType.TAX_CLEARANCE)).hasSize(1);
        assertThat(http.get(path, TREASURY).json().get("clearanceDocumentId").asText()).isEqualTo(certificate.id().toString());

        JsonNode settled = http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json();
        assertThat(settled.get("taxPayment").get("status").asText()).isEqualTo("PAID");
        assertThat(settled.get("taxPayment").get("reference").asText()).isEqualTo("TRX-" + caseId.toString().substring(0, 8));
        assertThat(settled.get("taxPayment").get("paidAt").asText()).isNotBlank();
        assertThat(settled.get("currentActivities").findValuesAsText("id")).doesNotContain("awaitTaxPayment");
        assertThat(http.get("/api/v1/cases/" + caseId, bearer("dev-registration-office")).json().has("taxPayment"))
                .as("tax data is for officers").isFalse();
    }

    @Test
    void withNoTaxTheCaseDoesNotWaitForAPayment() {
        Http http = new Http(port);
        UUID caseId = OnboardedFamily.postAndOnboard(port, jdbc, runtime, 1);
        String process = processOf(caseId);
        awaitReview(process, caseId);
        // Debts above the whole estate: nothing taxable.
        approve(http, process, "debts", 1_000_000_000_000L);
        await().atMost(Duration.ofSeconds(90)).until(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(process).activityId("taxSettled").finished().count() == 1);

        assertThat(assessments.approved(caseId).orElseThrow().result().taxPayable()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId("awaitTaxPayment").count())
                .isZero();
        assertThat(awaitsPayment(process)).isFalse();
        assertThat(documents.ofCase(caseId)).extracting(StoredDocument::type).containsExactly(DocumentType.EXEMPTION_CERTIFICATE);
        JsonNode view = http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json();
        assertThat(view.has("taxPayment")).isFalse();
        assertThat(view.get("currentActivities").findValuesAsText("id")).doesNotContain("awaitTaxPayment");

        Http.Response refused = http.postJson("/api/v1/cases/" + caseId + "/tax-payment", TREASURY,
                body("TRX-ZERO", 1, OffsetDateTime.now(TAIPEI).minusMinutes(1).toString()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("NT$0");
    }

    @Test
    void theOpenApiDescriptionExplainsThePayment() {
        JsonNode docs = new Http(port).get("/v3/api-docs", null).json();
        JsonNode post = docs.get("paths").get("/api/v1/cases/{caseId}/tax-payment").get("post");
        assertThat(post.get("responses").fieldNames()).toIterable().contains("200", "201", "403", "404", "409", "422");
        JsonNode fields = docs.get("components").get("schemas").get("TaxPaymentRequest").get("properties");
        assertThat(fields.fieldNames()).toIterable().containsExactlyInAnyOrder("paymentReference", "amount", "paidAt");
        assertThat(fields.get("amount").get("description").asText()).contains("tax payable");
    }

    static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
            }
            return all.toString().replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String body(String reference, long amount, String paidAt) {
        return "{\"paymentReference\": \"%s\", \"amount\": %d, \"paidAt\": \"%s\"}".formatted(reference, amount, paidAt);
    }

    String processOf(UUID caseId) {
        return jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId).query(String.class).single();
    }

    TaxAssessment awaitReview(String process, UUID caseId) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1
                        && assessments.latest(caseId).isPresent());
        return assessments.latest(caseId).orElseThrow();
    }

    /** The officer adjusts one figure with a reason and approves, as in Tasklist. */
    void approve(Http http, String process, String field, long value) {
        Task task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").singleResult();
        Http.Response done = http.postJson("/engine-rest/task/" + task.getId() + "/complete", basic("officer", "officer"), """
                {"variables": {
                  "adjustField": {"value": "%s", "type": "String"},
                  "adjustValue": {"value": %d, "type": "Long"},
                  "adjustReason": {"value": "test figure", "type": "String"},
                  "approved": {"value": true, "type": "Boolean"}}}""".formatted(field, value));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    boolean awaitsPayment(String process) {
        return runtime.createEventSubscriptionQuery().processInstanceId(process).eventType("message")
                .eventName(TaxPayments.MESSAGE).count() == 1;
    }

    void awaitWaitingForPayment(String process) {
        await().atMost(Duration.ofSeconds(90)).until(() -> awaitsPayment(process));
    }

    /** The reminder timer as if its date had come: due now, run at once (the engine's clock stays as it is). */
    void fireReminder(String process) {
        List<Job> timers = management.createJobQuery().processInstanceId(process).timers().activityId("taxPaymentReminderDue")
                .list();
        assertThat(timers).hasSize(1);
        Timers.fireNow(management, timers.get(0).getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(process).activityId("remindTaxPayment").finished().count() == 1);
    }

    StoredDocument awaitClearance(UUID caseId, String process) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(documents.ofCase(caseId).stream()
                .anyMatch(d -> d.type() == DocumentType.TAX_CLEARANCE && d.status() == DocumentStatus.ISSUED))
                .as(() -> "jobs: " + management.createJobQuery().processInstanceId(process).list().stream()
                        .map(j -> j.getId() + " retries=" + j.getRetries() + " ex=" + j.getExceptionMessage()).toList())
                .isTrue());
        await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(process).activityId("issueTaxClearance").finished().count() == 1);
        return documents.ofCase(caseId).stream().filter(d -> d.type() == DocumentType.TAX_CLEARANCE).findFirst().orElseThrow();
    }
}

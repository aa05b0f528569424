package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.signing.verify.SignatureVerifier;
import tw.ourdata.estate.signing.verify.Verdict;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The review step in the real estate-settlement process: once the simulator's answers are in and
 * every heir is onboarded, the tax is computed and a tax officer reviews it in Tasklist (here:
 * through the engine's REST API, as Tasklist does).
 */
@IntegrationTest
class TaxReviewProcessTest {

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
    TaxAssessments assessments;
    @Autowired
    DocumentStore documents;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    SignatureVerifier verifier;

    private Task awaitReviewTask(UUID caseId, int version) {
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1
                        && assessments.latest(caseId).map(a -> a.version() == version).orElse(false));
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").singleResult();
    }

    private Http.Response complete(Http http, Task task, String variables) {
        return http.postJson("/engine-rest/task/" + task.getId() + "/complete", basic("officer", "officer"),
                "{\"variables\": {" + variables + "}}");
    }

    @Test
    void theOfficerSendsBackAdjustsAndApprovesThroughTheEngineRestApi() {
        Http http = new Http(port);
        UUID caseId = OnboardedFamily.postAndOnboard(port, jdbc, runtime, 1);

        Task first = awaitReviewTask(caseId, 1);
        assertThat(tasks.createTaskQuery().taskId(first.getId()).taskCandidateGroup("tax-officers").count()).isEqualTo(1);
        String summary = (String) tasks.getVariableLocal(first.getId(), "assessmentSummary");
        assertThat(summary).contains("Gross estate").contains("Tax payable").contains("assets[0]").contains("第");
        TaxAssessment computed = assessments.latest(caseId).orElseThrow();
        assertThat(computed.facts().heirs()).hasSize(5);
        assertThat(computed.facts().assets()).isNotEmpty();

        // Sent back: computed again from the case (a new version), and a new review.
        assertThat(complete(http, first, "\"approved\": {\"value\": false, \"type\": \"Boolean\"}").status()).isEqualTo(204);
        Task second = awaitReviewTask(caseId, 2);

        // Adjusted with a reason, and approved in the same step.
        long newValue = computed.facts().assets().get(0).value() + 1_000_000;
        Http.Response approved = complete(http, second, """
                "adjustField": {"value": "assets[0].value", "type": "String"},
                "adjustValue": {"value": %d, "type": "Long"},
                "adjustReason": {"value": "公告土地現值 corrected", "type": "String"},
                "approved": {"value": true, "type": "Boolean"}""".formatted(newValue));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);

        TaxAssessment final_ = assessments.approved(caseId).orElseThrow();
        assertThat(final_.version()).isEqualTo(3);
        assertThat(final_.approvedBy()).isEqualTo("officer");
        assertThat(final_.facts().assets().get(0).value()).isEqualTo(newValue);
        assertThat(final_.adjustmentReason()).contains("公告土地現值 corrected");

        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(process).activityId("assessmentApproved").finished().count() == 1);

        // Tax > 0: the assessment notice; tax = 0: the exemption certificate; rendered from the approved
        // version and sealed by the platform.
        DocumentType expected = final_.result().taxPayable() > 0 ? DocumentType.TAX_ASSESSMENT : DocumentType.EXEMPTION_CERTIFICATE;
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(documents.ofCase(caseId).stream()
                .anyMatch(d -> d.type() == expected && d.status() == DocumentStatus.ISSUED))
                .as(() -> "jobs: " + management.createJobQuery().processInstanceId(process).list().stream()
                        .map(j -> j.getId() + " retries=" + j.getRetries() + " due=" + j.getDuedate() + " ex=" + j.getExceptionMessage())
                        .toList() + " documents: " + documents.ofCase(caseId))
                .isTrue());
        assertThat(documents.ofCase(caseId)).as("one document for the approved assessment").hasSize(1);
        StoredDocument issued = documents.ofCase(caseId).get(0);
        byte[] pdf = documents.latest(issued.id()).orElseThrow().bytes();
        assertThat(verifier.verify(pdf).verdict()).isEqualTo(Verdict.VALID);

        JsonNode view = http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json();
        assertThat(view.get("taxAssessment").get("status").asText()).isEqualTo("APPROVED");
        assertThat(view.get("taxAssessment").get("version").asInt()).isEqualTo(3);
        assertThat(view.get("taxAssessment").get("result").get("taxPayable").asLong()).isEqualTo(final_.result().taxPayable());
        assertThat(view.get("taxAssessment").get("result").get("deductions").get(0).get("basis").asText()).isNotBlank();
        assertThat(view.get("currentActivities").findValuesAsText("id")).contains("awaitPartitionPlan");
        assertThat(http.get("/api/v1/cases/" + caseId, Http.bearer("dev-registration-office")).json().has("taxAssessment"))
                .as("tax data is for officers").isFalse();
    }
}

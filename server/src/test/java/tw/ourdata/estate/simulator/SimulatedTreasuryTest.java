package tw.ourdata.estate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The simulated treasury takes an approved case with tax to pay past the payment on its own, over the
 * public payment API with the demo key: the case gets its clearance certificate without anybody paying by hand.
 */
@IntegrationTest
class SimulatedTreasuryTest {

    @LocalServerPort
    int port;
    @Autowired
    SimulatedTreasury treasury;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    DocumentStore documents;

    @AfterEach
    void switchOff() {
        treasury.disable();
    }

    @Test
    void anIssuedNoticeIsPaidInFullAndTheClearanceCertificateFollows() {
        assertThat(treasury.enabled()).as("off in the tests unless a test switches it on").isFalse();
        treasury.enable();
        Http http = new Http(port);
        UUID caseId = OnboardedFamily.postAndOnboard(port, jdbc, runtime, 1);
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1);
        Task review = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").singleResult();
        // A large land value, whatever the simulated land registry reported: tax to pay.
        Http.Response approved = http.postJson("/engine-rest/task/" + review.getId() + "/complete", basic("officer", "officer"), """
                {"variables": {
                  "adjustField": {"value": "assets[0].value", "type": "String"},
                  "adjustValue": {"value": 900000000, "type": "Long"},
                  "adjustReason": {"value": "test figure", "type": "String"},
                  "approved": {"value": true, "type": "Boolean"}}}""");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(documents.ofCase(caseId)).anyMatch(d -> d.type() == DocumentType.TAX_CLEARANCE
                        && d.status() == DocumentStatus.ISSUED));
        JsonNode payment = http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json().get("taxPayment");
        assertThat(payment.get("status").asText()).isEqualTo("PAID");
        assertThat(payment.get("reference").asText()).isEqualTo("SIM-" + caseId);
        long due = jdbc.sql("select tax_payable from tax_assessment where case_id = :c and status = 'APPROVED'")
                .param("c", caseId).query(Long.class).single();
        assertThat(payment.get("amount").asLong()).isEqualTo(due).isPositive();
        assertThat(jdbc.sql("select k.kind from tax_payment p join api_client k on k.id = p.received_from where p.case_id = :c")
                .param("c", caseId).query(String.class).single()).isEqualTo("TREASURY");
    }
}

package tw.ourdata.estate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Officer;
import tw.ourdata.estate.support.TestIds;

/**
 * The bundled simulators take a posted notice from the death registration to the closed case, with only the tax
 * officer's hand on it: institutions answer over the callback API; simulated heirs verify with demo certificates,
 * consent and name the first adult heir as proxy over the portal API; the officer approves the assessment through
 * the engine's REST API (as Tasklist does); the treasury pays any tax; the proxy submits the statutory plan; every
 * heir signs the agreement with a platform-certified key; the institutions confirm the transfers; the case closes.
 * The final agreement passes the verification API and poppler's {@code pdfsig}.
 */
@IntegrationTest
class SimulatedCaseEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    SimulatedHeirs simulatedHeirs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AuditTrail audit;

    @Autowired
    SimulatedTreasury simulatedTreasury;

    @AfterEach
    void switchOff() {
        simulatedHeirs.disable();
        simulatedTreasury.disable();
    }

    /**
     * A decedent whose simulated estate is surely taxable (gross well above the exemption and the deductions of a
     * spouse and two children), so that the case goes through the payment and the clearance certificate too.
     */
    private String taxableDecedent() {
        List<String> institutions = jdbc.sql("select code from institution").query(String.class).list();
        for (int attempt = 0; attempt < 5000; attempt++) {
            String nationalId = TestIds.citizen(1);
            long gross = 0;
            for (String code : institutions) {
                SimulatedEstate.Answer answer = SimulatedEstate.answer(code, nationalId);
                for (SimulatedEstate.Asset a : answer.assets()) {
                    gross += tw.ourdata.estate.common.Fraction.parse(a.share()).ofAmountRoundedDown(a.value());
                }
                for (SimulatedEstate.Liability l : answer.liabilities()) {
                    gross -= l.amount();
                }
            }
            if (gross > 60_000_000L) {
                return nationalId;
            }
        }
        throw new AssertionError("no simulated estate above NT$60 million in 5000 national IDs");
    }

    @Test
    void aNoticeGoesFromTheDeathRegistrationToAClosedCaseWithOnlyTheOfficersApproval() throws Exception {
        simulatedHeirs.enable();
        simulatedTreasury.enable();
        Http http = new Http(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String notice = """
                { "registrationNumber": "%s", "registrationOffice": "臺北市大安區戶政事務所",
                  "decedent": { "nationalId": "%s", "name": "王大明", "birthDate": "1948-03-02", "dateOfDeath": "2025-03-01" },
                  "heirs": [
                    { "nationalId": "%s", "name": "林美麗", "birthDate": "1952-07-19", "relation": "SPOUSE",
                      "contact": { "email": "spouse-%s@example.tw" } },
                    { "nationalId": "%s", "name": "王小明", "birthDate": "1975-05-01", "relation": "CHILD",
                      "contact": { "email": "son-%s@example.tw" } },
                    { "nationalId": "%s", "name": "王小寶", "birthDate": "2012-05-01", "relation": "CHILD",
                      "guardian": { "nationalId": "%s", "name": "林美麗" }, "contact": { "email": "minor-%s@example.tw" } } ] }
                """.formatted(TestIds.registrationNumber(), taxableDecedent(), TestIds.citizen(2), tag, TestIds.citizen(1), tag,
                TestIds.citizen(1), TestIds.citizen(2), tag);
        Http.Response created = http.postJson("/api/v1/death-notices", bearer("dev-registration-office"), notice);
        assertThat(created.status()).isEqualTo(202);
        String location = created.header("Location");

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode c = http.get(location, basic("officer", "officer")).json();
            assertThat(c.get("heirs").findValuesAsText("onboardingStatus")).containsOnly("AUTHORISED").hasSize(3);
            assertThat(c.get("assetQueriesAnswered").asInt()).isEqualTo(c.get("assetQueriesTotal").asInt()).isEqualTo(9);
            assertThat(c.get("currentActivities").findValuesAsText("id")).contains("reviewTaxAssessment");
        });

        JsonNode c = http.get(location, basic("officer", "officer")).json();
        assertThat(c.get("heirs").findValuesAsText("assuranceLevel")).containsOnly("CERTIFICATE");
        assertThat(c.get("inventory").get("assets")).isNotEmpty();
        assertThat(c.get("taxAssessment").get("version").asInt()).isEqualTo(1);
        UUID caseId = UUID.fromString(c.get("id").asText());
        // The first adult heir of the succession table, the spouse, is everyone's proxy.
        UUID spouse = jdbc.sql("select id from heir where case_id = :c and position = 0").param("c", caseId).query(UUID.class).single();
        assertThat(jdbc.sql("select proxy_heir_id from case_proxy where case_id = :c").param("c", caseId).query(UUID.class).single())
                .isEqualTo(spouse);

        // The officer approves; the simulators do the rest, up to the closed case.
        new Officer(port, jdbc, tasks).approveTaxAssessment(caseId);
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode now = http.get(location, basic("officer", "officer")).json();
            assertThat(now.get("status").asText()).as(() -> now.path("currentActivities").toString() + " incidents: "
                    + runtime.createIncidentQuery().list().stream().map(i -> i.getActivityId() + ": "
                            + i.getIncidentMessage()).toList()).isEqualTo("CLOSED");
        });
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).finished().count()).isEqualTo(1);
        assertThat(jdbc.sql("select audit_seal from estate_case where id = :c").param("c", caseId).query(String.class)
                .single()).hasSize(64);
        assertThat(audit.verify(caseId)).isNull();

        JsonNode documents = http.get("/api/v1/cases/" + caseId + "/documents", basic("officer", "officer")).json();
        List<String> types = documents.findValuesAsText("type");
        assertThat(types).as("tax > 0: the notice, paid by the treasury, so cleared")
                .contains("TAX_ASSESSMENT", "TAX_CLEARANCE", "PARTITION_AGREEMENT");
        assertThat(http.get(location, basic("officer", "officer")).json().get("taxPayment").get("status").asText())
                .isEqualTo("PAID");
        JsonNode agreement = null;
        for (JsonNode d : documents) {
            if (d.get("type").asText().equals("PARTITION_AGREEMENT") && d.get("status").asText().equals("SIGNED")) {
                agreement = d;
            }
        }
        assertThat(agreement).as(documents.toString()).isNotNull();
        byte[] pdf = http.getBytes(agreement.get("downloadUrl").asText(), basic("officer", "officer"));

        // Three heir rows sign: the spouse, the son, and the spouse again as the minor's guardian.
        Http.Response verified = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/documents/verify")).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build());
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verdict").asText()).as(verified.body()).isEqualTo("VALID");
        assertThat(verified.json().get("signatures")).hasSize(3);
        assertThat(verified.json().get("documentTimestamps")).isNotEmpty();

        Path file = Files.createTempFile("partition-agreement", ".pdf");
        try {
            Files.write(file, pdf);
            Process pdfsig = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(pdfsig.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output.split("Signature Validation: Signature is Valid\\.", -1)).as(output).hasSize(4);
            assertThat(output).doesNotContain("Signature is Invalid").doesNotContain("Digest Mismatch");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

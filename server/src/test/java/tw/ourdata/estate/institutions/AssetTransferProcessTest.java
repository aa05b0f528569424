package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.audit.AuditChain;
import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.simulator.Behaviour;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The paths of {@code asset-transfer}, started directly for a case with reported assets and its
 * signed agreement and tax certificate: the institutions are silent simulators and the test
 * answers for them, except where the simulator itself carries the transfer out.
 */
@IntegrationTest
class AssetTransferProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    FormService forms;
    @Autowired
    SimulatorSettings simulator;
    @Autowired
    DocumentStore documents;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Discovery discovery;
    Transfers transfers;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        discovery = new Discovery(http, runtime, management);
        transfers = new Transfers(http, discovery, runtime, management, documents, jdbc);
        // The test answers (and confirms) for the institutions itself.
        Discovery.INSTITUTIONS.forEach(code -> simulator.setBehaviour(code, Behaviour.SILENT));
    }

    @AfterEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void theInstructionNamesTheSignedAgreementAndTheTaxCertificateAndTheConfirmationEndsTheTransfer() {
        Transfers.ReadyCase c = transfers.readyCase(true);
        ProcessInstance land = transfers.start(c, "LAND");
        JsonNode sent = transfers.awaitStatus(c, "LAND", "SENT");
        String transferId = sent.get("transferId").asText();
        assertThat(sent.get("institutionName").asText()).contains("地政").contains("Land registry");
        assertThat(sent.get("sentAt").isNull()).isFalse();

        JsonNode instruction = transfers.instruction(transferId);
        assertThat(instruction.get("type").asText()).isEqualTo("ASSET_TRANSFER");
        assertThat(instruction.get("transferId").asText()).isEqualTo(transferId);
        assertThat(instruction.get("registrationNumber").asText()).isEqualTo(c.opened().registrationNumber());
        assertThat(instruction.get("decedent").get("nationalId").asText()).matches("[A-Z]\\d{9}");
        assertThat(instruction.get("dateOfDeath").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(instruction.get("callbackUrl").asText()).endsWith("/api/v1/transfers/" + transferId + "/confirmation");
        JsonNode agreement = instruction.get("partitionAgreement");
        assertThat(agreement.get("documentId").asText()).isEqualTo(c.agreement().id().toString());
        assertThat(agreement.get("type").asText()).isEqualTo("PARTITION_AGREEMENT");
        JsonNode certificate = instruction.get("taxCertificate");
        assertThat(certificate.get("documentId").asText()).as("the clearance, not the assessment notice")
                .isEqualTo(c.taxCertificate().id().toString());
        assertThat(certificate.get("type").asText()).isEqualTo("TAX_CLEARANCE");
        // Only what this institution holds: the parcel, not the bank deposit, not the debt.
        assertThat(instruction.get("assets")).hasSize(1);
        JsonNode parcel = instruction.get("assets").get(0);
        assertThat(parcel.get("kind").asText()).isEqualTo("LAND");
        assertThat(parcel.get("identifier").asText()).isEqualTo("0123-0000");
        assertThat(parcel.get("share").asText()).isEqualTo("1/2");

        // The download links work with the institution's own key, and give exactly what the instruction promised.
        Transfers.Download pdf = transfers.download(agreement.get("downloadUrl").asText(), "LAND");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.bytes()).isEqualTo(Transfers.pdf("partition agreement " + c.caseId()));
        assertThat(Sha256.hex(pdf.bytes())).isEqualTo(agreement.get("sha256").asText()).isEqualTo(pdf.sha256Header());
        assertThat(transfers.download(certificate.get("downloadUrl").asText(), "LAND").bytes())
                .isEqualTo(Transfers.pdf("clearance " + c.caseId()));
        // Another institution gets nothing; nor does this one get a document its instruction does not name.
        assertThat(transfers.download(agreement.get("downloadUrl").asText(), "BANKS").status()).isEqualTo(403);
        assertThat(transfers.download(agreement.get("downloadUrl").asText(), null).status()).isEqualTo(401);
        String otherUrl = http.base() + "/api/v1/transfers/" + transferId + "/documents/" + c.other().id();
        assertThat(transfers.download(otherUrl, "LAND").status()).isEqualTo(404);
        List<AuditChain.Event> downloads = audit.events(c.caseId()).stream()
                .filter(e -> e.action().equals("TRANSFER_DOCUMENT_DOWNLOADED")).toList();
        assertThat(downloads).hasSize(2);
        assertThat(downloads.get(0).actorKind()).isEqualTo("INSTITUTION");
        assertThat(downloads.get(0).detail()).contains("LAND received PARTITION_AGREEMENT").contains(transferId);
        assertThat(downloads.get(0).dataSubjects()).as("the agreement names the heirs: they can see who received it").isNotEmpty();

        // Who may confirm, and what a confirmation may say.
        assertThat(transfers.confirm(transferId, "BANKS", Transfers.transferred("LAND-1")).status()).isEqualTo(403);
        assertThat(transfers.confirm(UUID.randomUUID().toString(), "LAND", Transfers.transferred("LAND-1")).status()).isEqualTo(404);
        Http.Response invalid = transfers.confirm(transferId, "LAND", """
                { "status": "TRANSFERRED", "transferredAt": "yesterday",
                  "assets": [ { "assetId": "%s", "newOwners": [ { "name": "王小明", "share": "3/2" } ] } ] }"""
                .formatted(UUID.randomUUID()));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("field"))
                .contains("transferredAt", "reference", "assets[0].assetId", "assets[0].newOwners[0].share");
        assertThat(transfers.confirm(transferId, "LAND", "{\"status\":\"TRANSFERRED\",\"reference\":\"" + "x".repeat(1_100_000) + "\"}")
                .status()).isEqualTo(413);

        Http.Response confirmed = transfers.confirm(transferId, "LAND", """
                { "status": "TRANSFERRED", "transferredAt": "2026-11-27T10:15:00+08:00", "reference": "113-大安-012345",
                  "assets": [ { "assetId": "%s", "newOwners": [ { "name": "王小明", "share": "1/4" }, { "name": "王小華", "share": "1/4" } ] } ] }"""
                .formatted(parcel.get("assetId").asText()));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("repeat").asBoolean()).isFalse();

        // The same again, spelled differently (time zone, spacing, 2/8 for 1/4): nothing changes.
        Http.Response repeat = transfers.confirm(transferId, "LAND", """
                {"assets":[{"newOwners":[{"share":"2/8","name":" 王小明"},{"name":"王小華","share":"1/4"}],"assetId":"%s"}],
                 "reference":"113-大安-012345 ","transferredAt":"2026-11-27T02:15:00Z","status":"TRANSFERRED"}"""
                .formatted(parcel.get("assetId").asText()));
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("repeat").asBoolean()).isTrue();
        Http.Response conflicting = transfers.confirm(transferId, "LAND", Transfers.transferred("another reference"));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.json().get("detail").asText()).contains("already confirmed differently");

        await().atMost(Duration.ofSeconds(40)).until(() -> transfers.process(c, "LAND") == null);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(land.getId()).activityId("assetTransferConfirmed")
                .finished().count()).isEqualTo(1);
        JsonNode shown = transfers.transfer(c, "LAND");
        assertThat(shown.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(shown.get("confirmedAt").isNull()).isFalse();
        assertThat(audit.events(c.caseId()).stream().map(AuditChain.Event::action))
                .contains("TRANSFER_INSTRUCTION_SENT", "TRANSFER_CONFIRMED");
        assertThat(audit.verify(c.caseId())).isNull();
    }

    @Test
    void aSilentInstitutionIsSentAgainThenEscalatedAndTheOfficerResendsThenCloses() throws Exception {
        Transfers.ReadyCase c = transfers.readyCase(false);
        transfers.start(c, "BANKS");
        String transferId = transfers.awaitStatus(c, "BANKS", "SENT").get("transferId").asText();
        assertThat(transfers.instruction(transferId).get("taxCertificate").get("type").asText())
                .as("no tax due: the exemption certificate").isEqualTo("EXEMPTION_CERTIFICATE");

        // The service level passes: the instruction goes out once more, with the same id.
        transfers.fireServiceLevel(c, "BANKS");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(transfers.sendCount(transferId)).isEqualTo(2));

        // It passes again: now a tax officer is asked.
        transfers.fireServiceLevel(c, "BANKS");
        Task task = officerTask(c, "BANKS");
        assertThat(task.getTaskDefinitionKey()).isEqualTo("institutionHasNotConfirmed");
        assertThat(task.getName()).contains("機關未確認移轉").contains("銀行");
        assertThat(transfers.transfer(c, "BANKS").get("status").asText()).isEqualTo("ESCALATED");
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo("institution-has-not-confirmed");
        JsonNode form;
        try (InputStream in = forms.getDeployedTaskForm(task.getId())) {
            form = new ObjectMapper().readTree(in);
        }
        assertThat(form.get("components").findValuesAsText("key"))
                .contains("institutionName", "transferId", "sentAt", "escalationReason", "decision", "closeReason");
        Map<String, Object> shown = tasks.getVariables(task.getId(), List.of("institutionName", "transferId", "sentAt", "escalationReason"));
        assertThat(shown.get("transferId")).isEqualTo(transferId);
        assertThat((String) shown.get("sentAt")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Asia/Taipei");
        assertThat((String) shown.get("escalationReason")).contains("service level");

        // The officer sends it again: a third delivery, and the wait starts over.
        tasks.complete(task.getId(), Map.of("decision", "RESEND"));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(transfers.sendCount(transferId)).isEqualTo(3));
        assertThat(transfers.transfer(c, "BANKS").get("status").asText()).isEqualTo("SENT");

        // Still silent: the officer is asked again at once, and closes it through the engine's REST API, as Tasklist does.
        transfers.fireServiceLevel(c, "BANKS");
        Task again = officerTask(c, "BANKS");
        Http.Response completed = http.postJson("/engine-rest/task/" + again.getId() + "/complete", Discovery.OFFICER, """
                { "variables": { "decision": { "value": "CLOSE" },
                                 "closeReason": { "value": "銀行臨櫃確認已辦理移轉 confirmed at the counter" } } }""");
        assertThat(completed.status()).isEqualTo(204);
        assertThat(transfers.transfer(c, "BANKS").get("status").asText()).isEqualTo("CLOSED_WITHOUT_CONFIRMATION");
        assertThat(jdbc.sql("select closed_by from asset_transfer where id = cast(:id as uuid)").param("id", transferId)
                .query(String.class).single()).isEqualTo("officer");
        await().atMost(Duration.ofSeconds(40)).until(() -> transfers.process(c, "BANKS") == null);

        // A late confirmation is refused, and says why.
        Http.Response late = transfers.confirm(transferId, "BANKS", Transfers.transferred("B-1"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("closed without a confirmation").contains("counter");
    }

    @Test
    void aRejectionGoesToTheOfficerAndALateConfirmationEndsTheTask() {
        Transfers.ReadyCase c = transfers.readyCase(true);
        transfers.start(c, "LAND");
        String transferId = transfers.awaitStatus(c, "LAND", "SENT").get("transferId").asText();

        String rejection = """
                { "status": "REJECTED", "reason": "協議書缺少繼承人印鑑證明 the agreement lacks a seal certificate" }""";
        Http.Response rejected = transfers.confirm(transferId, "LAND", rejection);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("ESCALATED");
        assertThat(transfers.confirm(transferId, "LAND", rejection).json().get("repeat").asBoolean()).isTrue();
        Task task = officerTask(c, "LAND");
        assertThat((String) tasks.getVariable(task.getId(), "escalationReason")).contains("rejected").contains("seal certificate");

        // The institution transfers after all: the confirmation is taken, and the officer has nothing left to decide.
        assertThat(transfers.confirm(transferId, "LAND", Transfers.transferred("113-大安-0001")).status()).isEqualTo(200);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        await().atMost(Duration.ofSeconds(40)).until(() -> transfers.process(c, "LAND") == null);
        assertThat(transfers.transfer(c, "LAND").get("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void aRefusingInstitutionIsEscalatedAtOnce() {
        simulator.setBehaviour("BANKS", Behaviour.REFUSING);
        Transfers.ReadyCase c = transfers.readyCase(true);
        transfers.start(c, "BANKS");
        transfers.awaitStatus(c, "BANKS", "ESCALATED");
        Task task = officerTask(c, "BANKS");
        assertThat((String) tasks.getVariable(task.getId(), "escalationReason")).contains("refused").contains("400");
        assertThat((String) tasks.getVariable(task.getId(), "sentAt")).contains("never");
    }

    @Test
    void theSimulatedInstitutionDownloadsTheDocumentsAndConfirms() {
        Transfers.ReadyCase c = transfers.readyCase(true);
        simulator.setBehaviour("BANKS", Behaviour.NORMAL);
        simulator.setDelays(Duration.ZERO, Duration.ofMillis(200));
        ProcessInstance banks = transfers.start(c, "BANKS");

        await().atMost(Duration.ofSeconds(60)).until(() -> transfers.process(c, "BANKS") == null);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(banks.getId()).activityId("assetTransferConfirmed")
                .finished().count()).isEqualTo(1);
        assertThat(transfers.transfer(c, "BANKS").get("status").asText()).isEqualTo("CONFIRMED");
        List<AuditChain.Event> events = audit.events(c.caseId());
        assertThat(events.stream().filter(e -> e.action().equals("TRANSFER_DOCUMENT_DOWNLOADED")).map(AuditChain.Event::detail))
                .anyMatch(d -> d.contains("BANKS received PARTITION_AGREEMENT"))
                .anyMatch(d -> d.contains("BANKS received TAX_CLEARANCE"));
        assertThat(events.stream().filter(e -> e.action().equals("TRANSFER_CONFIRMED")).map(AuditChain.Event::detail))
                .singleElement().asString().contains("reference BANKS-");
    }

    @Test
    void noInstructionGoesOutWithoutTheSignedAgreementAndTheTaxCertificate() {
        Transfers.ReadyCase c = transfers.withAssets();
        // An agreement still being signed does not count.
        documents.create(c.caseId(), DocumentType.PARTITION_AGREEMENT, DocumentStatus.SIGNING, Transfers.pdf("draft"), "drafted (test)",
                AuditTrail.Actor.SYSTEM);
        ProcessInstance land = transfers.start(c, "LAND");

        // The delivery job fails and is retried (then an incident an operator sees); nothing reaches the institution.
        await().atMost(Duration.ofSeconds(40)).until(() ->
                management.createJobQuery().processInstanceId(land.getId()).withException().count() == 1);
        Job failed = management.createJobQuery().processInstanceId(land.getId()).withException().singleResult();
        assertThat(failed.getExceptionMessage()).contains("no signed partition agreement");
        assertThat(failed.getRetries()).isEqualTo(4);
        JsonNode pending = transfers.transfer(c, "LAND");
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(transfers.sendCount(pending.get("transferId").asText())).isZero();
        runtime.deleteProcessInstance(land.getId(), "test done: no retries left running");
    }

    @Test
    void theTransferApiIsDescribedForInstitutions() {
        JsonNode paths = http.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/v1/transfers/{transferId}/confirmation")).isTrue();
        assertThat(paths.get("/api/v1/transfers/{transferId}/documents/{documentId}").get("get").get("responses").has("403")).isTrue();
    }

    private Task officerTask(Transfers.ReadyCase c, String institution) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() ->
                tasks.createTaskQuery().processInstanceId(transfers.process(c, institution).getId()).count() == 1);
        Task task = tasks.createTaskQuery().processInstanceId(transfers.process(c, institution).getId())
                .taskCandidateGroup("tax-officers").initializeFormKeys().singleResult();
        assertThat(task).as("escalation task for " + institution).isNotNull();
        return task;
    }
}

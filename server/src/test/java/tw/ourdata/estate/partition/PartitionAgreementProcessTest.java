package tw.ourdata.estate.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import tw.ourdata.estate.signatures.Signer;
import tw.ourdata.estate.support.Timers;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Officer;

/**
 * Lifecycle step 6 in the real process: after the tax approval the proxy (the son) is asked for the partition
 * plan, edits it in the portal API with field-level validation, submits it; the agreement is rendered from it and
 * every heir (the minor through the guardian) signs it in any order; or one refuses with a reason, which voids the
 * version and hands the plan back to the proxy.
 */
@IntegrationTest
class PartitionAgreementProcessTest {

    private static final int PROXY = 1;

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
    DocumentStore documents;

    private record Approved(OnboardedFamily family, String process) {
        OnboardedFamily.LoggedIn heir(int position) {
            return family.heirs.stream().filter(h -> h.position() == position).findFirst().orElseThrow();
        }

        String plan() {
            return "/api/v1/portal/cases/" + family.caseId + "/partition-plan";
        }
    }

    private Approved approvedCaseAwaitingPlan() {
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, PROXY);
        Officer officer = new Officer(port, jdbc, tasks);
        officer.approveTaxAssessment(family.caseId);
        String process = officer.processOf(family.caseId);
        awaitActivity(process, "awaitPartitionPlan");
        return new Approved(family, process);
    }

    private void awaitActivity(String process, String activityId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(runtime.createExecutionQuery().processInstanceId(process).activityId(activityId).count())
                        .as(() -> "waiting at " + activityId + "; jobs: " + management.createJobQuery()
                                .processInstanceId(process).list().stream()
                                .map(j -> j.getId() + " ex=" + j.getExceptionMessage()).toList())
                        .isPositive());
    }

    private StoredDocument awaitAgreement(UUID caseId, int version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                agreements(caseId).stream().anyMatch(d -> d.version() == version));
        return agreements(caseId).stream().filter(d -> d.version() == version).findFirst().orElseThrow();
    }

    private List<StoredDocument> agreements(UUID caseId) {
        return documents.ofCase(caseId).stream().filter(d -> d.type() == DocumentType.PARTITION_AGREEMENT).toList();
    }

    private List<String> subjectsTo(UUID heirId) {
        return jdbc.sql("select subject from notification_outbox where heir_id = :h order by created_at")
                .param("h", heirId).query(String.class).list();
    }

    private List<ProcessInstance> signatureProcesses(String process) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("agreement-signature")
                .superProcessInstanceId(process).list();
    }

    @Test
    void theProxyEditsAndSubmitsThePlanAndEveryHeirSignsTheAgreementRenderedFromIt() {
        Approved c = approvedCaseAwaitingPlan();
        OnboardedFamily.LoggedIn proxy = c.heir(PROXY);
        OnboardedFamily.LoggedIn spouse = c.heir(0);
        await().atMost(Duration.ofSeconds(10)).until(() -> subjectsTo(proxy.heirId()).stream()
                .anyMatch(s -> s.contains("請提出遺產分割方案")));

        // Every heir reads the plan: at first the statutory shares; only the proxy may change it.
        JsonNode seenBySpouse = spouse.portal().get(c.plan()).json();
        assertThat(seenBySpouse.get("editable").asBoolean()).isFalse();
        assertThat(seenBySpouse.get("saved").asBoolean()).isFalse();
        JsonNode plan = proxy.portal().get(c.plan()).json();
        assertThat(plan.get("editable").asBoolean()).isTrue();
        assertThat(plan.get("proxy").asBoolean()).isTrue();
        assertThat(plan.get("heirs")).hasSize(4);
        assertThat(plan.get("assets").size()).isPositive();
        JsonNode firstAsset = plan.get("assets").get(0);
        assertThat(firstAsset.get("allocations")).hasSize(4);
        for (JsonNode allocation : firstAsset.get("allocations")) {
            assertThat(allocation.get("fraction").asText()).isEqualTo("1/4");
        }
        assertThat(spouse.portal().put(c.plan(), body(plan, null)).status())
                .as("a co-heir is not the proxy").isEqualTo(403);

        // Fractions that do not add up, and one that is not a fraction: field errors, nothing stored.
        Http.Response invalid = proxy.portal().put(c.plan(), body(plan, """
                [{"heirId": "%s", "fraction": "1/2"}, {"heirId": "%s", "fraction": "1/3"}]
                """.formatted(proxy.heirId(), spouse.heirId())));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("field")).containsExactly("assets[0]");
        assertThat(invalid.json().get("errors").get(0).get("message").asText()).contains("5/6");
        Http.Response unreadable = proxy.portal().put(c.plan(), body(plan, """
                [{"heirId": "%s", "fraction": "half"}]
                """.formatted(proxy.heirId())));
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.json().get("errors").findValuesAsText("field"))
                .containsExactly("assets[0].allocations[0].fraction");
        assertThat(proxy.portal().get(c.plan()).json().get("saved").asBoolean()).isFalse();

        // An indivisible first asset goes whole to the spouse; the rest stays at the statutory shares.
        Http.Response saved = proxy.portal().put(c.plan(), body(plan, """
                [{"heirId": "%s", "fraction": "1"}]
                """.formatted(spouse.heirId())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("saved").asBoolean()).isTrue();
        assertThat(saved.json().get("assets").get(0).get("allocations")).hasSize(1);

        Http.Response submitted = proxy.portal().post(c.plan() + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("version").asInt()).isEqualTo(1);
        assertThat(proxy.portal().put(c.plan(), body(plan, null)).status())
                .as("a submitted plan is not edited under the signers").isEqualTo(409);

        StoredDocument agreement = awaitAgreement(c.family.caseId, 1);
        assertThat(agreement.status()).isEqualTo(DocumentStatus.SIGNING);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureProcesses(c.process).size() == 4);
        for (OnboardedFamily.LoggedIn heir : c.family.heirs) {
            assertThat(subjectsTo(heir.heirId())).anyMatch(s -> s.contains("請簽署遺產分割協議書"));
        }

        // Any order: the guardian first, the proxy last.
        List<OnboardedFamily.LoggedIn> order = new ArrayList<>(c.family.heirs);
        java.util.Collections.reverse(order);
        int revision = 1;
        for (OnboardedFamily.LoggedIn heir : order) {
            new Signer(heir).certified().sign(agreement.id(), revision++);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> history
                .createHistoricActivityInstanceQuery().processInstanceId(c.process).activityId("sealPartitionAgreement")
                .finished().count() == 1);
        assertThat(documents.find(agreement.id()).orElseThrow().status()).isEqualTo(DocumentStatus.SIGNED);
        assertThat(signatureProcesses(c.process)).isEmpty();

        // The documents of the case: for the heirs in the portal, for officers in the API; nobody else.
        JsonNode mine = spouse.portal().get("/api/v1/portal/cases/" + c.family.caseId + "/documents").json();
        assertThat(mine.findValuesAsText("type")).contains("PARTITION_AGREEMENT");
        JsonNode signedEntry = entryOf(mine, agreement.id());
        assertThat(signedEntry.get("status").asText()).isEqualTo("SIGNED");
        assertThat(spouse.portal().getBytes(signedEntry.get("downloadUrl").asText()).status()).isEqualTo(200);
        Http http = new Http(port);
        Http.Response officers = http.get("/api/v1/cases/" + c.family.caseId + "/documents", Http.basic("officer", "officer"));
        assertThat(officers.status()).isEqualTo(200);
        JsonNode officerEntry = entryOf(officers.json(), agreement.id());
        assertThat(officerEntry.get("version").asInt()).isEqualTo(1);
        assertThat(http.get(officerEntry.get("downloadUrl").asText(), Http.basic("officer", "officer")).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/cases/" + c.family.caseId + "/documents", Http.bearer("dev-registration-office"))
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where case_id = :c and action = 'DOCUMENT_DOWNLOADED'"
                + " and actor_kind = 'OFFICER'").param("c", c.family.caseId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusalWithAReasonVoidsTheVersionAndTheProxyRevisesThePlan() {
        Approved c = approvedCaseAwaitingPlan();
        OnboardedFamily.LoggedIn proxy = c.heir(PROXY);
        OnboardedFamily.LoggedIn spouse = c.heir(0);
        OnboardedFamily.LoggedIn daughter = c.heir(2);
        // The proxy accepts the statutory shares without saving anything.
        assertThat(proxy.portal().post(c.plan() + "/submit", "{}").status()).isEqualTo(202);
        StoredDocument first = awaitAgreement(c.family.caseId, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureProcesses(c.process).size() == 4);
        new Signer(spouse).certified().sign(first.id(), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> signatureProcesses(c.process).size() == 3);

        // A week passes: a reminder; three weeks: an officer follows up.
        ProcessInstance daughters = signatureProcesses(c.process).stream()
                .filter(p -> daughter.heirId().toString().equals(runtime.getVariable(p.getId(), "heirId")))
                .findFirst().orElseThrow();
        runTimers(daughters.getId());
        await().atMost(Duration.ofSeconds(10)).until(() -> subjectsTo(daughter.heirId()).stream()
                .anyMatch(s -> s.startsWith("【提醒】請簽署")));
        Task followUp = tasks.createTaskQuery().processInstanceId(daughters.getId())
                .taskDefinitionKey("heirHasNotSigned").singleResult();
        assertThat(followUp).isNotNull();
        assertThat(tasks.getVariableLocal(followUp.getId(), "signedSoFar")).isEqualTo("1 / 4");
        assertThat(tasks.createTaskQuery().taskId(followUp.getId()).taskCandidateGroup("tax-officers").count()).isEqualTo(1);

        String refusal = "/api/v1/portal/documents/" + first.id() + "/refusal";
        Http.Response noReason = daughter.portal().post(refusal, "{\"heirId\": \"" + daughter.heirId() + "\", \"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(spouse.portal().post(refusal, "{\"heirId\": \"" + spouse.heirId() + "\", \"reason\": \"改變心意\"}")
                .status()).as("a signed version is not refused afterwards").isEqualTo(409);

        Http.Response refused = daughter.portal().post(refusal,
                "{\"heirId\": \"" + daughter.heirId() + "\", \"reason\": \"房屋應由母親單獨取得\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("status").asText()).isEqualTo("VOID");
        assertThat(documents.find(first.id()).orElseThrow().status()).isEqualTo(DocumentStatus.VOID);

        // Back to the proxy: every signature process ended (the officer's task with it), the plan is a draft.
        awaitActivity(c.process, "awaitPartitionPlan");
        assertThat(signatureProcesses(c.process)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(followUp.getId()).count()).isZero();
        JsonNode plan = proxy.portal().get(c.plan()).json();
        assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
        assertThat(plan.get("editable").asBoolean()).isTrue();
        assertThat(plan.get("returned").get("reason").asText()).as("the proxy sees why").isEqualTo("房屋應由母親單獨取得");
        assertThat(plan.get("returned").get("version").asInt()).isEqualTo(1);
        assertThat(subjectsTo(spouse.heirId())).anyMatch(s -> s.contains("經拒絕簽署"));
        assertThat(jdbc.sql("select body from notification_outbox where heir_id = :h and subject like '%經拒絕簽署%'")
                .param("h", spouse.heirId()).query(String.class).single()).contains("房屋應由母親單獨取得");
        assertThat(new Signer(proxy).certified().prepare(first.id(), 2).status())
                .as("nobody signs a void version").isEqualTo(409);

        // The revised plan: the house to the mother, as asked; version 2 of the agreement.
        Http.Response saved = proxy.portal().put(c.plan(), body(plan, """
                [{"heirId": "%s", "fraction": "1"}]
                """.formatted(spouse.heirId())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Http.Response again = proxy.portal().post(c.plan() + "/submit", "{}");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("version").asInt()).isEqualTo(2);
        StoredDocument second = awaitAgreement(c.family.caseId, 2);
        assertThat(second.status()).isEqualTo(DocumentStatus.SIGNING);
        assertThat(agreements(c.family.caseId)).hasSize(2);
    }

    private void runTimers(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            Timers.fireNow(management, job.getId());
        }
    }

    private static JsonNode entryOf(JsonNode list, UUID documentId) {
        for (JsonNode d : list) {
            if (d.get("documentId").asText().equals(documentId.toString())) {
                return d;
            }
        }
        throw new AssertionError("document " + documentId + " not listed in " + list);
    }

    /** The plan as it is, with the first asset's allocations replaced when given. */
    private static String body(JsonNode plan, String firstAssetAllocations) {
        StringBuilder json = new StringBuilder("{\"assets\": [");
        for (int i = 0; i < plan.get("assets").size(); i++) {
            JsonNode asset = plan.get("assets").get(i);
            json.append(i == 0 ? "" : ",").append("{\"assetId\": \"").append(asset.get("assetId").asText())
                    .append("\", \"allocations\": ");
            json.append(i == 0 && firstAssetAllocations != null ? firstAssetAllocations : asset.get("allocations").toString());
            json.append("}");
        }
        return json.append("]}").toString();
    }
}

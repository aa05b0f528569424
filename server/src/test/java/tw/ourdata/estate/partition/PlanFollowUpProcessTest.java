package tw.ourdata.estate.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Officer;
import tw.ourdata.estate.support.TestIds;
import tw.ourdata.estate.support.Timers;

/**
 * The sub-process {@code draftPartitionPlan} when no plan comes: a tax officer follows up, at once when the heirs
 * named an outside agent (who has no portal login), after {@code planFollowUp} when the proxy is an heir; the
 * officer may send the statutory shares to the heirs for signature, or keep waiting and be asked again.
 */
@IntegrationTest
class PlanFollowUpProcessTest {

    private static final String FOLLOW_UP = "proxyHasNotSubmittedPlan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DocumentStore documents;

    @Test
    void anOutsideAgentIsFollowedUpAtOnceAndTheOfficerSendsTheStatutorySharesToTheHeirs() {
        String agentId = TestIds.citizen(1);
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime,
                "{\"agent\": {\"name\": \"張地政\", \"nationalId\": \"" + agentId + "\"}}");
        String process = approve(family);

        Task task = awaitFollowUpTask(process);
        Map<String, Object> shown = tasks.getVariablesLocal(task.getId());
        assertThat(shown.get("proxyName")).isEqualTo("張地政");
        assertThat(shown.get("proxyKind").toString()).contains("outside agent").contains(agentId.substring(0, 3) + "****");
        assertThat(shown.values().toString()).as("the agent's ID only masked").doesNotContain(agentId);
        assertThat(shown.get("statutoryShares").toString()).contains("王小明 1/4").contains("王小寶 1/4");
        assertThat(shown.get("planState").toString()).contains("has not edited");

        // No heir is the proxy, so none of them can submit a plan; the officer is the way forward, and the heirs'
        // case page says so.
        OnboardedFamily.LoggedIn spouse = family.heirs.get(0);
        JsonNode awaited = spouse.portal().get(plan(family)).json();
        assertThat(awaited.get("awaiting").asBoolean()).isTrue();
        assertThat(awaited.get("outsideAgent").asBoolean()).isTrue();
        assertThat(awaited.get("editable").asBoolean()).isFalse();
        assertThat(awaited.get("proxyName").asText()).isEqualTo("張地政");
        assertThat(spouse.portal().post(plan(family) + "/submit", "{}").status()).isEqualTo(403);

        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("sendStatutoryPlan", true)))
                .as("the officer must say what was done").isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("planFollowUpNote");
        tasks.complete(task.getId(), Map.of("sendStatutoryPlan", true,
                "planFollowUpNote", "電話聯繫地政士張先生，全體繼承人同意依應繼分分割"));

        StoredDocument agreement = awaitAgreement(family.caseId, 1);
        assertThat(agreement.status()).isEqualTo(DocumentStatus.SIGNING);
        JsonNode seen = spouse.portal().get(plan(family)).json();
        assertThat(seen.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(seen.get("version").asInt()).isEqualTo(1);
        assertThat(seen.get("awaiting").asBoolean()).isFalse();
        for (JsonNode asset : seen.get("assets")) {
            for (JsonNode allocation : asset.get("allocations")) {
                assertThat(allocation.get("fraction").asText()).as("the statutory share of every heir").isEqualTo("1/4");
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey("agreement-signature").superProcessInstanceId(process).count() == 4);
        assertThat(subjects(spouse.heirId())).anyMatch(s -> s.contains("請簽署以應繼分分割之協議書"));
        assertThat(jdbc.sql("""
                        select actor_kind || ' ' || detail from audit_event
                        where case_id = :c and action = 'PARTITION_PLAN_FOLLOWED_UP'
                        """).param("c", family.caseId).query(String.class).single())
                .startsWith("OFFICER").contains("sends the statutory-share plan").contains("地政士張先生");
        assertThat(runtime.getVariables(process)).as("the note lives in the audit trail, not in the process")
                .doesNotContainKey("planFollowUpNote");
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP).count()).isZero();
    }

    @Test
    void anHeirProxyIsFollowedUpWhenThePlanIsLateAndTheFollowUpEndsWhenThePlanComes() {
        OnboardedFamily family = OnboardedFamily.postOnboardAndStayLoggedIn(port, jdbc, runtime, 1);
        String process = approve(family);
        await().atMost(Duration.ofSeconds(90)).until(() -> followUpTimer(process) != null);

        // Nothing for the officer before two weeks.
        Job firstTimer = followUpTimer(process);
        assertThat(firstTimer.getDuedate().toInstant()).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS),
                within(1, ChronoUnit.HOURS));
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP).count()).isZero();

        Timers.fireNow(management, firstTimer.getId());
        Task task = awaitFollowUpTask(process);
        assertThat(tasks.getVariablesLocal(task.getId()).get("proxyKind").toString()).contains("an heir");

        // The officer reached the proxy, who asks for a few more days: keep waiting, and be asked again.
        tasks.complete(task.getId(), Map.of("sendStatutoryPlan", false, "planFollowUpNote", "代理人表示下週提出"));
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP).count()).isZero();
        Job again = followUpTimer(process);
        assertThat(again).isNotNull();
        Timers.fireNow(management, again.getId());
        awaitFollowUpTask(process);

        // The proxy submits while the officer's task is open: the task and every timer of the follow-up end.
        OnboardedFamily.LoggedIn proxy = family.heirs.stream().filter(h -> h.position() == 1).findFirst().orElseThrow();
        assertThat(proxy.portal().post(plan(family) + "/submit", "{}").status()).isEqualTo(202);
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP).count()).isZero();
        assertThat(followUpTimer(process)).isNull();
        assertThat(awaitAgreement(family.caseId, 1).status()).isEqualTo(DocumentStatus.SIGNING);
        assertThat(jdbc.sql("select count(*) from audit_event where case_id = :c and action = 'PARTITION_PLAN_SUBMITTED'")
                .param("c", family.caseId).query(Long.class).single()).isOne();
    }

    private String approve(OnboardedFamily family) {
        Officer officer = new Officer(port, jdbc, tasks);
        officer.approveTaxAssessment(family.caseId);
        return officer.processOf(family.caseId);
    }

    private static String plan(OnboardedFamily family) {
        return "/api/v1/portal/cases/" + family.caseId + "/partition-plan";
    }

    private Task awaitFollowUpTask(String process) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP).count() == 1);
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(FOLLOW_UP)
                .taskCandidateGroup("tax-officers").singleResult();
    }

    /** The timer of the follow-up, on the waiting plan or between two follow-ups; null once the plan came. */
    private Job followUpTimer(String process) {
        return java.util.stream.Stream.of("planFollowUpDue", "planFollowUpAgain")
                .flatMap(activity -> management.createJobQuery().processInstanceId(process).timers().activityId(activity)
                        .list().stream())
                .findFirst().orElse(null);
    }

    private StoredDocument awaitAgreement(UUID caseId, int version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> documents.ofCase(caseId)
                .stream().anyMatch(d -> d.type() == DocumentType.PARTITION_AGREEMENT && d.version() == version));
        return documents.ofCase(caseId).stream()
                .filter(d -> d.type() == DocumentType.PARTITION_AGREEMENT && d.version() == version).findFirst().orElseThrow();
    }

    private List<String> subjects(UUID heirId) {
        return jdbc.sql("select subject from notification_outbox where heir_id = :h order by created_at")
                .param("h", heirId).query(String.class).list();
    }
}

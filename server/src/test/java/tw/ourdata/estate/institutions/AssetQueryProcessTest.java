package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.simulator.Behaviour;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * The paths of {@code asset-query}, driven through its waits: the simulated institutions are made
 * silent, failing or refusing at run time, and the service-level timers are fired by the test.
 */
@IntegrationTest
class AssetQueryProcessTest {

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
    JdbcClient jdbc;

    Http http;
    Discovery discovery;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        discovery = new Discovery(http, runtime, management);
        // The test answers for the institutions itself.
        Discovery.INSTITUTIONS.forEach(code -> simulator.setBehaviour(code, Behaviour.SILENT));
    }

    @AfterEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void whenEveryInstitutionAnswersTheInventoryIsComplete() {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        JsonNode atOnce = discovery.view(c);
        assertThat(atOnce.get("assetQueriesTotal").asInt()).as("every institution is asked at once").isEqualTo(9);
        assertThat(atOnce.get("assetQueries").findValuesAsText("institution")).containsExactlyElementsOf(Discovery.INSTITUTIONS);
        assertThat(atOnce.get("currentActivities").findValuesAsText("processDefinitionKey")).contains("asset-query");
        discovery.awaitAll(c, "SENT");

        for (String code : Discovery.INSTITUTIONS) {
            String body = switch (code) {
                case "LAND" -> Discovery.landAnswer(30_000_000, "1/2");
                case "JCIC" -> """
                        { "status": "FOUND", "liabilities": [ { "kind": "LOAN", "description": "臺灣銀行 房屋擔保借款", "amount": 4200000 } ] }""";
                default -> Discovery.NONE;
            };
            Http.Response r = discovery.answerAs(c, code, body);
            assertThat(r.status()).as(code).isEqualTo(200);
            assertThat(r.json().get("status").asText()).isEqualTo("ANSWERED");
            assertThat(r.json().get("repeat").asBoolean()).isFalse();
        }

        JsonNode view = discovery.view(c);
        assertThat(view.get("assetQueriesAnswered").asInt()).isEqualTo(9);
        assertThat(view.get("assetQueries").findValuesAsText("answeredAt")).hasSize(9);
        JsonNode land = view.get("inventory").get("assets").get(0);
        assertThat(land.get("institution").asText()).isEqualTo("LAND");
        assertThat(land.get("kind").asText()).isEqualTo("LAND");
        assertThat(land.get("value").asLong()).isEqualTo(30_000_000);
        assertThat(land.get("share").asText()).isEqualTo("1/2");
        assertThat(land.get("valuationBasis").asText()).contains("公告土地現值");
        assertThat(view.get("inventory").get("liabilities").get(0).get("amount").asLong()).isEqualTo(4_200_000);

        // The case moves on: discovery is done; the case now waits only for its heirs.
        String caseProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.registrationNumber()).singleResult().getId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(caseProcess)
                        .activityId("inventoryComplete").finished().count()).isEqualTo(1));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssetQueryProcess.KEY)
                .superProcessInstanceId(caseProcess).count()).isZero();
        assertThat(discovery.view(c).get("currentActivities").findValuesAsText("processDefinitionKey"))
                .doesNotContain("asset-query").contains("heir-onboarding");
    }

    @Test
    void aSilentInstitutionIsSentAgainThenEscalatedAndTheOfficerClosesIt() throws IOException {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        JsonNode firstSend = discovery.awaitStatus(c, "LAND", "SENT");
        String queryId = firstSend.get("queryId").asText();

        // The service level passes: the query goes out once more, with the same id.
        management.executeJob(discovery.awaitTimer(c, "LAND").getId());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(sendCount(queryId)).isEqualTo(2));
        assertThat(discovery.queryId(c, "LAND")).isEqualTo(queryId);

        // It passes again: now a tax officer is asked.
        management.executeJob(discovery.awaitTimer(c, "LAND").getId());
        ProcessInstance landQuery = discovery.assetQueryProcess(c, "LAND");
        Task task = tasks.createTaskQuery().processInstanceId(landQuery.getId()).taskCandidateGroup("tax-officers")
                .initializeFormKeys().singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("institutionHasNotAnswered");
        assertThat(task.getName()).contains("機關未回覆").contains("地政");
        assertThat(discovery.query(c, "LAND").get("status").asText()).isEqualTo("ESCALATED");

        // The officer's form: a Camunda Form, deployed with the process, showing the institution, the query and when it went out.
        CamundaFormRef formRef = task.getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo("institution-has-not-answered");
        assertThat(formRef.getBinding()).isEqualTo("latest");
        JsonNode form;
        try (InputStream in = forms.getDeployedTaskForm(task.getId())) {
            form = new ObjectMapper().readTree(in);
        }
        assertThat(form.get("components").findValuesAsText("key"))
                .contains("institutionName", "queryId", "sentAt", "escalationReason", "decision", "closeReason");
        Map<String, Object> shown = tasks.getVariables(task.getId(), List.of("institutionName", "queryId", "sentAt", "escalationReason"));
        assertThat((String) shown.get("institutionName")).contains("地政").contains("Land registry");
        assertThat(shown.get("queryId")).isEqualTo(queryId);
        assertThat((String) shown.get("sentAt")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Asia/Taipei");
        assertThat((String) shown.get("escalationReason")).contains("service level");

        // The officer closes it through the engine's REST API, as Tasklist does.
        Http.Response completed = http.postJson("/engine-rest/task/" + task.getId() + "/complete", Discovery.OFFICER, """
                { "variables": { "decision": { "value": "CLOSE" },
                                 "closeReason": { "value": "地政機關電話確認查無資料 confirmed by phone: nothing registered" } } }""");
        assertThat(completed.status()).isEqualTo(204);

        JsonNode closed = discovery.query(c, "LAND");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED_WITHOUT_ANSWER");
        assertThat(jdbc.sql("select closed_by from asset_query where id = cast(:id as uuid)").param("id", queryId).query(String.class).single())
                .isEqualTo("officer");
        await().atMost(Duration.ofSeconds(40)).until(() -> discovery.assetQueryProcess(c, "LAND") == null);

        // A late answer is refused, and says why.
        Http.Response late = discovery.answerAs(c, "LAND", Discovery.landAnswer(1_000_000, "1"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("closed without an answer").contains("confirmed by phone");
        assertThat(discovery.view(c).get("inventory").get("assets")).isEmpty();
    }

    @Test
    void anEscalatedQueryCanBeSentAgainByTheOfficerAndALateAnswerEndsTheTask() {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        String queryId = discovery.awaitStatus(c, "VEHICLE", "SENT").get("queryId").asText();
        management.executeJob(discovery.awaitTimer(c, "VEHICLE").getId());
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(sendCount(queryId)).isEqualTo(2));
        management.executeJob(discovery.awaitTimer(c, "VEHICLE").getId());
        Task task = officerTask(c, "VEHICLE");

        tasks.complete(task.getId(), Map.of("decision", "RESEND"));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(sendCount(queryId)).isEqualTo(3));
        assertThat(discovery.query(c, "VEHICLE").get("status").asText()).isEqualTo("SENT");

        // Still silent: escalated again at once when the service level passes (it was already sent again).
        management.executeJob(discovery.awaitTimer(c, "VEHICLE").getId());
        Task again = officerTask(c, "VEHICLE");
        assertThat(discovery.query(c, "VEHICLE").get("status").asText()).isEqualTo("ESCALATED");

        // The answer comes after all: it is taken, and the officer has nothing left to decide.
        Http.Response late = discovery.answerAs(c, "VEHICLE", """
                { "status": "FOUND", "assets": [ { "kind": "VEHICLE", "description": "自用小客車 TOYOTA ALTIS 2019 年式",
                  "identifier": "ABC-1234", "valuationBasis": "財政部公告車輛現值", "value": 380000 } ] }""");
        assertThat(late.status()).isEqualTo(200);
        assertThat(tasks.createTaskQuery().taskId(again.getId()).count()).isZero();
        JsonNode answered = discovery.query(c, "VEHICLE");
        assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
        JsonNode car = discovery.view(c).get("inventory").get("assets").get(0);
        assertThat(car.get("share").asText()).as("no share given: the whole asset").isEqualTo("1");
        await().atMost(Duration.ofSeconds(40)).until(() -> discovery.assetQueryProcess(c, "VEHICLE") == null);
    }

    @Test
    void aFailingInstitutionIsRetriedUntilItAcceptsTheQuery() {
        simulator.setBehaviour("TDCC", Behaviour.FAILING);
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        ProcessInstance tdcc = discovery.assetQueryProcess(c, "TDCC");

        // The first attempt fails with 503: the job stays, with one retry fewer and a later due date.
        await().atMost(Duration.ofSeconds(40)).until(() -> failedSendJob(tdcc.getId()) != null);
        Job failed = failedSendJob(tdcc.getId());
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getExceptionMessage()).contains("503");
        assertThat(failed.getDuedate()).isAfter(new java.util.Date());
        assertThat(discovery.query(c, "TDCC").get("status").asText()).isEqualTo("PENDING");
        assertThat(runtime.createIncidentQuery().processInstanceId(tdcc.getId()).count()).isZero();

        // The institution is back; the retry (fired now rather than in ten seconds) gets through.
        simulator.setBehaviour("TDCC", Behaviour.NORMAL);
        simulator.setDelays(Duration.ZERO, Duration.ofMillis(200));
        management.executeJob(failed.getId());
        discovery.awaitStatus(c, "TDCC", "ANSWERED");
    }

    @Test
    void anAnswerThatArrivesWhileTheQueryIsBeingSentAgainEndsTheQueryWithoutSending() {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        String queryId = discovery.awaitStatus(c, "POST", "SENT").get("queryId").asText();
        ProcessInstance post = discovery.assetQueryProcess(c, "POST");

        // The service level passes, but the re-send cannot get through for now: a delivery job is pending.
        simulator.setBehaviour("POST", Behaviour.FAILING);
        management.executeJob(discovery.awaitTimer(c, "POST").getId());
        await().atMost(Duration.ofSeconds(40)).until(() -> failedSendJob(post.getId()) != null);

        // Meanwhile the answer to the first delivery arrives: stored, although nothing waits for the message yet.
        assertThat(discovery.answerAs(c, "POST", Discovery.NONE).status()).isEqualTo(200);
        assertThat(discovery.query(c, "POST").get("status").asText()).isEqualTo("ANSWERED");

        // The pending delivery finds the answer and ends the query instead of sending it again.
        simulator.setBehaviour("POST", Behaviour.SILENT);
        management.executeJob(failedSendJob(post.getId()).getId());
        await().atMost(Duration.ofSeconds(40)).until(() -> discovery.assetQueryProcess(c, "POST") == null);
        assertThat(sendCount(queryId)).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(post.getId()).activityId("assetQueryAnswered")
                .finished().count()).isEqualTo(1);
    }

    @Test
    void aRefusingInstitutionIsEscalatedAtOnceWithoutRetries() {
        simulator.setBehaviour("JCIC", Behaviour.REFUSING);
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        discovery.awaitStatus(c, "JCIC", "ESCALATED");
        Task task = officerTask(c, "JCIC");
        assertThat((String) tasks.getVariable(task.getId(), "escalationReason")).contains("refused").contains("400");
        assertThat((String) tasks.getVariable(task.getId(), "sentAt")).contains("never");
        ProcessInstance jcic = discovery.assetQueryProcess(c, "JCIC");
        assertThat(management.createJobQuery().processInstanceId(jcic.getId()).count()).as("no retry pending").isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(jcic.getId()).count()).isZero();
    }

    private Task officerTask(Discovery.OpenedCase c, String institution) {
        ProcessInstance p = discovery.assetQueryProcess(c, institution);
        Task task = tasks.createTaskQuery().processInstanceId(p.getId()).taskCandidateGroup("tax-officers").singleResult();
        assertThat(task).as("escalation task for " + institution).isNotNull();
        return task;
    }

    private Job failedSendJob(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).withException().singleResult();
    }

    private int sendCount(String queryId) {
        return jdbc.sql("select send_count from asset_query where id = cast(:id as uuid)").param("id", queryId).query(Integer.class).single();
    }
}

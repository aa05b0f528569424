package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * After verification: consent and proxy, renunciation, what an heir may see of the case and of
 * co-heirs, CSRF, and the proxy settlement of the whole family as the main process will run it.
 */
@IntegrationTest
class ConsentAndProxyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    Http http;
    Family family;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        family = Family.post(http, jdbc, runtime);
    }

    /** Onboarding started, invitation read, verified with a demo citizen certificate: a logged-in portal. */
    private Portal verified(Family f, Family.Member heir) {
        f.startOnboarding(heir);
        String token = f.invitationToken(heir);
        Portal portal = new Portal(port);
        String nid = heir.guardianNationalId() != null ? heir.guardianNationalId() : heir.nationalId();
        DemoCertificates.Held cert = DemoCertificates.issue(http, nid, "測試");
        assertThat(DemoCertificates.answerChallenge(portal, token, cert).status()).isEqualTo(200);
        return portal;
    }

    private static Http.Response authorise(Portal portal, Family.Member heir, String proxyJson) {
        return portal.post("/api/v1/portal/heirs/" + heir.id() + "/authorisation",
                "{\"consentToDataSharing\": true, \"proxy\": " + proxyJson + "}");
    }

    private long onboardingInstances(Family.Member heir) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("heir-onboarding")
                .variableValueEquals("heirId", heir.id().toString()).count();
    }

    @Test
    void anHeirConsentsAndNamesAnotherHeirAsProxyWhichEndsTheirOnboarding() {
        Portal son = verified(family, family.son());

        Http.Response done = authorise(son, family.son(), "{\"heirPosition\": 0}");

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("onboardingStatus").asText()).isEqualTo("AUTHORISED");
        assertThat(onboardingInstances(family.son())).as("onboarding ended").isZero();
        assertThat(jdbc.sql("select proxy_heir_id from heir where id = :id").param("id", family.son().id())
                .query(UUID.class).single()).isEqualTo(family.spouse().id());
        assertThat(http.get("/api/v1/cases/" + family.caseId, Family.OFFICE).json().get("heirs").get(1)
                .get("onboardingStatus").asText()).isEqualTo("AUTHORISED");
    }

    @Test
    void anHeirMayNameAnOutsideAgentWhoseNationalIdIsChecked() {
        Portal daughter = verified(family, family.daughter());

        Http.Response badId = authorise(daughter, family.daughter(), "{\"agent\": {\"name\": \"張地政\", \"nationalId\": \"A123456788\"}}");
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.json().get("errors").get(0).get("field").asText()).isEqualTo("proxy.agent.nationalId");
        Http.Response noConsent = daughter.post("/api/v1/portal/heirs/" + family.daughter().id() + "/authorisation",
                "{\"consentToDataSharing\": false, \"proxy\": {\"heirPosition\": 1}}");
        assertThat(noConsent.status()).isEqualTo(422);
        Http.Response predeceasedProxy = authorise(daughter, family.daughter(), "{\"heirPosition\": 3}");
        assertThat(predeceasedProxy.status()).as("a predeceased child cannot be the proxy").isEqualTo(422);

        String agentId = TestIds.citizen(1);
        Http.Response done = authorise(daughter, family.daughter(), "{\"agent\": {\"name\": \"張地政\", \"nationalId\": \"" + agentId + "\"}}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(jdbc.sql("select proxy_agent_national_id from heir where id = :id").param("id", family.daughter().id())
                .query(String.class).single()).isEqualTo(agentId);
        assertThat(onboardingInstances(family.daughter())).isZero();
    }

    @Test
    void renunciationEndsOnboardingAndIsRecordedWithTheCourtsReference() {
        Portal spouse = verified(family, family.spouse());
        assertThat(onboardingInstances(family.spouse())).isOne();

        Http.Response renounced = spouse.post("/api/v1/portal/heirs/" + family.spouse().id() + "/renunciation",
                "{\"courtReference\": \"臺灣臺北地方法院 114 年度司繼字第 123 號\", \"renunciationDate\": \"2025-03-01\"}");

        assertThat(renounced.status()).as(renounced.body()).isEqualTo(200);
        assertThat(renounced.json().get("onboardingStatus").asText()).isEqualTo("RENOUNCED");
        assertThat(onboardingInstances(family.spouse())).as("the heir left onboarding").isZero();
        Map<String, Object> row = jdbc.sql("select onboarding_status, renunciation_court_reference, renunciation_date from heir where id = :id")
                .param("id", family.spouse().id()).query().singleRow();
        assertThat(row.get("onboarding_status")).isEqualTo("RENOUNCED");
        assertThat(row.get("renunciation_court_reference")).isEqualTo("臺灣臺北地方法院 114 年度司繼字第 123 號");
        assertThat(row.get("renunciation_date").toString()).isEqualTo("2025-03-01");
        assertThat(http.get("/api/v1/cases/" + family.caseId, Family.OFFICE).json().get("heirs").get(0)
                .get("onboardingStatus").asText()).isEqualTo("RENOUNCED");
        assertThat(authorise(spouse, family.spouse(), "{\"heirPosition\": 1}").status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_event where case_id = :c and action = 'HEIR_RENOUNCED'")
                .param("c", family.caseId).query(Long.class).single()).isOne();
    }

    @Test
    void anHeirCannotReadOrActInAnotherFamilysCase() {
        Portal son = verified(family, family.son());
        Family other = Family.post(http, jdbc, runtime);

        assertThat(son.get("/api/v1/portal/cases/" + other.caseId).status()).isEqualTo(404);
        assertThat(authorise(son, other.son(), "{\"heirPosition\": 0}").status()).isEqualTo(404);
        assertThat(son.get("/api/v1/portal/cases/" + family.caseId).status()).isEqualTo(200);
        assertThat(son.get("/api/v1/portal/me").json().get("cases")).hasSize(1);
        assertThat(son.get("/api/v1/cases/" + family.caseId).status()).as("the officers' API is not for heirs").isEqualTo(401);
    }

    @Test
    void aCoHeirsDetailsAreHiddenUntilThatCoHeirConsented() {
        Portal son = verified(family, family.son());
        Portal daughter = verified(family, family.daughter());

        JsonNode before = son.get("/api/v1/portal/cases/" + family.caseId).json();
        JsonNode sister = before.get("heirs").get(2);
        assertThat(sister.get("name").asText()).isEqualTo("王小華");
        assertThat(sister.get("consented").asBoolean()).isFalse();
        assertThat(sister.has("details")).isFalse();
        assertThat(before.toString()).doesNotContain(family.daughter().email()).doesNotContain("1978-09-09")
                .doesNotContain(family.daughter().nationalId().substring(0, 3) + "****");
        assertThat(before.get("heirs").get(1).get("you").asBoolean()).isTrue();
        assertThat(before.get("heirs").get(1).get("details").get("email").asText()).isEqualTo(family.son().email());

        assertThat(authorise(daughter, family.daughter(), "{\"heirPosition\": 1}").status()).isEqualTo(200);

        JsonNode after = son.get("/api/v1/portal/cases/" + family.caseId).json().get("heirs").get(2);
        assertThat(after.get("consented").asBoolean()).isTrue();
        assertThat(after.get("details").get("birthDate").asText()).isEqualTo("1978-09-09");
        assertThat(after.get("details").get("email").asText()).isEqualTo(family.daughter().email());
        assertThat(after.get("details").get("nationalId").asText()).contains("****").doesNotContain(family.daughter().nationalId());

        List<List<UUID>> reads = jdbc.sql("select data_subjects from audit_event where case_id = :c and action = 'CASE_READ_BY_HEIR' order by sequence")
                .param("c", family.caseId).query((rs, n) -> Arrays.asList((UUID[]) rs.getArray(1).getArray())).list();
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0)).isEmpty();
        assertThat(reads.get(1)).containsExactly(family.daughter().id());

        // The daughter sees that her brother read her details, and the office's reads of the case.
        JsonNode accesses = daughter.get("/api/v1/portal/heirs/" + family.daughter().id() + "/data-access").json();
        List<String> actions = accesses.findValuesAsText("action");
        assertThat(actions).contains("NOTICE_RECEIVED", "CASE_READ_BY_HEIR", "HEIR_AUTHORISED");
        assertThat(accesses.toString()).contains(family.son().id().toString());
        assertThat(son.get("/api/v1/portal/heirs/" + family.daughter().id() + "/data-access").status())
                .as("only for the heir herself").isEqualTo(404);
    }

    @Test
    void aStateChangingPortalCallWithoutTheCsrfTokenIsRefused() {
        Portal son = verified(family, family.son());

        Http.Response forged = son.postWithoutCsrfToken("/api/v1/portal/heirs/" + family.son().id() + "/authorisation",
                "{\"consentToDataSharing\": true, \"proxy\": {\"heirPosition\": 0}}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        assertThat(family.status(family.son())).isEqualTo("VERIFIED");
        String token = family.invitationToken(family.son());
        assertThat(new Portal(port).postWithoutCsrfToken("/api/v1/portal/invitations/" + token + "/one-time-code", "{}").status())
                .as("before login too").isEqualTo(403);
    }

    // --- the proxy settlement, as estate-settlement runs it after the heirs' onboarding ---

    /** The case's estate-settlement, once it has called heir-onboarding for every heir. */
    private String startSettlement(Family f) {
        for (Family.Member heir : List.of(f.spouse(), f.son(), f.daughter(), f.minor())) {
            f.startOnboarding(heir);
        }
        return f.settlement();
    }

    private void awaitProxySettled(String settlement) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(settlement)
                        .activityId("proxySettled").finished().count()).isEqualTo(1));
    }

    @Test
    void whenEveryActiveHeirNamesTheSameProxyItBecomesTheCasesProxy() {
        String settlement = startSettlement(family);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(settlement).processDefinitionKey("heir-onboarding").count())
                .as("one onboarding per living heir, the predeceased child excluded").isEqualTo(4);

        for (Family.Member heir : List.of(family.spouse(), family.son(), family.daughter(), family.minor())) {
            assertThat(authorise(verified(family, heir), heir, "{\"heirPosition\": 1}").status()).isEqualTo(200);
        }

        awaitProxySettled(settlement);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(settlement).variableName("proxyAgreed")
                .singleResult().getValue()).isEqualTo(true);
        Map<String, Object> proxy = jdbc.sql("select proxy_heir_id, decided_by from case_proxy where case_id = :c")
                .param("c", family.caseId).query().singleRow();
        assertThat(proxy.get("proxy_heir_id")).isEqualTo(family.son().id());
        assertThat(proxy.get("decided_by")).isEqualTo("AGREEMENT");
    }

    @Test
    void differentNomineesMakeADisputeThatATaxOfficerDecides() {
        String settlement = startSettlement(family);
        String agentId = TestIds.citizen(1);
        Portal spouse = verified(family, family.spouse());
        assertThat(spouse.post("/api/v1/portal/heirs/" + family.spouse().id() + "/renunciation",
                "{\"courtReference\": \"臺北地院 114 司繼 9\"}").status()).isEqualTo(200);
        assertThat(authorise(verified(family, family.son()), family.son(), "{\"heirPosition\": 2}").status()).isEqualTo(200);
        assertThat(authorise(verified(family, family.daughter()), family.daughter(),
                "{\"agent\": {\"name\": \"張地政\", \"nationalId\": \"" + agentId + "\"}}").status()).isEqualTo(200);
        assertThat(authorise(verified(family, family.minor()), family.minor(), "{\"heirPosition\": 2}").status()).isEqualTo(200);

        Task task = tasks.createTaskQuery().processInstanceId(settlement).taskDefinitionKey("resolveProxyDispute")
                .taskCandidateGroup("tax-officers").singleResult();
        assertThat(task).as("a proxy dispute for the officers").isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("resolveProxyDispute");
        Map<String, Object> shown = tasks.getVariablesLocal(task.getId());
        assertThat(shown.get("proxyNominations").toString()).contains("王小明").contains("王小華").contains("張地政")
                .doesNotContain("林美麗").doesNotContain(agentId);
        assertThat(shown.get("proxyCandidates").toString()).startsWith("[1] 繼承人 heir #2 王小華").contains("[2] 代理人 agent 張地政");

        tasks.claim(task.getId(), "officer");
        assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("proxyChoice", 7, "proxyChoiceReason", "?")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("candidates");
        tasks.complete(task.getId(), Map.of("proxyChoice", 2L, "proxyChoiceReason", "兩位繼承人同意由地政士辦理"));

        Map<String, Object> proxy = jdbc.sql("select proxy_agent_national_id, decided_by, reason from case_proxy where case_id = :c")
                .param("c", family.caseId).query().singleRow();
        assertThat(proxy.get("proxy_agent_national_id")).isEqualTo(agentId);
        assertThat(proxy.get("decided_by")).isEqualTo("OFFICER:officer");
        assertThat(proxy.get("reason")).isEqualTo("兩位繼承人同意由地政士辦理");
        awaitProxySettled(settlement);
    }
}

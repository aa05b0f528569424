package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.TestIds;

/** Asset discovery as the tests drive it: open a case, watch its queries, answer as an institution. */
final class Discovery {

    static final String OFFICE = bearer("dev-registration-office");
    static final String OFFICER = basic("officer", "officer");
    static final List<String> INSTITUTIONS = List.of("LAND", "VEHICLE", "TDCC", "BANKS", "LIFE_INSURANCE", "TAIFEX", "SITCA",
            "JCIC", "POST");

    private final Http http;
    private final RuntimeService runtime;
    private final ManagementService management;

    Discovery(Http http, RuntimeService runtime, ManagementService management) {
        this.http = http;
        this.runtime = runtime;
        this.management = management;
    }

    /** A case as the registration office opens it. */
    record OpenedCase(String caseId, String registrationNumber, String location) {
    }

    OpenedCase open(String decedentId) {
        String number = TestIds.registrationNumber();
        Http.Response created = http.postJson("/api/v1/death-notices", OFFICE, Notices.notice(number, decedentId, TestIds.citizen(2), ""));
        assertThat(created.status()).isEqualTo(202);
        return new OpenedCase(created.json().get("caseId").asText(), number, created.header("Location"));
    }

    /** The case as a tax officer sees it, inventory included. */
    JsonNode view(OpenedCase c) {
        return view(c, OFFICER);
    }

    JsonNode view(OpenedCase c, String caller) {
        Http.Response r = http.get(c.location(), caller);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    JsonNode query(OpenedCase c, String institution) {
        for (JsonNode q : view(c).get("assetQueries")) {
            if (q.get("institution").asText().equals(institution)) {
                return q;
            }
        }
        throw new AssertionError("no query to " + institution);
    }

    String queryId(OpenedCase c, String institution) {
        return query(c, institution).get("queryId").asText();
    }

    /** Waits (the job executor sends asynchronously) until the institution's query has this status. */
    JsonNode awaitStatus(OpenedCase c, String institution, String status) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(query(c, institution).get("status").asText()).isEqualTo(status));
        return query(c, institution);
    }

    void awaitAll(OpenedCase c, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(view(c).get("assetQueries").findValuesAsText("status")).hasSize(INSTITUTIONS.size()).containsOnly(status));
    }

    ProcessInstance assetQueryProcess(OpenedCase c, String institution) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssetQueryProcess.KEY)
                .processInstanceBusinessKey(c.registrationNumber() + ":" + institution).singleResult();
    }

    /** The service-level timer of the institution's query: the test fires it instead of waiting days. */
    Job awaitTimer(OpenedCase c, String institution) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() -> timer(c, institution) != null);
        return timer(c, institution);
    }

    private Job timer(OpenedCase c, String institution) {
        ProcessInstance p = assetQueryProcess(c, institution);
        return p == null ? null : management.createJobQuery().processInstanceId(p.getId()).timers().singleResult();
    }

    Http.Response answer(String queryId, String key, String body) {
        return http.postJson("/api/v1/asset-queries/" + queryId + "/answer", key == null ? null : bearer(key), body);
    }

    Http.Response answerAs(OpenedCase c, String institution, String body) {
        return answer(queryId(c, institution), "dev-" + institution, body);
    }

    static final String NONE = "{ \"status\": \"NONE\", \"assets\": [], \"liabilities\": [] }";

    static String landAnswer(long value, String share) {
        return """
                { "status": "FOUND",
                  "assets": [ { "kind": "LAND", "description": "臺北市大安區仁愛段三小段 0123-0000 地號 土地 120.00 m²",
                                "identifier": "0123-0000", "valuationBasis": "公告土地現值 NT$250000/m²",
                                "value": %d, "share": "%s" } ],
                  "liabilities": [] }""".formatted(value, share);
    }

    static Predicate<JsonNode> institution(String code) {
        return n -> n.get("institution").asText().equals(code);
    }
}

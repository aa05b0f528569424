package tw.ourdata.estate.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.security.ApiClient;
import tw.ourdata.estate.security.ApiClientRepository;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Notices;
import tw.ourdata.estate.support.TestIds;

@IntegrationTest
class DeathNoticeIntakeTest {

    static final String OFFICE = bearer("dev-registration-office");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApiClientRepository clients;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aNewNoticeOpensACaseThatTheOfficeCanRead() {
        String number = TestIds.registrationNumber();
        String decedentId = TestIds.citizen(1);
        String childId = TestIds.citizen(1);
        String child = """
                , { "nationalId": "%s", "name": "王小明", "birthDate": "2012-05-01", "relation": "CHILD",
                    "guardian": { "nationalId": "%s", "name": "林美麗" } }""".formatted(childId, TestIds.citizen(2));
        Http.Response created = http.postJson("/api/v1/death-notices", OFFICE, Notices.notice(number, decedentId, TestIds.citizen(2), child));

        assertThat(created.status()).isEqualTo(202);
        String caseId = created.json().get("caseId").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + caseId);

        Http.Response read = http.get(created.header("Location"), OFFICE);
        assertThat(read.status()).isEqualTo(200);
        JsonNode c = read.json();
        assertThat(c.get("id").asText()).isEqualTo(caseId);
        assertThat(c.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(c.get("status").asText()).isEqualTo("OPEN");
        assertThat(c.get("decedent").get("nationalId").asText()).isEqualTo(decedentId.substring(0, 3) + "****" + decedentId.substring(7));
        assertThat(c.get("decedent").get("name").asText()).isEqualTo("王大明");
        assertThat(c.get("heirs")).hasSize(2);
        assertThat(c.get("heirs").get(1).get("actsThroughGuardian").asBoolean()).isTrue();
        assertThat(c.get("createdAt").asText()).isNotBlank();
        assertThat(read.body()).doesNotContain(decedentId).doesNotContain(childId);
        assertThat(c.get("currentActivities").findValuesAsText("processDefinitionKey")).contains("estate-settlement");

        // The process runs under the registration number, and knows the case only by its id.
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtime.getVariable(instance.getId(), "caseId")).isEqualTo(caseId);
    }

    @Test
    void theSameNoticeTwiceIsTheSameCase() {
        String number = TestIds.registrationNumber();
        String body = Notices.valid(number);
        Http.Response first = http.postJson("/api/v1/death-notices", OFFICE, body);
        // Same content, different formatting: still the same notice.
        Http.Response second = http.postJson("/api/v1/death-notices", OFFICE, body.replace("\n", " ").replace("  ", " "));

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("caseId")).isEqualTo(first.json().get("caseId"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void aDifferentNoticeUnderTheSameNumberIsAConflict() {
        String number = TestIds.registrationNumber();
        assertThat(http.postJson("/api/v1/death-notices", OFFICE, Notices.valid(number)).status()).isEqualTo(202);
        Http.Response conflict = http.postJson("/api/v1/death-notices", OFFICE, Notices.valid(number));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asText()).contains(number);
    }

    @Test
    void concurrentRepeatsOpenOneCase() {
        String number = TestIds.registrationNumber();
        String body = Notices.valid(number);
        List<CompletableFuture<Http.Response>> posts = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.postJson("/api/v1/death-notices", OFFICE, body))).toList();
        List<Http.Response> answers = posts.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Http.Response::status).containsOnly(200, 202).filteredOn(s -> s == 202).hasSize(1);
        assertThat(answers.stream().map(a -> a.json().get("caseId").asText()).distinct()).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    }

    @Test
    void anInvalidNoticeListsEveryProblemAndStoresNothing() {
        long casesBefore = count("estate_case");
        long heirsBefore = count("heir");
        long processesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("estate-settlement").count();
        String number = TestIds.registrationNumber();
        String body = """
                { "registrationNumber": "%s", "registrationOffice": "大安戶政",
                  "decedent": { "nationalId": "A123456788", "name": "王大明", "birthDate": "1948-03-02", "dateOfDeath": "2099-01-01" },
                  "heirs": [ { "nationalId": "%s", "name": "王小明", "birthDate": "2015-01-01", "relation": "NEPHEW" },
                             { "nationalId": "%s", "name": "王孫", "birthDate": "1990-01-01", "relation": "GRANDCHILD",
                               "representsNationalId": "%s" } ] }
                """.formatted(number, TestIds.citizen(1), TestIds.citizen(1), TestIds.citizen(1));

        Http.Response r = http.postJson("/api/v1/death-notices", OFFICE, body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly(
                "decedent.nationalId", "decedent.dateOfDeath", "heirs[0].relation", "heirs[0].guardian",
                "heirs[1].representsNationalId");
        assertThat(r.json().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(count("estate_case")).isEqualTo(casesBefore);
        assertThat(count("heir")).isEqualTo(heirsBefore);
        assertThat(jdbc.sql("select count(*) from death_notice where registration_number = :n").param("n", number)
                .query(Long.class).single()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("estate-settlement").count()).isEqualTo(processesBefore);
    }

    @Test
    void malformedBodiesAre400NotServerErrors() {
        for (String body : List.of("{\"registrationNumber\":", "[]", "not json", "{\"heirs\": \"x\"}")) {
            Http.Response r = http.postJson("/api/v1/death-notices", OFFICE, body);
            assertThat(r.status()).as(body).isIn(400, 422);
        }
        assertThat(http.postJson("/api/v1/death-notices", OFFICE, "{\"registrationNumber\":").status()).isEqualTo(400);
    }

    @Test
    void oversizedBodiesAre413WhetherDeclaredOrStreamed() {
        String huge = Notices.valid(TestIds.registrationNumber()).replace("臺北市大安區和平東路二段 100 號", "x".repeat(1_100_000));
        assertThat(http.postJson("/api/v1/death-notices", OFFICE, huge).status()).isEqualTo(413);

        // Chunked, with no Content-Length: the server must count.
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/death-notices"))
                .header("Authorization", OFFICE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
        assertThat(http.send(chunked).status()).isEqualTo(413);
    }

    @Test
    void callersWithoutAValidKeyAre401() {
        String body = Notices.valid(TestIds.registrationNumber());
        assertThat(http.postJson("/api/v1/death-notices", null, body).status()).isEqualTo(401);
        Http.Response wrong = http.postJson("/api/v1/death-notices", bearer("dev-registration-officE"), body);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(http.postJson("/api/v1/death-notices", basic("officer", "officer"), body).status())
                .as("an officer is not a registration office").isEqualTo(403);
    }

    @Test
    void demoKeysWorkOnlyInDemoMode() {
        ApiClientRepository outsideDemo = new ApiClientRepository(jdbc, new tw.ourdata.estate.common.DeploymentMode(false, false));
        assertThat(clients.findByKey("dev-registration-office")).isPresent();
        assertThat(outsideDemo.findByKey("dev-registration-office")).isEmpty();

        String realKey = tw.ourdata.estate.security.ApiKeys.newKey();
        outsideDemo.ensure(ApiClient.Kind.REGISTRATION_OFFICE, "Real office", realKey, null, false);
        assertThat(outsideDemo.findByKey(realKey)).isPresent();
        assertThat(jdbc.sql("select count(*) from api_client where key_sha256 = :k").param("k", realKey).query(Long.class).single())
                .as("keys are stored hashed, never in clear").isZero();
    }

    @Test
    void anotherOfficeCannotReadTheCaseButAnOfficerCan() {
        Http.Response created = http.postJson("/api/v1/death-notices", OFFICE, Notices.valid(TestIds.registrationNumber()));
        String otherKey = tw.ourdata.estate.security.ApiKeys.newKey();
        clients.ensure(ApiClient.Kind.REGISTRATION_OFFICE, "Another office", otherKey, null, false);

        assertThat(http.get(created.header("Location"), bearer(otherKey)).status()).isEqualTo(404);
        assertThat(http.get(created.header("Location"), null).status()).isEqualTo(401);
        assertThat(http.get(created.header("Location"), basic("officer", "officer")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/cases/not-a-uuid", OFFICE).status()).isEqualTo(404);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

}

package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.simulator.Behaviour;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/** {@code POST /api/v1/asset-queries/{queryId}/answer}: who may answer, and what an answer may say. */
@IntegrationTest
class AssetQueryCallbackTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    SimulatorSettings simulator;

    Http http;
    Discovery discovery;
    Discovery.OpenedCase c;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        discovery = new Discovery(http, runtime, management);
        Discovery.INSTITUTIONS.forEach(code -> simulator.setBehaviour(code, Behaviour.SILENT));
        c = discovery.open(TestIds.citizen(1));
    }

    @AfterEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void anIdenticalRepeatChangesNothingAndADifferentSecondAnswerIsAConflict() {
        discovery.awaitStatus(c, "LAND", "SENT");
        assertThat(discovery.answerAs(c, "LAND", Discovery.landAnswer(12_000_000, "1/2")).status()).isEqualTo(200);
        JsonNode before = discovery.view(c);

        // Same content, other spelling (spacing, key order, 2/4 for 1/2): the same answer.
        Http.Response repeat = discovery.answerAs(c, "LAND", """
                {"liabilities":[],"assets":[{"share":"2/4","value":12000000,"valuationBasis":"公告土地現值 NT$250000/m²",
                "identifier":"0123-0000","description":"  臺北市大安區仁愛段三小段 0123-0000 地號 土地 120.00 m² ","kind":"LAND"}],"status":"FOUND"}""");
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("repeat").asBoolean()).isTrue();

        Http.Response different = discovery.answerAs(c, "LAND", Discovery.landAnswer(13_000_000, "1/2"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.json().get("detail").asText()).contains("already answered differently");

        JsonNode after = discovery.view(c);
        assertThat(after.get("inventory")).isEqualTo(before.get("inventory"));
        assertThat(after.get("inventory").get("assets")).hasSize(1);
        JsonNode landBefore = before.get("assetQueries").get(0);
        assertThat(landBefore.get("institution").asText()).isEqualTo("LAND");
        assertThat(discovery.query(c, "LAND").get("answeredAt")).isEqualTo(landBefore.get("answeredAt"));
    }

    @Test
    void onlyTheInstitutionTheQueryWentToMayAnswerIt() {
        String landQuery = discovery.queryId(c, "LAND");
        Http.Response otherInstitution = discovery.answer(landQuery, "dev-BANKS", Discovery.NONE);
        assertThat(otherInstitution.status()).isEqualTo(403);
        assertThat(otherInstitution.header("Content-Type")).startsWith("application/problem+json");
        assertThat(discovery.answer(landQuery, "dev-registration-office", Discovery.NONE).status()).isEqualTo(403);
        assertThat(http.postJson("/api/v1/asset-queries/" + landQuery + "/answer", Discovery.OFFICER, Discovery.NONE).status())
                .as("an officer is no institution").isEqualTo(403);
        assertThat(discovery.answer(landQuery, null, Discovery.NONE).status()).isEqualTo(401);
        assertThat(discovery.answer(landQuery, "dev-LAND-guess", Discovery.NONE).status()).isEqualTo(401);
        assertThat(discovery.query(c, "LAND").get("status").asText()).isNotEqualTo("ANSWERED");
    }

    @Test
    void anUnknownQueryIs404() {
        assertThat(discovery.answer(UUID.randomUUID().toString(), "dev-LAND", Discovery.NONE).status()).isEqualTo(404);
        assertThat(discovery.answer("not-a-query-id", "dev-LAND", Discovery.NONE).status()).isEqualTo(404);
    }

    @Test
    void anInvalidAnswerListsEveryProblemAndStoresNothing() {
        String body = """
                { "status": "FOUND",
                  "assets": [ { "kind": "YACHT", "description": "", "valuationBasis": "市價", "value": -5, "share": "3/2" },
                              { "kind": "DEPOSIT", "description": "臺灣銀行 活期存款", "valuationBasis": "餘額", "value": 10.5, "share": "0" },
                              { "kind": "FUND", "description": "%s", "valuationBasis": "淨值", "value": "100", "share": "a/b" } ],
                  "liabilities": [ { "kind": "GAMBLING", "amount": null } ] }""".formatted("x".repeat(501));
        Http.Response r = discovery.answerAs(c, "BANKS", body);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly(
                "assets[0].kind", "assets[0].description", "assets[0].value", "assets[0].share",
                "assets[1].value", "assets[1].share",
                "assets[2].description", "assets[2].value", "assets[2].share",
                "liabilities[0].kind", "liabilities[0].description", "liabilities[0].amount");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("YACHT").contains("SAFE_DEPOSIT_BOX");

        Http.Response contradiction = discovery.answerAs(c, "BANKS", """
                { "status": "NONE", "assets": [ { "kind": "DEPOSIT", "description": "x", "valuationBasis": "y", "value": 1 } ] }""");
        assertThat(contradiction.status()).isEqualTo(422);
        assertThat(contradiction.json().get("errors").findValuesAsText("field")).containsExactly("assets");
        Http.Response emptyFound = discovery.answerAs(c, "BANKS", "{ \"status\": \"FOUND\" }");
        assertThat(emptyFound.json().get("errors").findValuesAsText("field")).containsExactly("status");
        assertThat(discovery.answerAs(c, "BANKS", "{ \"status\": \"MAYBE\" }").json().get("errors").findValuesAsText("field"))
                .containsExactly("status");
        assertThat(discovery.answerAs(c, "BANKS", "{ \"status\": ").status()).isEqualTo(400);

        assertThat(discovery.query(c, "BANKS").get("status").asText()).isNotEqualTo("ANSWERED");
        assertThat(discovery.view(c).get("inventory").get("assets")).isEmpty();
    }

    @Test
    void oversizedAnswersAre413WhetherDeclaredOrStreamed() {
        String queryId = discovery.queryId(c, "BANKS");
        String huge = Discovery.landAnswer(1, "1").replace("臺北市大安區", "x".repeat(1_100_000));
        assertThat(discovery.answer(queryId, "dev-BANKS", huge).status()).isEqualTo(413);
        assertThat(discovery.answer(queryId, null, huge).status()).as("before authentication, too").isEqualTo(413);

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/asset-queries/" + queryId + "/answer"))
                .header("Authorization", "Bearer dev-BANKS").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
        assertThat(http.send(chunked).status()).isEqualTo(413);
        assertThat(discovery.query(c, "BANKS").get("status").asText()).isNotEqualTo("ANSWERED");
    }
}

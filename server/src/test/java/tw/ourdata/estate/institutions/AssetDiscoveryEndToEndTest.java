package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.simulator.SimulatedEstate;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * From the death notice to a complete inventory with the bundled simulator: the server posts the
 * queries over HTTP, the simulated institutions answer over HTTP on the real callback API with
 * their own keys, and the case view shows every answer.
 */
@IntegrationTest
class AssetDiscoveryEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    SimulatorSettings simulator;

    Discovery discovery;

    @BeforeEach
    void setUp() {
        discovery = new Discovery(new Http(port), runtime, management);
        simulator.reset();
        // Still a random delay, only shorter than the demo's one to five seconds.
        simulator.setDelays(Duration.ofMillis(100), Duration.ofMillis(800));
    }

    @AfterEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void theSimulatedInstitutionsAnswerAndTheSameDecedentAlwaysHasTheSameEstate() {
        String decedentId = TestIds.citizen(1);
        Discovery.OpenedCase first = discovery.open(decedentId);
        Discovery.OpenedCase second = discovery.open(decedentId);

        discovery.awaitAll(first, "ANSWERED");
        discovery.awaitAll(second, "ANSWERED");

        JsonNode view = discovery.view(first);
        assertThat(view.get("assetQueriesAnswered").asInt()).isEqualTo(9);
        assertThat(view.get("assetQueriesTotal").asInt()).isEqualTo(9);
        for (JsonNode q : view.get("assetQueries")) {
            assertThat(q.get("institutionName").asText()).isNotBlank();
            assertThat(q.get("sentAt").asText()).isNotBlank();
            assertThat(q.get("answeredAt").asText()).isNotBlank();
        }
        // Deposits are always found at the Bankers Association; every value is whole NT$, every share a fraction.
        JsonNode assets = view.get("inventory").get("assets");
        assertThat(assets.findValuesAsText("institution")).contains("BANKS");
        for (JsonNode a : assets) {
            assertThat(a.get("value").isIntegralNumber()).isTrue();
            assertThat(a.get("share").asText()).matches("1|\\d+/\\d+");
            if (a.get("kind").asText().equals("LAND")) {
                assertThat(a.get("valuationBasis").asText()).contains("公告土地現值");
            }
        }
        assertThat(view.get("inventory").toString()).as("what the simulator derives from the national ID, and nothing else")
                .isEqualTo(expectedInventory(decedentId).toString());

        // The registration office follows the queries, but the inventory is tax data for officers only.
        JsonNode asOffice = discovery.view(first, Discovery.OFFICE);
        assertThat(asOffice.get("assetQueriesAnswered").asInt()).isEqualTo(9);
        assertThat(asOffice.get("assetQueries")).hasSize(9);
        assertThat(asOffice.has("inventory")).isFalse();

        // Determinism: the same decedent, notified again under another registration, has the same estate.
        assertThat(discovery.view(second).get("inventory")).isEqualTo(view.get("inventory"));

        // And the case process has moved past asset discovery.
        String caseProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(first.registrationNumber())
                .singleResult().getId();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(caseProcess)
                        .activityId("inventoryComplete").finished().count()).isEqualTo(1));
    }

    @Test
    void theSimulatorTakesManyQueriesWithoutWaitingAndCallsOnlyThisServerBack() {
        Http http = new Http(port);
        String ownCallback = http.base() + "/api/v1/asset-queries/%s/answer";
        List<java.util.concurrent.CompletableFuture<Http.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = """
                    { "queryId": "%1$s", "decedent": { "nationalId": "%2$s", "name": "王大明", "birthDate": "1948-03-02" },
                      "dateOfDeath": "2025-01-15", "callbackUrl": "%3$s" }""".formatted(java.util.UUID.randomUUID(), TestIds.citizen(1),
                    ownCallback.formatted(java.util.UUID.randomUUID()));
            posts.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> http.postJson("/simulator/institutions/BANKS/queries", null, body)));
        }
        // Unknown query ids: the simulated answers are refused later with 404, which it accepts as final.
        assertThat(posts.stream().map(p -> p.join().status())).containsOnly(202);

        String elsewhere = """
                { "queryId": "q", "decedent": { "nationalId": "A123456789" }, "callbackUrl": "http://attacker.example/collect" }""";
        assertThat(http.postJson("/simulator/institutions/BANKS/queries", null, elsewhere).status()).isEqualTo(400);
        assertThat(http.postJson("/simulator/institutions/NOBODY/queries", null, elsewhere).status()).isEqualTo(404);
    }

    @Test
    void differentDecedentsHaveDifferentEstates() {
        List<SimulatedEstate.Answer> estates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            estates.add(SimulatedEstate.answer("BANKS", TestIds.citizen(1)));
        }
        assertThat(estates.stream().distinct()).hasSizeGreaterThan(1);
    }

    /** The inventory rebuilt from {@link SimulatedEstate} directly, in the case view's order. */
    private static JsonNode expectedInventory(String decedentId) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var assets = json.createArrayNode();
        var liabilities = json.createArrayNode();
        for (String code : Discovery.INSTITUTIONS) {
            SimulatedEstate.Answer answer = SimulatedEstate.answer(code, decedentId);
            for (SimulatedEstate.Asset a : answer.assets()) {
                var n = assets.addObject();
                n.put("institution", code).put("kind", a.kind()).put("description", a.description());
                if (a.identifier() != null) {
                    n.put("identifier", a.identifier());
                }
                n.put("valuationBasis", a.valuationBasis()).put("value", a.value()).put("share", a.share());
            }
            for (SimulatedEstate.Liability l : answer.liabilities()) {
                liabilities.addObject().put("institution", code).put("kind", l.kind()).put("description", l.description())
                        .put("amount", l.amount());
            }
        }
        var inventory = json.createObjectNode();
        inventory.set("assets", assets);
        inventory.set("liabilities", liabilities);
        return inventory;
    }
}

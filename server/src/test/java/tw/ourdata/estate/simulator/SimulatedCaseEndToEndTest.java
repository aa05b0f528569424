package tw.ourdata.estate.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * The bundled simulators take a posted notice, with nobody's hand on it, to "heirs onboarded and
 * inventory complete": institutions answer over the callback API, simulated heirs verify with
 * demo certificates, consent and name the first adult heir as proxy over the portal API; the
 * case then waits for the tax officer's review.
 */
@IntegrationTest
class SimulatedCaseEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    SimulatedHeirs simulatedHeirs;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void switchOff() {
        simulatedHeirs.disable();
    }

    @Test
    void aNoticeReachesHeirsOnboardedAndInventoryCompleteOnItsOwn() {
        simulatedHeirs.enable();
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
                """.formatted(TestIds.registrationNumber(), TestIds.citizen(1), TestIds.citizen(2), tag, TestIds.citizen(1), tag,
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
    }
}

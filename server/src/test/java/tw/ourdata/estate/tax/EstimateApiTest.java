package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The public estimate over HTTP, with the parameters read from the migration-seeded table
 * (the unit tests build the same figures in a fixture; this proves the rows say the same).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EstimateApiTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** Worked example 1 of the rules file: death January 2025, spouse and one adult son, gross 22,000,000. */
    static final String EXAMPLE_1 = """
            { "dateOfDeath": "2025-01-20", "diedInLineOfDuty": false, "residentOfTaiwan": true,
              "assets": [ { "kind": "LAND", "value": 15000000, "excluded": false },
                          { "kind": "DEPOSIT", "value": 7000000, "excluded": false },
                          { "kind": "INSURANCE", "value": 3000000, "excluded": true } ],
              "heirs": [ { "relation": "SPOUSE", "birthDate": "1955-01-01", "renounced": %s },
                         { "relation": "CHILD", "birthDate": "1980-01-01" } ] }
            """;

    @Test
    @Order(1)
    void workedExampleOneFromTheRulesFile() {
        Http.Response r = http.postJson("/api/v1/estate-tax/estimate", null, EXAMPLE_1.formatted("false"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("grossEstate").asLong()).isEqualTo(22_000_000);
        assertThat(e.get("exemption").asLong()).isEqualTo(13_330_000);
        assertThat(e.get("netTaxableEstate").asLong()).isEqualTo(1_200_000);
        assertThat(e.get("taxPayable").asLong()).isEqualTo(120_000);
        assertThat(e.get("parametersEffectiveFrom").asText()).isEqualTo("2025-01-01");
        assertThat(e.get("deductions").findValuesAsText("code")).contains("SPOUSE", "LINEAL_DESCENDANTS", "FUNERAL");
        assertThat(e.get("deductions").get(0).get("basis").asText()).contains("17");
        assertThat(e.get("statutoryShares").get(0).get("share").asText()).isEqualTo("1/2");
        assertThat(e.get("statutoryShares").get(1).get("share").asText()).isEqualTo("1/2");

        JsonNode renounced = http.postJson("/api/v1/estate-tax/estimate", null, EXAMPLE_1.formatted("true")).json();
        assertThat(renounced.get("netTaxableEstate").asLong()).isEqualTo(6_730_000);
        assertThat(renounced.get("taxPayable").asLong()).isEqualTo(673_000);
        assertThat(renounced.get("statutoryShares").get(0).get("share").asText()).isEqualTo("0");
        assertThat(renounced.get("statutoryShares").get(1).get("share").asText()).isEqualTo("1");
    }

    @Test
    @Order(2)
    void badInputIs422WithFieldErrors() {
        Http.Response r = http.postJson("/api/v1/estate-tax/estimate", null, """
                { "dateOfDeath": "2016-01-01", "assets": [ { "kind": "LAND", "value": -5 } ],
                  "heirs": [ { "relation": "CHILD", "birthDate": "2020-01-01" } ] }
                """);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsText("field")).contains("dateOfDeath", "assets[0].value");

        Http.Response unknownKind = http.postJson("/api/v1/estate-tax/estimate", null, """
                { "dateOfDeath": "2025-01-01", "assets": [ { "kind": "YACHT", "value": 5 } ], "heirs": [] }
                """);
        assertThat(unknownKind.status()).isEqualTo(422);
        assertThat(unknownKind.json().get("errors").get(0).get("field").asText()).isEqualTo("assets[0].kind");
        assertThat(unknownKind.json().get("errors").get(0).get("message").asText()).startsWith("must be one of LAND");

        assertThat(http.postJson("/api/v1/estate-tax/estimate", null, "{ not json").status()).isEqualTo(400);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aFloodIsSlowedWith429() {
        int status = 0;
        Http.Response last = null;
        for (int i = 0; i < 70 && status != 429; i++) {
            last = http.postJson("/api/v1/estate-tax/estimate", null, EXAMPLE_1.formatted("false"));
            status = last.status();
        }
        assertThat(status).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
    }
}

package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import tw.ourdata.estate.succession.HeirRelation;

/**
 * The controller maps the request JSON onto {@link EstateFacts} and returns {@link EstateTaxEstimate}
 * as it is, with Spring Boot's default Jackson settings; this test holds both shapes.
 */
class EstateTaxJsonTest {

    private final ObjectMapper json = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) // as Spring Boot configures it
            .build();

    private static final String REQUEST = """
            {
              "dateOfDeath": "2025-01-15",
              "diedInLineOfDuty": false,
              "residentOfTaiwan": true,
              "assets": [ { "kind": "LAND", "value": 22000000, "excluded": false },
                          { "kind": "INSURANCE", "value": 3000000, "excluded": true } ],
              "foreignAssets": [],
              "giftsWithinTwoYears": [ { "recipient": "HEIR", "valueAtDeath": 0, "giftTaxPaid": 0,
                                         "landValueIncrementTaxPaid": 0, "interest": 0 } ],
              "debts": 0,
              "unpaidTaxes": 0,
              "spouseClaim": null,
              "heirs": [ { "relation": "SPOUSE", "birthDate": "1960-01-01", "renounced": false,
                           "predeceased": false, "representsHeir": null, "severelyDisabled": false },
                         { "relation": "CHILD", "birthDate": "1990-05-05", "renounced": false,
                           "predeceased": false, "representsHeir": null, "severelyDisabled": false } ],
              "dependents": []
            }
            """;

    @Test
    void theRequestMapsOntoTheRecords() throws Exception {
        EstateFacts facts = json.readValue(REQUEST, EstateFacts.class);

        assertThat(facts.dateOfDeath()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(facts.residentOfTaiwan()).isTrue();
        assertThat(facts.assets()).containsExactly(new Asset(AssetKind.LAND, 22_000_000L, false),
                new Asset(AssetKind.INSURANCE, 3_000_000L, true));
        assertThat(facts.heirs()).extracting(h -> h.relation()).containsExactly(HeirRelation.SPOUSE, HeirRelation.CHILD);
        assertThat(facts.spouseClaim()).isNull();
    }

    @Test
    void theEstimateSerialisesToThePublicResponseShape() throws Exception {
        EstateFacts facts = json.readValue(REQUEST, EstateFacts.class);
        EstateTaxEstimate estimate = new EstateTaxCalculator(TaxParameterFixture.table()).estimate(facts);

        JsonNode response = json.readTree(json.writeValueAsString(estimate));

        assertThat(response.fieldNames()).toIterable().containsExactly("grossEstate", "exemption", "deductions",
                "netTaxableEstate", "taxBeforeCredits", "credits", "taxPayable", "statutoryShares",
                "parametersEffectiveFrom");
        assertThat(response.get("grossEstate").asLong()).isEqualTo(22_000_000);
        assertThat(response.get("deductions").get(0).fieldNames()).toIterable()
                .containsExactly("code", "amount", "basis");
        assertThat(response.get("deductions").get(0).get("code").asText()).isEqualTo("SPOUSE");
        assertThat(response.get("deductions").get(0).get("amount").asLong()).isEqualTo(5_530_000);
        assertThat(response.get("taxPayable").asLong()).isEqualTo(120_000);
        assertThat(response.get("statutoryShares").toString())
                .isEqualTo("[{\"heir\":0,\"share\":\"1/2\"},{\"heir\":1,\"share\":\"1/2\"}]");
        assertThat(response.get("parametersEffectiveFrom").asText()).isEqualTo("2025-01-01");
    }
}

package tw.ourdata.estate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.support.TestIds;

class SimulatedEstateTest {

    private static final List<String> CODES = List.of("LAND", "VEHICLE", "TDCC", "BANKS", "LIFE_INSURANCE", "TAIFEX", "SITCA",
            "JCIC", "POST");

    @Test
    void theSameDecedentAlwaysHasTheSameEstate() {
        assertThat(SimulatedEstate.answer("LAND", "A123456789")).isEqualTo(SimulatedEstate.answer("LAND", "A123456789"));
        // Pinned: the estate must not change between versions or machines, or a demo case would change its story.
        SimulatedEstate.Answer bank = SimulatedEstate.answer("BANKS", "A123456789");
        assertThat(bank.status()).isEqualTo("FOUND");
        assertThat(bank.assets()).isNotEmpty().allSatisfy(a -> assertThat(a.kind()).isIn("DEPOSIT", "SAFE_DEPOSIT_BOX"));
    }

    @Test
    void answersArePlausibleForEachInstitution() {
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> TestIds.citizen(1 + i % 2)).toList();
        for (String code : CODES) {
            long none = ids.stream().filter(id -> SimulatedEstate.answer(code, id).status().equals("NONE")).count();
            if (code.equals("BANKS")) {
                assertThat(none).as("everyone has a bank account").isZero();
            } else {
                assertThat(none).as(code + " sometimes finds nothing").isPositive().isLessThan(ids.size());
            }
        }
        for (String id : ids) {
            SimulatedEstate.answer("LAND", id).assets().forEach(a -> {
                assertThat(a.kind()).isIn("LAND", "BUILDING");
                if (a.kind().equals("LAND")) {
                    assertThat(a.valuationBasis()).contains("公告土地現值");
                }
                assertThat(a.share()).isIn("1", "1/2", "1/3", "1/4");
                assertThat(a.value()).isPositive();
            });
            SimulatedEstate.Answer jcic = SimulatedEstate.answer("JCIC", id);
            assertThat(jcic.assets()).isEmpty();
            jcic.liabilities().forEach(l -> assertThat(l.kind()).isIn("LOAN", "CREDIT_CARD"));
            SimulatedEstate.answer("POST", id).assets().forEach(a -> assertThat(a.description()).contains("中華郵政"));
            SimulatedEstate.answer("TDCC", id).assets().forEach(a -> assertThat(a.kind()).isEqualTo("SECURITIES"));
            SimulatedEstate.answer("VEHICLE", id).assets().forEach(a -> assertThat(a.kind()).isEqualTo("VEHICLE"));
        }
    }
}

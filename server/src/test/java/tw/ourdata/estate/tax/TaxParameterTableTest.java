package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxParameterTableTest {

    private final TaxParameterTable table = TaxParameterFixture.table();

    @ParameterizedTest(name = "death on {0} uses the period from {1} (exemption {2}, spouse {3}, first top {4})")
    @CsvSource({
            "2017-05-12, 2017-05-12, 12000000, 4930000, 50000000",
            "2021-12-31, 2017-05-12, 12000000, 4930000, 50000000",
            "2022-01-01, 2022-01-01, 13330000, 4930000, 50000000",
            "2023-12-31, 2022-01-01, 13330000, 4930000, 50000000",
            "2024-01-01, 2024-01-01, 13330000, 5530000, 50000000",
            "2024-12-31, 2024-01-01, 13330000, 5530000, 50000000",
            "2025-01-01, 2025-01-01, 13330000, 5530000, 56210000",
            "2026-12-31, 2025-01-01, 13330000, 5530000, 56210000",
    })
    void findsThePeriodInForceAtTheDateOfDeath(LocalDate death, LocalDate from, long exemption, long spouse,
                                               long firstTop) {
        TaxParameters parameters = table.inForceAt(death);

        assertThat(parameters.effectiveFrom()).isEqualTo(from);
        assertThat(parameters.exemption()).isEqualTo(exemption);
        assertThat(parameters.spouseDeduction()).isEqualTo(spouse);
        assertThat(parameters.brackets().get(0).upTo()).isEqualTo(firstTop);
    }

    @ParameterizedTest
    @CsvSource({"2017-05-11", "2009-01-23", "1990-01-01"})
    void refusesDeathsOfTheFlatRateEra(LocalDate death) {
        assertThatThrownBy(() -> table.inForceAt(death))
                .isInstanceOf(UnsupportedDateOfDeathException.class)
                .hasMessage("deaths before 2017-05-12 (flat 10% era) are not supported");
    }

    @Test
    void refusesADeathNoLoadedPeriodCovers() {
        assertThatThrownBy(() -> table.inForceAt(LocalDate.of(2027, 1, 1)))
                .isInstanceOf(UnsupportedDateOfDeathException.class)
                .hasMessageContaining("2027-01-01");
    }

    @Test
    void refusesOverlappingPeriods() {
        TaxParameters overlapping = new TaxParameters(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1),
                1, 1, 1, 1, 1, 1, 1, TaxParameterFixture.FROM_2025.brackets(), "x");
        assertThatThrownBy(() -> new TaxParameterTable(List.of(TaxParameterFixture.FROM_2024, overlapping)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void refusesBracketsWithoutAnOpenTop() {
        assertThatThrownBy(() -> new TaxParameters(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                1, 1, 1, 1, 1, 1, 1, List.of(new TaxBracket(10L, 10, 0)), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

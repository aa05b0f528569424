package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 13 brackets, on both bracket sets, exactly at each top and one NT$ above. */
class ProgressiveTaxTest {

    @ParameterizedTest(name = "2024 brackets: net {0} -> {1}% , tax {2}")
    @CsvSource({
            "0, 10, 0",
            "1, 10, 0",
            "10, 10, 1",
            "1200000, 10, 120000",
            "50000000, 10, 5000000",
            "50000001, 15, 5000000",
            "50000010, 15, 5000001",
            "80000000, 15, 9500000",
            "100000000, 15, 12500000",
            "100000001, 20, 12500000",
            "100000005, 20, 12500001",
            "200000000, 20, 32500000",
    })
    void bracketsOf50And100Million(long net, int rate, long tax) {
        TaxParameters parameters = TaxParameterFixture.FROM_2024;

        assertThat(parameters.bracketFor(net).ratePercent()).isEqualTo(rate);
        assertThat(parameters.taxOn(net)).isEqualTo(tax);
    }

    @ParameterizedTest(name = "2025 brackets: net {0} -> {1}% , tax {2}")
    @CsvSource({
            "6730000, 10, 673000",
            "56210000, 10, 5621000",
            "56210001, 15, 5621000",
            "56210020, 15, 5621003",
            "100000000, 15, 12189500",
            "112420000, 15, 14052500",
            "112420001, 20, 14052500",
            "112420005, 20, 14052501",
            "200000000, 20, 31568500",
    })
    void bracketsOf5621And11242Million(long net, int rate, long tax) {
        TaxParameters parameters = TaxParameterFixture.FROM_2025;

        assertThat(parameters.bracketFor(net).ratePercent()).isEqualTo(rate);
        assertThat(parameters.taxOn(net)).isEqualTo(tax);
    }
}

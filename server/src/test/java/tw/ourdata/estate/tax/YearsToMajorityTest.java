package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearsToMajorityTest {

    @ParameterizedTest(name = "born {0}, died {1}: {2} years short")
    @CsvSource({
            // rules file example 2: 10 years 4 months short counts as 11
            "2017-11-01, 2025-07-01, 11",
            // 18th birthday on the day of death: adult
            "2007-07-01, 2025-07-01, 0",
            // one day short of 18: a part year is a whole year
            "2007-07-02, 2025-07-01, 1",
            "1980-01-01, 2025-07-01, 0",
            // born the day before the death
            "2025-06-30, 2025-07-01, 18",
            // exactly 8 years short
            "2015-01-01, 2025-01-01, 8",
            // before 2023-01-01 majority was 20: an 18-year-old was still short
            "2004-01-01, 2022-12-31, 2",
            "2004-01-01, 2023-01-01, 0",
            "2002-12-31, 2022-12-31, 0",
            "2003-01-01, 2022-12-31, 1",
    })
    void countsEveryStartedYearShortOfMajority(LocalDate born, LocalDate died, int years) {
        assertThat(YearsToMajority.yearsShort(born, died)).isEqualTo(years);
    }
}

package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.List;

/** The four periods of migrations/sql/V20__estate_tax_parameters.sql, as the server loads them. */
final class TaxParameterFixture {

    private TaxParameterFixture() {
    }

    static final TaxParameters FROM_2017_05_12 = period("2017-05-12", "2021-12-31", 12_000_000,
            4_930_000, 500_000, 1_230_000, 6_180_000, 500_000, 1_230_000, false);
    static final TaxParameters FROM_2022 = period("2022-01-01", "2023-12-31", 13_330_000,
            4_930_000, 500_000, 1_230_000, 6_180_000, 500_000, 1_230_000, false);
    static final TaxParameters FROM_2024 = period("2024-01-01", "2024-12-31", 13_330_000,
            5_530_000, 560_000, 1_380_000, 6_930_000, 560_000, 1_380_000, false);
    static final TaxParameters FROM_2025 = period("2025-01-01", "2026-12-31", 13_330_000,
            5_530_000, 560_000, 1_380_000, 6_930_000, 560_000, 1_380_000, true);

    static TaxParameterTable table() {
        return new TaxParameterTable(List.of(FROM_2025, FROM_2017_05_12, FROM_2024, FROM_2022));
    }

    private static TaxParameters period(String from, String to, long exemption, long spouse, long descendant,
                                        long parent, long disability, long dependent, long funeral,
                                        boolean widerBrackets) {
        List<TaxBracket> brackets = widerBrackets
                ? List.of(new TaxBracket(56_210_000L, 10, 0), new TaxBracket(112_420_000L, 15, 2_810_500),
                        new TaxBracket(null, 20, 8_431_500))
                : List.of(new TaxBracket(50_000_000L, 10, 0), new TaxBracket(100_000_000L, 15, 2_500_000),
                        new TaxBracket(null, 20, 7_500_000));
        return new TaxParameters(LocalDate.parse(from), LocalDate.parse(to), exemption, spouse, descendant,
                parent, disability, dependent, funeral, brackets, "test fixture mirroring V20");
    }
}

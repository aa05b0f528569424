package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * All parameter periods, as loaded from {@code estate_tax_parameters}. The tax of an estate is
 * always computed with the amounts in force at the date of death, however late the filing.
 */
public final class TaxParameterTable {

    /**
     * The 2017 amendment of Art. 13 replaced the flat 10% rate with 10/15/20% brackets for deaths
     * from this day on. Older deaths need the flat-rate era, which this software does not model.
     */
    public static final LocalDate FIRST_SUPPORTED_DATE_OF_DEATH = LocalDate.of(2017, 5, 12);

    public static final String FLAT_RATE_ERA_MESSAGE = "deaths before 2017-05-12 (flat 10% era) are not supported";

    private final List<TaxParameters> periods;

    public TaxParameterTable(List<TaxParameters> periods) {
        this.periods = periods.stream().sorted(Comparator.comparing(TaxParameters::effectiveFrom)).toList();
        for (int i = 0; i + 1 < this.periods.size(); i++) {
            if (!this.periods.get(i + 1).effectiveFrom().isAfter(this.periods.get(i).effectiveTo())) {
                throw new IllegalArgumentException("parameter periods overlap at " + this.periods.get(i + 1).effectiveFrom());
            }
        }
    }

    public List<TaxParameters> periods() {
        return periods;
    }

    /**
     * @throws UnsupportedDateOfDeathException before 2017-05-12, or when no period covers the date
     *     (a MOF announcement not yet loaded)
     */
    public TaxParameters inForceAt(LocalDate dateOfDeath) {
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        if (dateOfDeath.isBefore(FIRST_SUPPORTED_DATE_OF_DEATH)) {
            throw new UnsupportedDateOfDeathException(FLAT_RATE_ERA_MESSAGE);
        }
        return periods.stream()
                .filter(p -> p.inForceAt(dateOfDeath))
                .findFirst()
                .orElseThrow(() -> new UnsupportedDateOfDeathException(
                        "no estate-tax parameters are known for a death on " + dateOfDeath));
    }
}

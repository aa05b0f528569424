package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.time.Period;

/**
 * How many years a minor descendant or sibling is short of majority at the date of death; each such
 * year adds one more deduction amount (Art. 17(1)(2) and (5)). A part year counts as a whole year
 * (Enforcement Rules Art. 10-1): 10 years 4 months short counts as 11.
 *
 * <p>Majority is 18 for deaths from 2023-01-01 (Civil Code Art. 12 as amended in 2021, with Art. 17
 * of the Act amended from "20 years" to "majority" for the same day); before that the Act said 20.
 */
public final class YearsToMajority {

    public static final LocalDate MAJORITY_AT_18_FROM = LocalDate.of(2023, 1, 1);

    private YearsToMajority() {
    }

    public static int ageOfMajority(LocalDate dateOfDeath) {
        return dateOfDeath.isBefore(MAJORITY_AT_18_FROM) ? 20 : 18;
    }

    /** 0 for an adult or an unknown birth date. */
    public static int yearsShort(LocalDate birthDate, LocalDate dateOfDeath) {
        if (birthDate == null) {
            return 0;
        }
        LocalDate majority = birthDate.plusYears(ageOfMajority(dateOfDeath));
        if (!dateOfDeath.isBefore(majority)) {
            return 0;
        }
        int wholeYears = Period.between(dateOfDeath, majority).getYears();
        return dateOfDeath.plusYears(wholeYears).isBefore(majority) ? wholeYears + 1 : wholeYears;
    }
}

package tw.ourdata.estate.tax;

import java.time.LocalDate;

/**
 * A sibling or grandparent the decedent supported ({@code dependents[i]}), whether or not they inherit.
 * List only dependents who did not renounce: a renouncing heir gives rise to no deduction (Art. 17(2)).
 *
 * @param relation         sibling or grandparent
 * @param birthDate        required for a sibling: a minor sibling adds deduction years
 * @param severelyDisabled adds the disability deduction (Art. 17(1)(4), as the rules file reads it)
 */
public record Dependent(DependentRelation relation, LocalDate birthDate, boolean severelyDisabled) {
}

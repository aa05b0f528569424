package tw.ourdata.estate.succession;

import java.time.LocalDate;

/**
 * One person of the succession table, as the registration office lists them.
 *
 * <p>The component names are the public request's field names ({@code heirs[i].relation} ...),
 * so a JSON request maps onto this record directly.
 *
 * @param relation         relation to the decedent
 * @param birthDate        needed for lineal descendants: a minor adds deduction years (Estate and Gift Tax Act Art. 17(1)(2))
 * @param renounced        renounced the inheritance (拋棄繼承, Civil Code Art. 1174); retroactive to the death, so the
 *                         heir counts as never having been one (Art. 1175)
 * @param predeceased      only for a CHILD who died before the decedent: listed so that their children can
 *                         represent them (代位繼承, Art. 1140), but not an heir
 * @param representsHeir   for a GRANDCHILD inheriting by representation: the index (in the same list) of the
 *                         predeceased CHILD they represent; {@code null} for a grandchild in their own right
 * @param severelyDisabled severe or worse disability (重度以上身心障礙), which adds a deduction (Art. 17(1)(4))
 */
public record Heir(
        HeirRelation relation,
        LocalDate birthDate,
        boolean renounced,
        boolean predeceased,
        Integer representsHeir,
        boolean severelyDisabled) {
}

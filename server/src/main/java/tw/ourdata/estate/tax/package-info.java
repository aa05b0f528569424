/**
 * The estate tax (遺產稅) of one estate under the Estate and Gift Tax Act, as plain Java.
 *
 * <p>Reading order: {@link tw.ourdata.estate.tax.EstateFacts} (the request) →
 * {@link tw.ourdata.estate.tax.EstateFactsValidator} (422 field problems) →
 * {@link tw.ourdata.estate.tax.EstateTaxCalculator} (gross estate, exemption, deductions, net, tax,
 * credits) → {@link tw.ourdata.estate.tax.EstateTaxEstimate} (the response). The amounts per period
 * are data: {@link tw.ourdata.estate.tax.TaxParameterTable}, loaded from the table
 * {@code estate_tax_parameters} (migration V20).
 *
 * <p>How the rules were read where the rules file leaves room:
 * <ul>
 *   <li>Money is whole NT$ in {@code long}; products use exact arithmetic. Rounding happens in two
 *       places, both down to the NT$: the Art. 13 tax (rate × net) and the half of the spouse claim.</li>
 *   <li>Majority for the minors' extra years is 18 for deaths from 2023-01-01 and 20 before
 *       (Civil Code Art. 12 and Act Art. 17 as amended for that day); a part year counts as a whole.</li>
 *   <li>Personal deductions (Art. 17(1)(1)–(5)) follow the people who inherit: a renouncing heir, and a
 *       listed person of a later order who does not inherit, gives rise to none. The parent deduction
 *       is for "each parent who inherits", as the rules file says.</li>
 *   <li>The disability amount is added for each severely disabled inheriting spouse, descendant or
 *       parent, and for each severely disabled dependent (the rules file counts dependents too).
 *       Siblings and grandparents give rise to deductions only as dependents.</li>
 *   <li>The descendant cap applies when every child renounced and the grandchildren inherit in their
 *       own right; it is the sum of the renouncing children's own deductions (with their minors' years).</li>
 *   <li>A non-resident decedent is taxed only on the estate in Taiwan (Art. 1(2)): foreign assets are
 *       not counted and give no foreign-tax credit. Exemption, funeral, debts, unpaid taxes and the
 *       spouse claim still apply; the personal deductions do not (Art. 17(2)).</li>
 *   <li>The spouse claim (Art. 17-1) belongs to the spouse under the marital-property regime, not to the
 *       inheritance, so a spouse who renounced keeps it.</li>
 *   <li>Each Art. 11 credit is capped at the tax with its assets minus the tax without them (the gift cap
 *       also removes the gifts' effect on the spouse claim), and at the tax still owed, foreign credit
 *       first: the credit lines always add up to what the heirs are spared.</li>
 * </ul>
 *
 * <p>Not modelled: deaths before 2017-05-12 (flat 10%), farmland, property taxed 6–9 years before
 * death, executor costs (Art. 17(1)(6), (7), (11)).
 */
package tw.ourdata.estate.tax;

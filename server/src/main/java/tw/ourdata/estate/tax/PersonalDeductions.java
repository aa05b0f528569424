package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;
import tw.ourdata.estate.succession.StatutoryShares;

/**
 * The deductions for the people the decedent leaves behind, Art. 17(1)(1)–(5).
 *
 * <p>Only people who inherit give rise to them: a renouncing heir gives rise to none (Art. 17(2)), and
 * neither does a listed person of a later order who does not inherit. A decedent who did not live
 * in Taiwan gets none of them (Art. 17(2)).
 */
final class PersonalDeductions {

    private PersonalDeductions() {
    }

    static List<TaxLine> of(EstateFacts facts, StatutoryShares shares, TaxParameters parameters) {
        List<TaxLine> lines = new ArrayList<>();
        if (!facts.residesInTaiwan()) {
            return lines;
        }
        LocalDate death = facts.dateOfDeath();
        List<Heir> heirs = facts.heirs();
        long spouse = 0;
        long descendants = 0;
        long parents = 0;
        int disabled = 0;
        for (int i = 0; i < heirs.size(); i++) {
            Heir heir = heirs.get(i);
            if (!shares.inherits(i)) {
                continue;
            }
            switch (heir.relation()) {
                case SPOUSE -> spouse = parameters.spouseDeduction();
                case CHILD, GRANDCHILD -> descendants = Math.addExact(descendants,
                        descendantDeduction(heir, death, parameters));
                case PARENT -> parents = Math.addExact(parents, parameters.parentDeduction());
                default -> { } // siblings and grandparents count only as dependents, below
            }
            // Art. 17(1)(4) adds the disability amount to the persons of items 1-3
            if (heir.severelyDisabled() && heir.relation() != HeirRelation.SIBLING
                    && heir.relation() != HeirRelation.GRANDPARENT) {
                disabled++;
            }
        }
        if (shares.nextDegreeAfterRenunciation()) {
            // Art. 17(1)(2) proviso: grandchildren inheriting because every child renounced deduct no
            // more than the renouncing children would have.
            descendants = Math.min(descendants, renouncingChildrenDeduction(heirs, death, parameters));
        }
        long dependents = 0;
        for (Dependent dependent : facts.dependents()) {
            long years = dependent.relation() == DependentRelation.SIBLING
                    ? YearsToMajority.yearsShort(dependent.birthDate(), death) : 0;
            dependents = Math.addExact(dependents, Math.multiplyExact(1 + years, parameters.dependentDeduction()));
            if (dependent.severelyDisabled()) {
                disabled++; // the rules file counts dependents too
            }
        }
        addIfPositive(lines, TaxLineCode.SPOUSE, spouse);
        addIfPositive(lines, TaxLineCode.LINEAL_DESCENDANTS, descendants);
        addIfPositive(lines, TaxLineCode.PARENTS, parents);
        addIfPositive(lines, TaxLineCode.DISABILITY, Math.multiplyExact(disabled, parameters.severeDisabilityDeduction()));
        addIfPositive(lines, TaxLineCode.DEPENDENTS, dependents);
        return lines;
    }

    private static long descendantDeduction(Heir heir, LocalDate death, TaxParameters parameters) {
        long years = YearsToMajority.yearsShort(heir.birthDate(), death);
        return Math.multiplyExact(1 + years, parameters.linealDescendantDeduction());
    }

    private static long renouncingChildrenDeduction(List<Heir> heirs, LocalDate death, TaxParameters parameters) {
        long total = 0;
        for (Heir heir : heirs) {
            if (heir.relation() == HeirRelation.CHILD && heir.renounced() && !heir.predeceased()) {
                total = Math.addExact(total, descendantDeduction(heir, death, parameters));
            }
        }
        return total;
    }

    private static void addIfPositive(List<TaxLine> lines, TaxLineCode code, long amount) {
        if (amount > 0) {
            lines.add(TaxLine.of(code, amount));
        }
    }
}

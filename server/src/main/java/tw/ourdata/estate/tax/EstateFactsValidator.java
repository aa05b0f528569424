package tw.ourdata.estate.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;

/**
 * Checks an estate-tax request before any computation, and names every problem by the JSON path of
 * its field ({@code heirs[2].representsHeir}), so the 422 answer tells the caller exactly what to fix.
 * An empty list means the facts can be given to {@link EstateTaxCalculator}.
 */
public final class EstateFactsValidator {

    /** More entries than any real estate has: refused so one request cannot exhaust the server. */
    public static final int MAX_ENTRIES = 1000;

    /** NT$ 10^15 — far above any estate, and 1000 of them still add up without overflowing a long. */
    public static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private final Clock clock;

    /** @param clock today's date is taken in the clock's zone: give it Asia/Taipei, where deaths are registered */
    public EstateFactsValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<FieldProblem> validate(EstateFacts facts) {
        Problems problems = new Problems();
        if (facts == null) {
            problems.add("", "request body is required");
            return problems.list;
        }
        LocalDate death = facts.dateOfDeath();
        checkDateOfDeath(death, problems);
        if (facts.residentOfTaiwan() == null) {
            problems.add("residentOfTaiwan", "is required");
        }
        checkAssets(facts, problems);
        checkForeignAssets(facts, problems);
        checkGifts(facts, problems);
        problems.amount("debts", facts.debts(), false);
        problems.amount("unpaidTaxes", facts.unpaidTaxes(), false);
        checkHeirs(facts.heirs(), death, problems);
        checkSpouseClaim(facts, problems);
        checkDependents(facts.dependents(), death, problems);
        return problems.list;
    }

    private void checkDateOfDeath(LocalDate death, Problems problems) {
        if (death == null) {
            problems.add("dateOfDeath", "is required");
        } else if (death.isAfter(LocalDate.now(clock))) {
            problems.add("dateOfDeath", "must not be in the future");
        } else if (death.isBefore(TaxParameterTable.FIRST_SUPPORTED_DATE_OF_DEATH)) {
            problems.add("dateOfDeath", TaxParameterTable.FLAT_RATE_ERA_MESSAGE);
        }
    }

    private static void checkAssets(EstateFacts facts, Problems problems) {
        if (!problems.size("assets", facts.assets())) {
            return;
        }
        for (int i = 0; i < facts.assets().size(); i++) {
            String field = "assets[" + i + "]";
            Asset asset = facts.assets().get(i);
            if (asset == null) {
                problems.add(field, "must not be null");
                continue;
            }
            if (asset.kind() == null) {
                problems.add(field + ".kind", "is required");
            }
            problems.amount(field + ".value", asset.value(), true);
        }
    }

    private static void checkForeignAssets(EstateFacts facts, Problems problems) {
        if (!problems.size("foreignAssets", facts.foreignAssets())) {
            return;
        }
        for (int i = 0; i < facts.foreignAssets().size(); i++) {
            String field = "foreignAssets[" + i + "]";
            ForeignAsset asset = facts.foreignAssets().get(i);
            if (asset == null) {
                problems.add(field, "must not be null");
                continue;
            }
            problems.amount(field + ".value", asset.value(), true);
            problems.amount(field + ".foreignTaxPaid", asset.foreignTaxPaid(), false);
        }
    }

    private static void checkGifts(EstateFacts facts, Problems problems) {
        if (!problems.size("giftsWithinTwoYears", facts.giftsWithinTwoYears())) {
            return;
        }
        for (int i = 0; i < facts.giftsWithinTwoYears().size(); i++) {
            String field = "giftsWithinTwoYears[" + i + "]";
            GiftWithinTwoYears gift = facts.giftsWithinTwoYears().get(i);
            if (gift == null) {
                problems.add(field, "must not be null");
                continue;
            }
            if (gift.recipient() == null) {
                problems.add(field + ".recipient", "is required");
            }
            problems.amount(field + ".valueAtDeath", gift.valueAtDeath(), true);
            problems.amount(field + ".giftTaxPaid", gift.giftTaxPaid(), false);
            problems.amount(field + ".landValueIncrementTaxPaid", gift.landValueIncrementTaxPaid(), false);
            problems.amount(field + ".interest", gift.interest(), false);
        }
    }

    private static void checkHeirs(List<Heir> heirs, LocalDate death, Problems problems) {
        if (!problems.size("heirs", heirs)) {
            return;
        }
        int spouses = 0;
        int parents = 0;
        for (int i = 0; i < heirs.size(); i++) {
            String field = "heirs[" + i + "]";
            Heir heir = heirs.get(i);
            if (heir == null) {
                problems.add(field, "must not be null");
                continue;
            }
            HeirRelation relation = heir.relation();
            if (relation == null) {
                problems.add(field + ".relation", "is required");
            } else if (relation == HeirRelation.SPOUSE && ++spouses > 1) {
                problems.add(field + ".relation", "only one SPOUSE is allowed");
            } else if (relation == HeirRelation.PARENT && ++parents > 2) {
                problems.add(field + ".relation", "at most two PARENTs are allowed");
            }
            boolean descendant = relation != null && relation.isLinealDescendant();
            if (heir.birthDate() == null) {
                // a descendant's age decides the minors' extra deduction (Art. 17(1)(2))
                if (descendant && !heir.predeceased()) {
                    problems.add(field + ".birthDate", "is required for a CHILD or GRANDCHILD");
                }
            } else if (death != null && heir.birthDate().isAfter(death)) {
                problems.add(field + ".birthDate", "must not be after dateOfDeath");
            }
            if (heir.predeceased() && relation != null && relation != HeirRelation.CHILD) {
                problems.add(field + ".predeceased", "only a CHILD can be predeceased");
            }
            if (heir.predeceased() && heir.renounced()) {
                problems.add(field + ".renounced", "a predeceased heir cannot renounce");
            }
            checkRepresentation(heirs, i, problems);
        }
    }

    /** Representation (Art. 1140) is only of a child who died before the decedent, by that child's child. */
    private static void checkRepresentation(List<Heir> heirs, int i, Problems problems) {
        Heir heir = heirs.get(i);
        Integer represented = heir.representsHeir();
        if (represented == null) {
            return;
        }
        String field = "heirs[" + i + "].representsHeir";
        if (heir.relation() != null && heir.relation() != HeirRelation.GRANDCHILD) {
            problems.add(field, "only a GRANDCHILD can represent an heir");
            return;
        }
        if (represented < 0 || represented >= heirs.size() || heirs.get(represented) == null
                || heirs.get(represented).relation() != HeirRelation.CHILD || !heirs.get(represented).predeceased()) {
            problems.add(field, "must be the index of a predeceased CHILD in heirs");
        }
    }

    private static void checkSpouseClaim(EstateFacts facts, Problems problems) {
        SpouseClaim claim = facts.spouseClaim();
        if (claim == null) {
            return;
        }
        problems.amount("spouseClaim.decedentMaritalProperty", claim.decedentMaritalProperty(), true);
        problems.amount("spouseClaim.spouseMaritalProperty", claim.spouseMaritalProperty(), true);
        boolean spouseListed = facts.heirs().stream()
                .anyMatch(h -> h != null && h.relation() == HeirRelation.SPOUSE);
        if (!spouseListed) {
            problems.add("spouseClaim", "needs a SPOUSE among heirs");
        }
    }

    private static void checkDependents(List<Dependent> dependents, LocalDate death, Problems problems) {
        if (!problems.size("dependents", dependents)) {
            return;
        }
        for (int i = 0; i < dependents.size(); i++) {
            String field = "dependents[" + i + "]";
            Dependent dependent = dependents.get(i);
            if (dependent == null) {
                problems.add(field, "must not be null");
                continue;
            }
            if (dependent.relation() == null) {
                problems.add(field + ".relation", "is required");
            }
            if (dependent.birthDate() == null) {
                // a minor sibling's age decides the extra deduction (Art. 17(1)(5))
                if (dependent.relation() == DependentRelation.SIBLING) {
                    problems.add(field + ".birthDate", "is required for a SIBLING");
                }
            } else if (death != null && dependent.birthDate().isAfter(death)) {
                problems.add(field + ".birthDate", "must not be after dateOfDeath");
            }
        }
    }

    private static final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }

        void amount(String field, Long amount, boolean required) {
            if (amount == null) {
                if (required) {
                    add(field, "is required");
                }
            } else if (amount < 0) {
                add(field, "must not be negative");
            } else if (amount > MAX_AMOUNT) {
                add(field, "must be at most " + MAX_AMOUNT);
            }
        }

        /** @return whether the entries are worth checking one by one */
        boolean size(String field, List<?> entries) {
            if (entries.size() > MAX_ENTRIES) {
                add(field, "must have at most " + MAX_ENTRIES + " entries");
                return false;
            }
            return true;
        }
    }
}

package tw.ourdata.estate.succession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.ourdata.estate.common.Fraction;

/**
 * Statutory shares (應繼分) under Civil Code Art. 1138–1144 and 1176.
 *
 * <p>Renunciation is retroactive to the death (Art. 1175), so a renouncing heir is simply left
 * out before the shares are counted. Leaving them out gives exactly the result of Art. 1176:
 * the renounced share falls to the others of the same order (and, within the first order, to
 * the spouse inheriting with them); a whole order renouncing lets the next order in; every
 * child renouncing lets the grandchildren in, in their own right.
 *
 * <p>Only children and grandchildren are modelled as descendants (the succession-table input has
 * no great-grandchildren).
 */
public final class StatutoryShareCalculator {

    public StatutoryShares calculate(List<Heir> heirs) {
        checkShape(heirs);
        Fraction[] shares = new Fraction[heirs.size()];
        Arrays.fill(shares, Fraction.ZERO);
        Integer spouse = inheritingSpouse(heirs);

        // First order (Art. 1138(1)): each child, or each represented child's line (stirps), is one head.
        List<List<Integer>> stirpes = stirpesOfChildren(heirs);
        if (!stirpes.isEmpty()) {
            shareByHeads(stirpes, spouse, shares);
            return result(shares, InheritingOrder.LINEAL_DESCENDANTS, false);
        }
        // Every child renounced (or none is left): the next degree inherits in its own right, per head (Art. 1176(5)).
        List<Integer> grandchildrenInOwnRight = inheriting(heirs, HeirRelation.GRANDCHILD, true);
        if (!grandchildrenInOwnRight.isEmpty()) {
            shareByHeads(grandchildrenInOwnRight.stream().map(List::of).toList(), spouse, shares);
            boolean afterRenunciation = heirs.stream()
                    .anyMatch(h -> h.relation() == HeirRelation.CHILD && h.renounced());
            return result(shares, InheritingOrder.LINEAL_DESCENDANTS, afterRenunciation);
        }
        // Later orders: the spouse takes a fixed part, the order shares the rest equally (Art. 1144(2)(3)).
        InheritingOrder[] laterOrders = {InheritingOrder.PARENTS, InheritingOrder.SIBLINGS, InheritingOrder.GRANDPARENTS};
        HeirRelation[] relations = {HeirRelation.PARENT, HeirRelation.SIBLING, HeirRelation.GRANDPARENT};
        Fraction[] spouseParts = {Fraction.of(1, 2), Fraction.of(1, 2), Fraction.of(2, 3)};
        for (int o = 0; o < laterOrders.length; o++) {
            List<Integer> members = inheriting(heirs, relations[o], false);
            if (members.isEmpty()) {
                continue;
            }
            Fraction rest = Fraction.ONE;
            if (spouse != null) {
                shares[spouse] = spouseParts[o];
                rest = rest.subtract(spouseParts[o]);
            }
            Fraction each = rest.divide(members.size());
            members.forEach(i -> shares[i] = each);
            return result(shares, laterOrders[o], false);
        }
        if (spouse != null) {
            shares[spouse] = Fraction.ONE; // Art. 1144(4): no blood heir
            return result(shares, InheritingOrder.SPOUSE_ALONE, false);
        }
        return result(shares, InheritingOrder.NOBODY, false);
    }

    /** Each head (a child, or the line of a predeceased child) and the spouse share equally (Art. 1141, 1144(1)). */
    private static void shareByHeads(List<List<Integer>> heads, Integer spouse, Fraction[] shares) {
        int count = heads.size() + (spouse == null ? 0 : 1);
        Fraction perHead = Fraction.of(1, count);
        for (List<Integer> head : heads) {
            Fraction each = perHead.divide(head.size());
            head.forEach(i -> shares[i] = each);
        }
        if (spouse != null) {
            shares[spouse] = perHead;
        }
    }

    /**
     * One entry per child who inherits: the child alone, or for a predeceased child the grandchildren
     * who represent them and did not renounce (Art. 1140). A predeceased child with nobody left to
     * represent them is no head at all.
     */
    private static List<List<Integer>> stirpesOfChildren(List<Heir> heirs) {
        List<List<Integer>> stirpes = new ArrayList<>();
        for (int i = 0; i < heirs.size(); i++) {
            Heir heir = heirs.get(i);
            if (heir.relation() != HeirRelation.CHILD || heir.renounced()) {
                continue;
            }
            if (!heir.predeceased()) {
                stirpes.add(List.of(i));
                continue;
            }
            List<Integer> representatives = new ArrayList<>();
            for (int g = 0; g < heirs.size(); g++) {
                Heir grandchild = heirs.get(g);
                if (grandchild.relation() == HeirRelation.GRANDCHILD && !grandchild.renounced()
                        && grandchild.representsHeir() != null && grandchild.representsHeir() == i) {
                    representatives.add(g);
                }
            }
            if (!representatives.isEmpty()) {
                stirpes.add(representatives);
            }
        }
        return stirpes;
    }

    private static List<Integer> inheriting(List<Heir> heirs, HeirRelation relation, boolean onlyInOwnRight) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < heirs.size(); i++) {
            Heir heir = heirs.get(i);
            if (heir.relation() == relation && !heir.renounced() && !heir.predeceased()
                    && (!onlyInOwnRight || heir.representsHeir() == null)) {
                members.add(i);
            }
        }
        return members;
    }

    private static Integer inheritingSpouse(List<Heir> heirs) {
        for (int i = 0; i < heirs.size(); i++) {
            Heir heir = heirs.get(i);
            if (heir.relation() == HeirRelation.SPOUSE && !heir.renounced()) {
                return i;
            }
        }
        return null;
    }

    /** The calculator trusts a validated table but refuses one whose shares would be meaningless. */
    private static void checkShape(List<Heir> heirs) {
        if (heirs == null) {
            throw new IllegalArgumentException("heirs must not be null");
        }
        int spouses = 0;
        for (int i = 0; i < heirs.size(); i++) {
            Heir heir = heirs.get(i);
            if (heir == null || heir.relation() == null) {
                throw new IllegalArgumentException("heirs[" + i + "] has no relation");
            }
            if (heir.relation() == HeirRelation.SPOUSE) {
                spouses++;
            }
            if (heir.predeceased() && heir.relation() != HeirRelation.CHILD) {
                throw new IllegalArgumentException("heirs[" + i + "]: only a CHILD can be predeceased");
            }
            Integer represented = heir.representsHeir();
            if (represented != null && (heir.relation() != HeirRelation.GRANDCHILD
                    || represented < 0 || represented >= heirs.size()
                    || heirs.get(represented) == null
                    || heirs.get(represented).relation() != HeirRelation.CHILD
                    || !heirs.get(represented).predeceased())) {
                throw new IllegalArgumentException("heirs[" + i + "]: representsHeir must name a predeceased CHILD");
            }
        }
        if (spouses > 1) {
            throw new IllegalArgumentException("more than one SPOUSE");
        }
    }

    private static StatutoryShares result(Fraction[] shares, InheritingOrder order, boolean nextDegree) {
        return new StatutoryShares(Arrays.asList(shares), order, nextDegree);
    }
}

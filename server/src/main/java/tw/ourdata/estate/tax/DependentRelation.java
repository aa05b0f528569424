package tw.ourdata.estate.tax;

/** Relatives whose support by the decedent gives rise to a deduction (Art. 17(1)(5)). */
public enum DependentRelation {
    SIBLING,
    GRANDPARENT
}

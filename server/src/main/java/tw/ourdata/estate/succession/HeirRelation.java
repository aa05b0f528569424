package tw.ourdata.estate.succession;

/**
 * How an heir listed in the succession table (繼承系統表) is related to the decedent.
 * The blood relations are in the order of Civil Code Art. 1138: an earlier order
 * excludes every later one; the spouse inherits together with whichever order has anyone.
 */
public enum HeirRelation {
    SPOUSE,
    /** First order, first degree (Art. 1138(1)). */
    CHILD,
    /** First order, second degree: by representation (Art. 1140) or in their own right (Art. 1176(5)). */
    GRANDCHILD,
    /** Second order (Art. 1138(2)). */
    PARENT,
    /** Third order (Art. 1138(3)). */
    SIBLING,
    /** Fourth order (Art. 1138(4)). */
    GRANDPARENT;

    public boolean isLinealDescendant() {
        return this == CHILD || this == GRANDCHILD;
    }
}

package tw.ourdata.estate.succession;

/** Which blood order inherits (Civil Code Art. 1138); the spouse comes along with any of them (Art. 1144). */
public enum InheritingOrder {
    LINEAL_DESCENDANTS,
    PARENTS,
    SIBLINGS,
    GRANDPARENTS,
    /** No blood heir inherits: the spouse takes everything (Art. 1144(4)). */
    SPOUSE_ALONE,
    /** Nobody inherits: the estate goes to an administrator and finally the treasury (Art. 1177–1185). */
    NOBODY
}

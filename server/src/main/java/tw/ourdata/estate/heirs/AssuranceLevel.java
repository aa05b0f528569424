package tw.ourdata.estate.heirs;

/**
 * How strongly an heir's identity was verified, as in the MyData mechanism: a certificate
 * (challenge signed with the key of a citizen-style certificate) may sign later; a one-time code
 * to the registered contact may only view.
 */
public enum AssuranceLevel {
    ONE_TIME_CODE,
    CERTIFICATE;

    public boolean maySign() {
        return this == CERTIFICATE;
    }

    /** The higher of two levels; an heir never loses assurance by verifying again more weakly. */
    public static AssuranceLevel max(AssuranceLevel a, AssuranceLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}

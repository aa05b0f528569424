package tw.ourdata.estate.heirs;

/**
 * How strongly an heir's identity was verified, as in the MyData mechanism: a certificate
 * (challenge signed with the key of a citizen-style certificate), or a one-time code to the
 * registered contact. Which of them may sign is {@link SigningAssurance}'s rule.
 */
public enum AssuranceLevel {
    ONE_TIME_CODE,
    CERTIFICATE;

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

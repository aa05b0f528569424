package tw.ourdata.estate.institutions;

import java.time.Duration;

/**
 * An institution that holds a decedent's assets or debts and answers asset queries: the land
 * registry, the vehicle registry, TDCC, the Bankers Association and so on (table {@code institution}).
 *
 * @param endpoint     where queries are posted; a relative endpoint means this very server (the
 *                     bundled simulator) and is honoured in demo mode only
 * @param serviceLevel how long it may take to answer before the query is re-sent, then escalated
 */
public record Institution(String code, String nameZh, String nameEn, String endpoint, Duration serviceLevel, int position) {

    /** "地政機關 Land registry": how officers and the portal name it. */
    public String displayName() {
        return nameZh + " " + nameEn;
    }
}

package tw.ourdata.estate.tax;

/** Kinds of asset the institutions report (valued at the date of death, Art. 10). */
public enum AssetKind {
    LAND,
    BUILDING,
    DEPOSIT,
    LISTED_SHARES,
    UNLISTED_SHARES,
    FUND,
    SHORT_TERM_BILL,
    FUTURES,
    LIFE_INSURANCE,
    VEHICLE,
    CLAIM,
    CASH,
    OTHER
}

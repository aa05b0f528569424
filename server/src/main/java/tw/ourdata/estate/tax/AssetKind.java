package tw.ourdata.estate.tax;

/**
 * Kinds of asset, as the public estimate API and the institutions' answers name them (valued at
 * the date of death, Art. 10). A safe-deposit box is reported by the banks; its content is valued
 * when it is opened, so it counts as OTHER in an estimate.
 */
public enum AssetKind {
    LAND,
    BUILDING,
    VEHICLE,
    DEPOSIT,
    SECURITIES,
    FUND,
    INSURANCE,
    FUTURES,
    SAFE_DEPOSIT_BOX,
    OTHER
}

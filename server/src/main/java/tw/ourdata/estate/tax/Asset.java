package tw.ourdata.estate.tax;

/**
 * One asset in Taiwan at its value on the date of death ({@code assets[i]}).
 *
 * @param kind     what it is
 * @param value    NT$ at the date of death (Art. 10)
 * @param excluded not part of the estate under Art. 16 (e.g. life insurance paid to a named beneficiary,
 *                 necessities and tools within their limits, donations to government or charities); listed for
 *                 the inventory but left out of the gross estate
 */
public record Asset(AssetKind kind, Long value, boolean excluded) {
}

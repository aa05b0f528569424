package tw.ourdata.estate.templates;

import java.util.List;
import java.util.Objects;

/**
 * One asset of the estate and how the partition allocates it.
 *
 * @param description what it is, e.g. "臺北市大安區土地 Land, Da'an District"
 * @param kind        kind of asset, e.g. "土地 Land", "存款 Deposit"
 * @param institution institution holding or registering it, e.g. "臺灣銀行 Bank of Taiwan"
 * @param identifier  the institution's identifier, e.g. parcel number or account number
 * @param valueNtd    value at the date of death, whole NT$
 * @param allocations who receives which fraction
 */
public record Asset(String description, String kind, String institution, String identifier, long valueNtd,
                    List<Allocation> allocations) {
    public Asset {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(identifier, "identifier");
        allocations = List.copyOf(allocations);
    }
}

package tw.ourdata.estate.templates;

import java.util.Objects;

/**
 * Which heir receives which exact fraction of one asset.
 *
 * @param heirName the receiving heir's name, as in {@link Heir#name()}
 * @param fraction the fraction of the asset, e.g. "1/2" or "1" for the whole
 */
public record Allocation(String heirName, String fraction) {
    public Allocation {
        Objects.requireNonNull(heirName, "heirName");
        Objects.requireNonNull(fraction, "fraction");
    }
}

package tw.ourdata.estate.templates;

import java.util.Objects;

/**
 * The proxy (代理人) all heirs authorised to handle the estate.
 *
 * @param name     full name
 * @param capacity in what capacity they act, e.g. "繼承人 Heir" or "地政士 Land administration agent"
 */
public record Proxy(String name, String capacity) {
    public Proxy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capacity, "capacity");
    }
}

package tw.ourdata.estate.signing.ca;

import java.util.Objects;

/**
 * Who a heir signing certificate is bound to: the heir's name and national ID (身分證統一編號),
 * both as established by the identity verification done before the certificate is issued.
 */
public record HeirIdentity(String name, String nationalId) {
    public HeirIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationalId, "nationalId");
        if (name.isBlank() || nationalId.isBlank()) {
            throw new IllegalArgumentException("a heir needs a name and a national ID");
        }
    }

    @Override
    public String toString() {
        // National IDs never appear in logs in clear (DESIGN.md, security model).
        return "HeirIdentity[name=" + name + ", nationalId=" + NationalIds.mask(nationalId) + "]";
    }
}

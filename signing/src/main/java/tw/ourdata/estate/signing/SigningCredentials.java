package tw.ourdata.estate.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key held by the platform itself (TSA, platform seal) and its certificate chain,
 * end-entity first, root last. Heir keys never appear here: they stay with the heir.
 */
public record SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
    public SigningCredentials {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least the end-entity certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}

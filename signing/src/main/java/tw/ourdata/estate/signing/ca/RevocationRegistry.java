package tw.ourdata.estate.signing.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The serial numbers the issuing CA has revoked, one {@code <serial hex> <revocation instant>} per line.
 * Not secret; its authenticity comes from the CRL signed over it. Rewritten atomically on every change.
 */
final class RevocationRegistry {
    private final Path file;
    private final Map<BigInteger, Instant> revoked = new LinkedHashMap<>();

    RevocationRegistry(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length == 2) {
                        revoked.put(new BigInteger(parts[0], 16), Instant.parse(parts[1]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new PlatformCaException("cannot read the revocation list " + file, e);
            }
        }
    }

    synchronized void revoke(BigInteger serial, Instant at) {
        if (revoked.putIfAbsent(serial, at) != null) {
            return; // revoking twice keeps the first revocation time
        }
        StringBuilder sb = new StringBuilder();
        revoked.forEach((s, t) -> sb.append(s.toString(16)).append(' ').append(t).append('\n'));
        try {
            Path tmp = Files.createTempFile(file.getParent(), "revoked", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            revoked.remove(serial);
            throw new PlatformCaException("cannot persist the revocation of " + serial.toString(16), e);
        }
    }

    synchronized Map<BigInteger, Instant> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(revoked));
    }
}

package tw.ourdata.estate.signing.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The serial numbers the issuing CA has revoked, one {@code <serial hex> <revocation instant>} per line.
 * Not secret; its authenticity comes from the CRL signed over it. Read afresh for every CRL and rewritten
 * atomically under a file lock, so several server nodes sharing the CA directory see each other's revocations.
 */
final class RevocationRegistry {
    private final Path file;
    private final Path lockFile;

    RevocationRegistry(Path file) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
        all(); // fail at start-up, not at the first CRL, if the file is unreadable
    }

    synchronized void revoke(BigInteger serial, Instant at) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Map<BigInteger, Instant> revoked = new LinkedHashMap<>(read());
            if (revoked.putIfAbsent(serial, at) != null) {
                return; // revoking twice keeps the first revocation time
            }
            StringBuilder sb = new StringBuilder();
            revoked.forEach((s, t) -> sb.append(s.toString(16)).append(' ').append(t).append('\n'));
            Path tmp = Files.createTempFile(file.getParent(), "revoked", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PlatformCaException("cannot persist the revocation of " + serial.toString(16), e);
        }
    }

    Map<BigInteger, Instant> all() {
        return Collections.unmodifiableMap(read());
    }

    private Map<BigInteger, Instant> read() {
        Map<BigInteger, Instant> revoked = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return revoked;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    revoked.put(new BigInteger(parts[0], 16), Instant.parse(parts[1]));
                }
            }
            return revoked;
        } catch (IOException | RuntimeException e) {
            throw new PlatformCaException("cannot read the revocation list " + file, e);
        }
    }
}

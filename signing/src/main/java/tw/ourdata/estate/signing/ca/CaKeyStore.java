package tw.ourdata.estate.signing.ca;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEParameterSpec;

import tw.ourdata.estate.signing.SigningCredentials;

/**
 * The CA's private keys at rest: one PKCS#12 file (RFC 7292) whose key entries are encrypted with
 * PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC and whose integrity is protected by the same passphrase,
 * so a wrong passphrase and a tampered file both fail to open.
 */
final class CaKeyStore {
    private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
    private static final int ITERATIONS = 100_000;

    private final Path file;

    CaKeyStore(Path file) {
        this.file = file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    Map<String, SigningCredentials> load(char[] passphrase) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, passphrase);
            Map<String, SigningCredentials> entries = new LinkedHashMap<>();
            for (String alias : java.util.Collections.list(ks.aliases())) {
                PrivateKey key = (PrivateKey) ks.getKey(alias, passphrase);
                Certificate[] chain = ks.getCertificateChain(alias);
                entries.put(alias, new SigningCredentials(key,
                        Arrays.stream(chain).map(X509Certificate.class::cast).toList()));
            }
            return entries;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPassphraseException(
                        "wrong passphrase for the platform CA key store " + file + " (or the file was altered)", e);
            }
            throw new PlatformCaException("cannot read the platform CA key store " + file, e);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException("wrong passphrase for a key in " + file, e);
        } catch (Exception e) {
            throw new PlatformCaException("cannot read the platform CA key store " + file, e);
        }
    }

    /**
     * Writes to a temporary file first and links it in place only if no key store exists yet, so a crash never
     * leaves half a key store and two server nodes starting together on a shared directory end up with one CA.
     *
     * @return false if another process created the key store first (the caller then loads that one)
     */
    boolean createIfAbsent(Map<String, SigningCredentials> entries, char[] passphrase) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            SecureRandom random = new SecureRandom();
            for (Map.Entry<String, SigningCredentials> e : entries.entrySet()) {
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(passphrase, KEY_PROTECTION,
                        new PBEParameterSpec(salt, ITERATIONS));
                List<X509Certificate> chain = e.getValue().chain();
                ks.setEntry(e.getKey(), new KeyStore.PrivateKeyEntry(e.getValue().privateKey(),
                        chain.toArray(new Certificate[0])), protection);
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "platform-ca", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, passphrase);
            }
            try {
                Files.createLink(file, tmp); // fails if the file exists, unlike rename(2)
                return true;
            } catch (java.nio.file.FileAlreadyExistsException lost) {
                return false;
            } catch (UnsupportedOperationException noHardLinks) {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (Exception e) {
            throw new PlatformCaException("cannot write the platform CA key store " + file, e);
        }
    }
}

package tw.ourdata.estate.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * Where the platform CA lives, what opens it and which other roots the platform trusts, read from
 * the {@code ourdata.signing.*} settings (README, "Configuration").
 *
 * @param directory          {@code ourdata.signing.ca-dir}, default {@code <ourdata.data-dir>/platform-ca}
 * @param passphrase         {@code ourdata.signing.ca-passphrase}; in demo mode {@link #DEMO_PASSPHRASE} when unset
 * @param publicBaseUrl      {@code ourdata.public-base-url}: heir certificates name {@code <base>/api/v1/trust/crl}
 * @param extraTrustAnchors  {@code ourdata.signing.extra-trust-anchors}: PEM files, e.g. a citizen CA's root
 */
record CaSettings(Path directory, char[] passphrase, String publicBaseUrl, List<Path> extraTrustAnchors) {

    /**
     * Well known on purpose, like the demo's dev keys: a demo server's CA protects nothing real. A server
     * outside demo mode never falls back to it.
     */
    static final String DEMO_PASSPHRASE = "ourdata-demo-ca-passphrase";

    static CaSettings of(Environment env, DeploymentMode mode) {
        String dir = env.getProperty("ourdata.signing.ca-dir");
        Path directory = StringUtils.hasText(dir) ? Path.of(dir)
                : Path.of(env.getProperty("ourdata.data-dir", "./data")).resolve("platform-ca");
        String passphrase = env.getProperty("ourdata.signing.ca-passphrase");
        if (!StringUtils.hasText(passphrase)) {
            if (!mode.demo()) {
                throw new MissingCaPassphraseException(directory);
            }
            passphrase = DEMO_PASSPHRASE;
        }
        String base = env.getProperty("ourdata.public-base-url", "http://localhost:8080");
        List<Path> anchors = new ArrayList<>();
        for (String p : env.getProperty("ourdata.signing.extra-trust-anchors", String[].class, new String[0])) {
            if (StringUtils.hasText(p)) {
                anchors.add(Path.of(p.trim()));
            }
        }
        return new CaSettings(directory.toAbsolutePath().normalize(), passphrase.toCharArray(), base, anchors);
    }

    /** Every certificate in the configured PEM files; a missing or unreadable file stops the start. */
    List<X509Certificate> readExtraTrustAnchors() {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : extraTrustAnchors) {
            try (InputStream in = Files.newInputStream(file)) {
                var certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (certs.isEmpty()) {
                    throw new IllegalStateException("ourdata.signing.extra-trust-anchors: " + file
                            + " holds no PEM certificate");
                }
                certs.forEach(c -> all.add((X509Certificate) c));
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("ourdata.signing.extra-trust-anchors: cannot read a certificate from "
                        + file + " (" + e.getMessage() + ")", e);
            }
        }
        return all;
    }

    /** Outside demo mode the CA's private keys are never protected by a well-known passphrase. */
    static final class MissingCaPassphraseException extends IllegalStateException {
        MissingCaPassphraseException(Path directory) {
            super("The platform CA passphrase is not set. Outside demo mode set ourdata.signing.ca-passphrase "
                    + "(environment OURDATA_SIGNING_CA_PASSPHRASE, at least 8 characters): it protects the CA's "
                    + "private keys in " + directory + ". Every node sharing that directory needs the same one.");
        }
    }
}

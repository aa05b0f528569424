package tw.ourdata.estate.heirs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * Which certificates the server trusts for identity verification:
 * {@code ourdata.identity.trust-anchors} (comma-separated PEM files, e.g. the MOICA root) and,
 * in demo mode only, the demo citizen CA. {@code ourdata.identity.crls} (comma-separated CRL
 * files) turns revocation checking on; without CRLs it is off.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    @Bean
    @Conditional(DemoMode.class)
    DemoCitizenCa demoCitizenCa(@Value("${ourdata.data-dir}") Path dataDir) {
        return DemoCitizenCa.openOrCreate(dataDir.resolve("demo-citizen-ca"));
    }

    private static List<Path> paths(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip).filter(p -> !p.isEmpty()).map(Path::of).toList();
    }

    /** The demo citizen CA exists only in demo mode. */
    static final class DemoMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DeploymentMode.of(context.getEnvironment()).demo();
        }
    }

    @Bean
    CertificateVerifier certificateVerifier(@Value("${ourdata.identity.trust-anchors:}") String anchorList,
                                            @Value("${ourdata.identity.crls:}") String crlList,
                                            Optional<DemoCitizenCa> demoCa) {
        List<Path> anchorFiles = paths(anchorList);
        List<Path> crlFiles = paths(crlList);
        Set<TrustAnchor> anchors = new HashSet<>();
        List<X509CRL> crls = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : anchorFiles) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        anchors.add(new TrustAnchor((X509Certificate) c, null));
                    }
                }
            }
            for (Path file : crlFiles) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (CRL crl : factory.generateCRLs(in)) {
                        crls.add((X509CRL) crl);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ourdata.identity.trust-anchors / crls", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ourdata.identity.trust-anchors / crls must be PEM certificates / CRLs", e);
        }
        demoCa.ifPresent(ca -> anchors.add(new TrustAnchor(ca.certificate(), null)));
        if (anchors.isEmpty()) {
            log.warn("No identity trust anchors (ourdata.identity.trust-anchors): certificate verification will refuse everyone.");
        }
        CertificateVerifier verifier = new CertificateVerifier(anchors, crls);
        log.info("Identity verification trusts {} certificate authorities{}; revocation checking {}", anchors.size(),
                demoCa.isPresent() ? " (the demo citizen CA included)" : "",
                verifier.revocationChecking() ? "on (" + crls.size() + " CRLs)" : "off (no CRLs configured)");
        return verifier;
    }
}

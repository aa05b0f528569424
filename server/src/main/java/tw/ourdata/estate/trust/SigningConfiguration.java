package tw.ourdata.estate.trust;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.signing.ca.WrongPassphraseException;
import tw.ourdata.estate.signing.pades.DeferredPadesSigner;
import tw.ourdata.estate.signing.pades.LongTermValidation;
import tw.ourdata.estate.signing.pades.PlatformSeal;
import tw.ourdata.estate.heirs.DemoCitizenCa;
import tw.ourdata.estate.signing.trust.TrustAnchors;
import tw.ourdata.estate.signing.tsa.InProcessTsa;
import tw.ourdata.estate.signing.verify.SignatureVerifier;

/**
 * The signing library (plain Java, no Spring) wired into the server: the platform CA opened or created
 * in its directory on start, and everything that signs or verifies with it. Each object is thread-safe
 * and shared.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    CaSettings caSettings(Environment env, DeploymentMode mode) {
        return CaSettings.of(env, mode);
    }

    /**
     * Opened, or created on the very first start. Several nodes may share the directory: the library
     * creates it only if absent, and a node that loses that race loads what the winner wrote.
     */
    @Bean
    PlatformCa platformCa(CaSettings settings) {
        return open(settings);
    }

    static PlatformCa open(CaSettings settings) {
        Path dir = settings.directory();
        try {
            PlatformCa ca = PlatformCa.openOrCreate(dir, settings.passphrase(), settings.publicBaseUrl());
            log.info("Platform CA in {}: root {}, CRLs at {}", dir,
                    ca.rootCertificate().getSubjectX500Principal().getName(), ca.crlUrl());
            return ca;
        } catch (WrongPassphraseException e) {
            throw new IllegalStateException("The platform CA in " + dir + " does not open with the configured "
                    + "passphrase (ourdata.signing.ca-passphrase / OURDATA_SIGNING_CA_PASSPHRASE). Every node sharing "
                    + "the directory must use the passphrase it was created with.", e);
        }
    }

    /**
     * The platform root first, then the configured extra anchors (e.g. a citizen CA's root). In demo
     * mode the demo citizen CA plays the citizen CA's part, so an heir may sign with a demo citizen
     * certificate of their own as well as with one the platform issued.
     */
    @Bean
    TrustAnchors trustAnchors(PlatformCa ca, CaSettings settings, Optional<DemoCitizenCa> demoCitizenCa) {
        List<X509Certificate> extra = new ArrayList<>(settings.readExtraTrustAnchors());
        demoCitizenCa.ifPresent(demo -> extra.add(demo.certificate()));
        return TrustAnchors.of(ca, extra.toArray(X509Certificate[]::new));
    }

    @Bean
    InProcessTsa timestampAuthority(PlatformCa ca) {
        return new InProcessTsa(ca.timestampAuthority());
    }

    @Bean
    DeferredPadesSigner deferredPadesSigner(TrustAnchors trust, InProcessTsa tsa) {
        return new DeferredPadesSigner(trust, tsa);
    }

    @Bean
    SignatureVerifier signatureVerifier(TrustAnchors trust) {
        return new SignatureVerifier(trust);
    }

    @Bean
    LongTermValidation longTermValidation(TrustAnchors trust, InProcessTsa tsa) {
        return new LongTermValidation(trust, tsa);
    }

    @Bean
    PlatformSeal platformSeal(PlatformCa ca, TrustAnchors trust, InProcessTsa tsa) {
        return new PlatformSeal(ca.platformSeal(), trust, tsa);
    }
}

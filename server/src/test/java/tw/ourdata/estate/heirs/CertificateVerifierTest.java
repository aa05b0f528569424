package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The certificate checks on their own, with "now" chosen by the test. */
class CertificateVerifierTest {

    static DemoCitizenCa ca;
    static CertificateVerifier verifier;

    @BeforeAll
    static void createCa() throws Exception {
        Path dir = Files.createTempDirectory("citizen-ca");
        ca = DemoCitizenCa.openOrCreate(dir);
        verifier = new CertificateVerifier(Set.of(new TrustAnchor(ca.certificate(), null)), List.of());
    }

    @Test
    void theCaIsKeptAndReopenedFromItsDirectoryWithTheKeyEncrypted() throws Exception {
        Path dir = Files.createTempDirectory("citizen-ca");
        DemoCitizenCa first = DemoCitizenCa.openOrCreate(dir);
        DemoCitizenCa again = DemoCitizenCa.openOrCreate(dir);
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(Files.readString(dir.resolve("ca-key.pem"))).contains("ENCRYPTED PRIVATE KEY");
    }

    @Test
    void aFreshCertificateWithTheRightSerialAndSignatureIsAccepted() throws Exception {
        Instant now = Instant.now();
        DemoCitizenCa.Issued issued = ca.issue("A123456789", "王小明", now);
        String signature = DemoCertificates.sign(issued.privateKeyPem(), "nonce-1");
        assertThat(CertificateVerifier.subjectSerialNumber(
                verifier.verify(issued.certificatePem(), "nonce-1", signature, "A123456789", now))).isEqualTo("A123456789");
    }

    @Test
    void anExpiredCertificateIsRejected() {
        Instant issuedAt = Instant.now().minus(Duration.ofDays(800));
        DemoCitizenCa.Issued issued = ca.issue("A123456789", "王小明", issuedAt);
        String signature = DemoCertificates.sign(issued.privateKeyPem(), "nonce");
        assertThatThrownBy(() -> verifier.verify(issued.certificatePem(), "nonce", signature, "A123456789", Instant.now()))
                .isInstanceOf(CertificateVerifier.Rejected.class).hasMessageContaining("expired");
    }

    @Test
    void aSignatureOverSomethingElseIsRejected() {
        Instant now = Instant.now();
        DemoCitizenCa.Issued issued = ca.issue("A123456789", "王小明", now);
        String signature = DemoCertificates.sign(issued.privateKeyPem(), "another nonce");
        assertThatThrownBy(() -> verifier.verify(issued.certificatePem(), "nonce", signature, "A123456789", now))
                .isInstanceOf(CertificateVerifier.Rejected.class).hasMessageContaining("does not match");
    }

    @Test
    void theAuthorityItselfIsNoPersonalCertificate() throws Exception {
        String caPem = ca.issue("A123456789", "x", Instant.now()).caCertificatePem();
        assertThatThrownBy(() -> verifier.verify(caPem, "n", "AAAA", "A123456789", Instant.now()))
                .isInstanceOf(CertificateVerifier.Rejected.class);
    }
}

package tw.ourdata.estate.signing.ca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.ourdata.estate.signing.Certificates;

class PlatformCaTest {
    private static final char[] PASSPHRASE = "dev-passphrase".toCharArray();
    private static final String BASE = "https://estate.example.tw/";

    @TempDir
    Path dir;

    @Test
    void theCaIsCreatedOnFirstUseAndReloadedWithTheSameRootAfterwards() {
        PlatformCa first = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        PlatformCa again = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);

        assertThat(again.rootCertificate()).isEqualTo(first.rootCertificate());
        assertThat(again.issuingCertificate()).isEqualTo(first.issuingCertificate());
        assertThat(again.timestampAuthority().certificate()).isEqualTo(first.timestampAuthority().certificate());
        assertThat(again.platformSeal().certificate()).isEqualTo(first.platformSeal().certificate());
        assertThat(dir.resolve("platform-ca.p12")).exists();
        assertThat(dir.resolve("root-ca.pem")).hasContent(first.rootCertificatePem().strip());
    }

    @Test
    void privateKeysAreNotStoredInClear() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        byte[] store = Files.readAllBytes(dir.resolve("platform-ca.p12"));

        for (byte[] key : List.of(ca.timestampAuthority().privateKey().getEncoded(),
                ca.platformSeal().privateKey().getEncoded())) {
            // the PKCS#8 body of an EC key ends with the public point; its raw scalar follows "04 20"
            assertThat(indexOf(store, java.util.Arrays.copyOfRange(key, key.length - 40, key.length))).isNegative();
        }
    }

    @Test
    void aWrongPassphraseGivesAClearError() {
        PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);

        assertThatThrownBy(() -> PlatformCa.openOrCreate(dir, "not-the-passphrase".toCharArray(), BASE))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("wrong passphrase");
    }

    @Test
    void aHeirCertificateCarriesTheHeirsIdentityKeyUsageValidityAndCrlDistributionPoint() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant to = from.plus(Duration.ofDays(30));
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        byte[] spki = g.generateKeyPair().getPublic().getEncoded();

        X509Certificate cert = ca.issueHeirCertificate(new HeirIdentity("陳大文", "A123456789"), spki, from, to);

        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=陳大文,2.5.4.5=#130a41313233343536373839,C=TW");
        assertThat(Certificates.commonName(cert)).contains("陳大文");
        assertThat(Certificates.nationalId(cert)).contains("A123456789");
        assertThat(cert.getNotBefore().toInstant()).isEqualTo(from);
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(to);
        boolean[] usage = cert.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(crlUrl(cert)).isEqualTo("https://estate.example.tw/api/v1/trust/crl");
        cert.verify(ca.issuingCertificate().getPublicKey());
        assertThat(ca.chainOf(cert)).containsExactly(cert, ca.issuingCertificate(), ca.rootCertificate());
    }

    @Test
    void onlyP256AndRsa2048OrLongerKeysAreCertified() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        HeirIdentity heir = new HeirIdentity("陳大文", "A123456789");
        Instant from = Instant.now();
        Instant to = from.plus(Duration.ofDays(1));

        assertThat(ca.issueHeirCertificate(heir, key("RSA", 2048), from, to)).isNotNull();
        assertThatThrownBy(() -> ca.issueHeirCertificate(heir, key("RSA", 1024), from, to))
                .isInstanceOf(UnsupportedHeirKeyException.class).hasMessageContaining("2048");
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        byte[] p384Spki = p384.generateKeyPair().getPublic().getEncoded();
        assertThatThrownBy(() -> ca.issueHeirCertificate(heir, p384Spki, from, to))
                .isInstanceOf(UnsupportedHeirKeyException.class).hasMessageContaining("P-256");
        KeyPairGenerator ed = KeyPairGenerator.getInstance("Ed25519");
        byte[] edSpki = ed.generateKeyPair().getPublic().getEncoded();
        assertThatThrownBy(() -> ca.issueHeirCertificate(heir, edSpki, from, to))
                .isInstanceOf(UnsupportedHeirKeyException.class);
        assertThatThrownBy(() -> ca.issueHeirCertificate(heir, new byte[] {1, 2, 3}, from, to))
                .isInstanceOf(UnsupportedHeirKeyException.class);
    }

    @Test
    void revocationsArePersistedAndListedInTheSignedCrl() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        X509Certificate cert = ca.issueHeirCertificate(new HeirIdentity("陳大文", "A123456789"),
                key("RSA", 2048), Instant.now(), Instant.now().plus(Duration.ofDays(1)));
        ca.revoke(cert.getSerialNumber());

        PlatformCa reloaded = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(reloaded.currentCrl()));
        crl.verify(reloaded.issuingCertificate().getPublicKey());
        assertThat(crl.getRevokedCertificate(cert.getSerialNumber())).isNotNull();
        assertThat(crl.getNextUpdate()).isAfter(new java.util.Date());
        assertThat(reloaded.isRevoked(cert.getSerialNumber())).isTrue();
        X509CRL rootCrl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(reloaded.rootCrl()));
        rootCrl.verify(reloaded.rootCertificate().getPublicKey());
        assertThat(rootCrl.getRevokedCertificates()).isNull();
    }

    @Test
    void aRevocationMadeThroughOneServerNodeIsInTheCrlOfAnother() throws Exception {
        PlatformCa nodeA = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        PlatformCa nodeB = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        X509Certificate cert = nodeA.issueHeirCertificate(new HeirIdentity("陳大文", "A123456789"),
                key("RSA", 2048), Instant.now(), Instant.now().plus(Duration.ofDays(1)));

        nodeA.revoke(cert.getSerialNumber());

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(nodeB.currentCrl()));
        assertThat(crl.getRevokedCertificate(cert.getSerialNumber())).isNotNull();
    }

    @Test
    void theTimestampAuthorityHasOnlyACriticalTimeStampingExtendedKeyUsage() throws Exception {
        PlatformCa ca = PlatformCa.openOrCreate(dir, PASSPHRASE, BASE);
        X509Certificate tsa = ca.timestampAuthority().certificate();

        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(ca.timestampAuthority().chain()).containsExactly(tsa, ca.issuingCertificate(), ca.rootCertificate());
        assertThat(ca.rootCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(ca.rootCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.issuingCertificate().getBasicConstraints()).isZero();
    }

    @Test
    void nationalIdsAreMaskedInToString() {
        assertThat(new HeirIdentity("陳大文", "A123456789").toString()).contains("A12****789").doesNotContain("A123456789");
    }

    private static java.security.PublicKey key(String algorithm, int bits) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        g.initialize(bits);
        return g.generateKeyPair().getPublic();
    }

    private static String crlUrl(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(ext).getOctets());
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        return name.getName().toString();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}

package tw.ourdata.estate.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tw.ourdata.estate.signing.ca.HeirIdentity;
import tw.ourdata.estate.signing.ca.PlatformCa;
import tw.ourdata.estate.support.IntegrationTest;

/** What a relying party downloads to check our signatures with its own tools: no login needed. */
@IntegrationTest
class TrustEndpointsTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    PlatformCa ca;

    @Test
    void theRootCertificateIsPublicPemThatParses() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/trust/platform-root.pem");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-pem-file"));
        assertThat(new String(r.body())).startsWith("-----BEGIN CERTIFICATE-----");
        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(r.body()));
        root.verify(root.getPublicKey()); // self-signed
        assertThat(root.getBasicConstraints()).as("a CA certificate").isGreaterThanOrEqualTo(0);
        assertThat(root).isEqualTo(ca.rootCertificate());
    }

    @Test
    void bothCrlsArePublicDerSignedByTheirCa() throws Exception {
        HttpResponse<byte[]> issuing = get("/api/v1/trust/crl");
        assertThat(issuing.statusCode()).isEqualTo(200);
        assertThat(issuing.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        X509CRL crl = parseCrl(issuing.body());
        crl.verify(ca.issuingCertificate().getPublicKey());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(ca.issuingCertificate().getSubjectX500Principal());
        assertThat(crl.getNextUpdate()).isInTheFuture();

        HttpResponse<byte[]> root = get("/api/v1/trust/root-crl");
        assertThat(root.statusCode()).isEqualTo(200);
        X509CRL rootCrl = parseCrl(root.body());
        rootCrl.verify(ca.rootCertificate().getPublicKey());
        assertThat(rootCrl.isRevoked(ca.issuingCertificate())).isFalse();
    }

    @Test
    void aHeirCertificateNamesTheServedCrlAndARevocationShowsThereAtOnce() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        Instant now = Instant.now();
        X509Certificate heir = ca.issueHeirCertificate(new HeirIdentity("林美麗", "A223456781"),
                g.generateKeyPair().getPublic(), now, now.plus(30, ChronoUnit.DAYS));

        String url = crlDistributionPoint(heir);
        String path = URI.create(url).getPath();
        assertThat(path).isEqualTo("/api/v1/trust/crl");
        assertThat(parseCrl(get(path).body()).isRevoked(heir)).isFalse();

        ca.revoke(heir.getSerialNumber());
        assertThat(parseCrl(get(path).body()).isRevoked(heir)).isTrue();
    }

    private static String crlDistributionPoint(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(ext).getOctets());
        DistributionPoint point = points.getDistributionPoints()[0];
        GeneralName name = GeneralNames.getInstance(point.getDistributionPoint().getName()).getNames()[0];
        return name.getName().toString();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static X509CRL parseCrl(byte[] der) throws Exception {
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    }
}

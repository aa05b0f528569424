package tw.ourdata.estate.heirs;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Proof of possession of a citizen-style certificate (assurance {@link AssuranceLevel#CERTIFICATE}):
 * the caller signed our nonce with the private key of an X.509 certificate that chains to one of
 * the configured trust anchors (RFC 5280 path validation with the JDK's PKIX
 * {@link CertPathValidator}), is valid now, and whose subject {@code SERIALNUMBER} (OID 2.5.4.5)
 * is the expected national ID.
 *
 * <p>Accepted keys and signatures: ECDSA on P-256 with SHA-256 ({@code SHA256withECDSA}, DER
 * signature) and RSA of at least 2048 bits with PKCS#1 v1.5 and SHA-256 ({@code SHA256withRSA}).
 * The signed bytes are the nonce string exactly as issued, UTF-8 encoded.
 *
 * <p>Revocation: checked against the given CRLs when there are any; with none configured it is
 * off, because the PKIX default would fail every path without a reachable CRL or OCSP responder.
 *
 * <p>Plain Java: "now" is a parameter, so expiry is testable on any day.
 */
public final class CertificateVerifier {

    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> crls;

    public CertificateVerifier(Set<TrustAnchor> anchors, List<X509CRL> crls) {
        this.anchors = Set.copyOf(anchors);
        this.crls = List.copyOf(crls);
    }

    public boolean revocationChecking() {
        return !crls.isEmpty();
    }

    public int trustAnchorCount() {
        return anchors.size();
    }

    /** Why the proof is refused. The message is safe to show to the caller. */
    public static final class Rejected extends Exception {
        public Rejected(String message) {
            super(message);
        }
    }

    /**
     * @param chainPem   the signer's certificate first, then any intermediates (the root may be included)
     * @param signedText the nonce as issued
     * @param signature  base64 of the signature over {@code signedText}
     * @return the verified signer certificate
     */
    public X509Certificate verify(String chainPem, String signedText, String signature, String expectedNationalId,
                                  Instant now) throws Rejected {
        List<X509Certificate> chain = parse(chainPem);
        X509Certificate signer = chain.get(0);
        try {
            signer.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new Rejected("the certificate has expired");
        } catch (CertificateNotYetValidException e) {
            throw new Rejected("the certificate is not valid yet");
        }
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage != null && !keyUsage[0]) {
            throw new Rejected("the certificate is not for digital signatures");
        }
        validatePath(chain, now);
        String serial = subjectSerialNumber(signer);
        if (serial == null || !serial.equals(expectedNationalId)) {
            throw new Rejected("the certificate belongs to someone else");
        }
        checkSignature(signer.getPublicKey(), signedText, signature);
        return signer;
    }

    private void validatePath(List<X509Certificate> chain, Instant now) throws Rejected {
        // The anchors themselves are not part of the path.
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate c : chain) {
            if (anchors.stream().noneMatch(a -> c.equals(a.getTrustedCert()))) {
                path.add(c);
            }
        }
        if (path.isEmpty()) {
            throw new Rejected("a trust anchor itself is not a personal certificate");
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            CertPath certPath = factory.generateCertPath(path);
            PKIXParameters params = new PKIXParameters(anchors);
            params.setDate(Date.from(now));
            params.setRevocationEnabled(!crls.isEmpty());
            if (!crls.isEmpty()) {
                params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
            }
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
        } catch (CertPathValidatorException e) {
            throw new Rejected(e.getReason() == CertPathValidatorException.BasicReason.REVOKED
                    ? "the certificate has been revoked" : "the certificate does not chain to a trusted issuer");
        } catch (GeneralSecurityException e) {
            throw new Rejected("the certificate does not chain to a trusted issuer");
        }
    }

    /** The subject's SERIALNUMBER attribute, where citizen certificates carry the holder's ID. */
    static String subjectSerialNumber(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs(BCStyle.SERIALNUMBER);
        if (rdns.length != 1) {
            return null;
        }
        return IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private static void checkSignature(PublicKey key, String signedText, String signatureBase64) throws Rejected {
        String algorithm;
        if (key instanceof ECPublicKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new Rejected("only P-256 EC keys are accepted");
            }
            algorithm = "SHA256withECDSA";
        } else if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new Rejected("RSA keys must have at least 2048 bits");
            }
            algorithm = "SHA256withRSA";
        } else {
            throw new Rejected("only EC P-256 and RSA keys are accepted");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64 == null ? "" : signatureBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new Rejected("the signature is not base64");
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(signedText.getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signature)) {
                throw new Rejected("the signature does not match the challenge");
            }
        } catch (GeneralSecurityException e) {
            throw new Rejected("the signature does not match the challenge");
        }
    }

    static List<X509Certificate> parse(String pem) throws Rejected {
        if (pem == null || pem.isBlank()) {
            throw new Rejected("a certificate is required");
        }
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate c : certs) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty() || result.size() > 5) {
                throw new Rejected("give the certificate and at most four issuers, as PEM");
            }
            return result;
        } catch (CertificateException e) {
            throw new Rejected("the certificate is not a PEM X.509 certificate");
        }
    }
}

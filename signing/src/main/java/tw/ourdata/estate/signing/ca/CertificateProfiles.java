package tw.ourdata.estate.signing.ca;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate profiles of the platform PKI (RFC 5280). Each profile is one method so that a
 * change to, say, the heir profile cannot silently change the TSA profile.
 */
final class CertificateProfiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateProfiles() {
    }

    static X509Certificate root(X500Name subject, PublicKey key, PrivateKey signingKey, Instant from, Instant to) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(from),
                    Date.from(to), subject, key);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            return sign(b, signingKey);
        } catch (Exception e) {
            throw new PlatformCaException("cannot create the root certificate", e);
        }
    }

    static X509Certificate issuingCa(X500Name subject, PublicKey key, X509Certificate root, PrivateKey rootKey,
            Instant from, Instant to, String crlUrl) {
        try {
            X509v3CertificateBuilder b = issuedBy(root, subject, key, from, to, crlUrl);
            // pathLen 0: the issuing CA certifies end entities only.
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return sign(b, rootKey);
        } catch (Exception e) {
            throw new PlatformCaException("cannot create the issuing CA certificate", e);
        }
    }

    /** Heir signing certificate: non-repudiation, because it signs a legal agreement (the partition agreement). */
    static X509Certificate heir(X500Name subject, PublicKey key, X509Certificate issuer, PrivateKey issuerKey,
            Instant from, Instant to, String crlUrl) {
        return endEntity(subject, key, issuer, issuerKey, from, to, crlUrl,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null);
    }

    /** RFC 3161 section 2.3: the TSA certificate carries one critical EKU, id-kp-timeStamping. */
    static X509Certificate timestampAuthority(X500Name subject, PublicKey key, X509Certificate issuer,
            PrivateKey issuerKey, Instant from, Instant to, String crlUrl) {
        return endEntity(subject, key, issuer, issuerKey, from, to, crlUrl, KeyUsage.digitalSignature,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    /** The platform seal signs documents the platform itself issues (tax notices, certificates). */
    static X509Certificate seal(X500Name subject, PublicKey key, X509Certificate issuer, PrivateKey issuerKey,
            Instant from, Instant to, String crlUrl) {
        return endEntity(subject, key, issuer, issuerKey, from, to, crlUrl,
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null);
    }

    private static X509Certificate endEntity(X500Name subject, PublicKey key, X509Certificate issuer,
            PrivateKey issuerKey, Instant from, Instant to, String crlUrl, int keyUsage, ExtendedKeyUsage eku) {
        try {
            X509v3CertificateBuilder b = issuedBy(issuer, subject, key, from, to, crlUrl);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (eku != null) {
                b.addExtension(Extension.extendedKeyUsage, true, eku);
            }
            return sign(b, issuerKey);
        } catch (PlatformCaException e) {
            throw e;
        } catch (Exception e) {
            throw new PlatformCaException("cannot issue a certificate", e);
        }
    }

    private static X509v3CertificateBuilder issuedBy(X509Certificate issuer, X500Name subject, PublicKey key,
            Instant from, Instant to, String crlUrl) throws Exception {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), serial(), Date.from(from),
                Date.from(to), subject, key);
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
        b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
        // Validators (DSS, iText's LTV, PDFBox) look for revocation data through this URL (RFC 5280 4.2.1.13).
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
        b.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(names), null, null)}));
        return b;
    }

    /** RFC 5280 4.1.2.2: positive, at most 20 octets, unpredictable (128 random bits). */
    static BigInteger serial() {
        return new BigInteger(128, RANDOM).setBit(127);
    }

    static String signatureAlgorithm(PrivateKey key) {
        return "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws Exception {
        byte[] der = b.build(new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key)).getEncoded();
        return parse(der);
    }

    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }
}

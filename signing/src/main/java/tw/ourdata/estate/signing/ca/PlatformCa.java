package tw.ourdata.estate.signing.ca;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import tw.ourdata.estate.signing.SigningCredentials;

/**
 * The platform's own PKI: a root CA, an issuing CA that certifies heirs' keys, an RFC 3161 timestamp
 * authority and the platform seal. Created on first use in a directory, reloaded afterwards.
 *
 * <p>On disk: {@code platform-ca.p12} (all private keys, passphrase-encrypted PKCS#12),
 * {@code root-ca.pem} (public, for relying parties) and {@code revoked.txt} (revoked serials, with
 * {@code revoked.txt.lock} to serialise writers). Several server nodes may share the directory.
 * The root key lives next to the issuing key for the demo; production keeps it offline and uses a
 * citizen-certificate chain for heirs, which this class accepts as extra trust anchors elsewhere.
 */
public final class PlatformCa {
    static final String ROOT = "root";
    static final String ISSUING = "issuing";
    static final String TSA = "tsa";
    static final String SEAL = "seal";

    public static final String CRL_PATH = "/api/v1/trust/crl";
    public static final String ROOT_CRL_PATH = "/api/v1/trust/root-crl";

    private static final Duration CRL_LIFETIME = Duration.ofDays(7);
    private static final Duration THIS_UPDATE_SKEW = Duration.ofSeconds(5);

    private final SigningCredentials root;
    private final SigningCredentials issuing;
    private final SigningCredentials tsa;
    private final SigningCredentials seal;
    private final RevocationRegistry revocations;
    private final String crlUrl;

    private PlatformCa(Map<String, SigningCredentials> entries, RevocationRegistry revocations, String crlUrl) {
        this.root = require(entries, ROOT);
        this.issuing = require(entries, ISSUING);
        this.tsa = require(entries, TSA);
        this.seal = require(entries, SEAL);
        this.revocations = revocations;
        this.crlUrl = crlUrl;
    }

    /**
     * Opens the CA stored in {@code directory}, creating it if the directory holds none.
     *
     * @param passphrase    protects the private keys at rest (the server passes a dev passphrase in demo mode)
     * @param publicBaseUrl the server's public URL; CRL distribution points are {@code <base>/api/v1/trust/crl}
     * @throws WrongPassphraseException if a CA exists and the passphrase does not open it
     */
    public static synchronized PlatformCa openOrCreate(Path directory, char[] passphrase, String publicBaseUrl) {
        Objects.requireNonNull(passphrase, "passphrase");
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        CaKeyStore store = new CaKeyStore(directory.resolve("platform-ca.p12"));
        Map<String, SigningCredentials> entries;
        if (store.exists()) {
            entries = store.load(passphrase);
        } else {
            if (passphrase.length < 8) {
                throw new PlatformCaException("the CA passphrase must have at least 8 characters");
            }
            entries = generate(base);
            if (store.createIfAbsent(entries, passphrase)) {
                writeRootPem(directory, entries.get(ROOT).certificate());
            } else {
                entries = store.load(passphrase); // another node created it a moment ago
            }
        }
        return new PlatformCa(entries, new RevocationRegistry(directory.resolve("revoked.txt")), base + CRL_PATH);
    }

    private static Map<String, SigningCredentials> generate(String base) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(1, ChronoUnit.HOURS); // tolerate clock skew between nodes
        KeyPair rootKeys = newKeyPair();
        X509Certificate rootCert = CertificateProfiles.root(name("OurData Estate Root CA", null, "OurData Estate"),
                rootKeys.getPublic(), rootKeys.getPrivate(), from, now.plus(20 * 365, ChronoUnit.DAYS));
        KeyPair issuingKeys = newKeyPair();
        X509Certificate issuingCert = CertificateProfiles.issuingCa(
                name("OurData Estate Issuing CA", null, "OurData Estate"), issuingKeys.getPublic(), rootCert,
                rootKeys.getPrivate(), from, now.plus(10 * 365, ChronoUnit.DAYS), base + ROOT_CRL_PATH);
        KeyPair tsaKeys = newKeyPair();
        Instant end = now.plus(5 * 365, ChronoUnit.DAYS);
        X509Certificate tsaCert = CertificateProfiles.timestampAuthority(
                name("OurData Estate Timestamp Authority", null, "OurData Estate"), tsaKeys.getPublic(),
                issuingCert, issuingKeys.getPrivate(), from, end, base + CRL_PATH);
        KeyPair sealKeys = newKeyPair();
        X509Certificate sealCert = CertificateProfiles.seal(name("OurData Estate Platform Seal", null,
                "OurData Estate"), sealKeys.getPublic(), issuingCert, issuingKeys.getPrivate(), from, end,
                base + CRL_PATH);
        Map<String, SigningCredentials> entries = new LinkedHashMap<>();
        entries.put(ROOT, new SigningCredentials(rootKeys.getPrivate(), List.of(rootCert)));
        entries.put(ISSUING, new SigningCredentials(issuingKeys.getPrivate(), List.of(issuingCert, rootCert)));
        entries.put(TSA, new SigningCredentials(tsaKeys.getPrivate(), List.of(tsaCert, issuingCert, rootCert)));
        entries.put(SEAL, new SigningCredentials(sealKeys.getPrivate(), List.of(sealCert, issuingCert, rootCert)));
        return entries;
    }

    /**
     * Issues a heir signing certificate for the heir's own public key, given as the DER SubjectPublicKeyInfo a
     * browser exports. Subject {@code CN=<name>, SERIALNUMBER=<national ID>, C=TW}.
     *
     * @throws UnsupportedHeirKeyException unless the key is ECDSA P-256 or RSA of at least 2048 bits
     */
    public X509Certificate issueHeirCertificate(HeirIdentity heir, byte[] subjectPublicKeyInfo, Instant notBefore,
            Instant notAfter) {
        return issueHeirCertificate(heir, HeirKeyPolicy.parse(subjectPublicKeyInfo), notBefore, notAfter);
    }

    public X509Certificate issueHeirCertificate(HeirIdentity heir, PublicKey publicKey, Instant notBefore,
            Instant notAfter) {
        HeirKeyPolicy.check(publicKey);
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter must be after notBefore");
        }
        return CertificateProfiles.heir(name(heir.name(), heir.nationalId(), null), publicKey,
                issuing.certificate(), issuing.privateKey(), notBefore, notAfter, crlUrl);
    }

    /** The chain a heir signature embeds: heir certificate, issuing CA, root. */
    public List<X509Certificate> chainOf(X509Certificate heirCertificate) {
        return List.of(heirCertificate, issuing.certificate(), root.certificate());
    }

    /** RFC 5280 revocation, effective now and persisted in the CA directory. */
    public void revoke(BigInteger serialNumber) {
        revocations.revoke(serialNumber, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public boolean isRevoked(BigInteger serialNumber) {
        return revocations.all().containsKey(serialNumber);
    }

    /** The issuing CA's CRL (DER), served at {@code <base>/api/v1/trust/crl}. */
    public byte[] currentCrl() {
        return crl(issuing, revocations.all());
    }

    /** The root's CRL (DER) over the issuing CA, so validators can complete revocation checks up the chain. */
    public byte[] rootCrl() {
        return crl(root, Map.of());
    }

    /** Both CRLs parsed, for the validators. */
    public List<X509CRL> currentCrls() {
        return List.of(parseCrl(currentCrl()), parseCrl(rootCrl()));
    }

    public X509Certificate rootCertificate() {
        return root.certificate();
    }

    public X509Certificate issuingCertificate() {
        return issuing.certificate();
    }

    public String rootCertificatePem() {
        return pem(root.certificate());
    }

    /** The RFC 3161 timestamp authority's key and chain (critical EKU id-kp-timeStamping only). */
    public SigningCredentials timestampAuthority() {
        return tsa;
    }

    /** The platform seal, for documents the platform itself issues. */
    public SigningCredentials platformSeal() {
        return seal;
    }

    public String crlUrl() {
        return crlUrl;
    }

    private static byte[] crl(SigningCredentials issuer, Map<BigInteger, Instant> revoked) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            // thisUpdate a little in the past, so that a relying party whose clock is slightly behind does not see
            // it in the future; but only a little: validators judge the CRLs added after the last signature against
            // that signature's timestamp (iText's default freshness for that is one minute), and a CRL back-dated by
            // a whole minute was stale whenever the timestamp authority's second was later than ours.
            X509v2CRLBuilder b = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(now.minus(THIS_UPDATE_SKEW)));
            b.setNextUpdate(Date.from(now.plus(CRL_LIFETIME)));
            revoked.forEach((serial, at) -> b.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            // Milliseconds since the epoch: monotonic across restarts and nodes without shared state.
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(System.currentTimeMillis())));
            return b.build(new JcaContentSignerBuilder(CertificateProfiles.signatureAlgorithm(issuer.privateKey()))
                    .build(issuer.privateKey())).getEncoded();
        } catch (Exception e) {
            throw new PlatformCaException("cannot sign a CRL", e);
        }
    }

    private static X509CRL parseCrl(byte[] der) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new PlatformCaException("cannot parse our own CRL", e);
        }
    }

    private static X500Name name(String commonName, String serialNumber, String organisation) {
        // DER order C, O, SERIALNUMBER, CN; printed per RFC 4514 as CN=..., SERIALNUMBER=..., C=TW.
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW");
        if (organisation != null) {
            b.addRDN(BCStyle.O, organisation);
        }
        if (serialNumber != null) {
            b.addRDN(BCStyle.SERIALNUMBER, serialNumber);
        }
        return b.addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new PlatformCaException("cannot generate a CA key", e);
        }
    }

    private static void writeRootPem(Path directory, X509Certificate root) {
        try {
            Files.writeString(directory.resolve("root-ca.pem"), pem(root));
        } catch (java.io.IOException e) {
            throw new PlatformCaException("cannot write root-ca.pem", e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new PlatformCaException("cannot encode a certificate", e);
        }
    }

    private static SigningCredentials require(Map<String, SigningCredentials> entries, String alias) {
        SigningCredentials c = entries.get(alias);
        if (c == null) {
            throw new PlatformCaException("the CA key store has no entry '" + alias + "'");
        }
        return c;
    }
}

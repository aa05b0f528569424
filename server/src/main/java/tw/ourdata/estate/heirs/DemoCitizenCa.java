package tw.ourdata.estate.heirs;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A stand-in for the Ministry of the Interior's citizen certificate authority (內政部憑證管理中心),
 * for demo mode only: it lets a demo heir, the simulator and the tests hold a "citizen
 * certificate" whose subject SERIALNUMBER is their national ID.
 *
 * <p>Created on first start in {@code <data-dir>/demo-citizen-ca/} (EC P-256, ten years) and kept
 * there: {@code ca.pem}, and {@code ca-key.pem} as encrypted PKCS#8 (AES-256-CBC under
 * {@link #DEV_PASSPHRASE} — a well-known dev passphrase: this CA proves nothing outside a demo).
 */
public final class DemoCitizenCa {

    static final char[] DEV_PASSPHRASE = "ourdata-demo-citizen-ca".toCharArray();
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private DemoCitizenCa(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** Loads the CA from {@code directory}, creating it there first if it does not exist yet. */
    public static DemoCitizenCa openOrCreate(Path directory) {
        try {
            Path certFile = directory.resolve("ca.pem");
            Path keyFile = directory.resolve("ca-key.pem");
            if (!Files.exists(certFile)) {
                create(directory, certFile, keyFile);
            }
            X509Certificate cert;
            try (PEMParser parser = new PEMParser(new StringReader(Files.readString(certFile)))) {
                cert = new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
            }
            PrivateKey key;
            try (PEMParser parser = new PEMParser(new StringReader(Files.readString(keyFile)))) {
                PKCS8EncryptedPrivateKeyInfo encrypted = (PKCS8EncryptedPrivateKeyInfo) parser.readObject();
                key = new JcaPEMKeyConverter().getPrivateKey(encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(DEV_PASSPHRASE)));
            }
            return new DemoCitizenCa(cert, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException e) {
            throw new IllegalStateException("cannot open the demo citizen CA in " + directory, e);
        }
    }

    private static void create(Path directory, Path certFile, Path keyFile) throws IOException, GeneralSecurityException,
            OperatorCreationException {
        Files.createDirectories(directory);
        KeyPair pair = ecKeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW").addRDN(BCStyle.O, "OurData Estate (demo)")
                .addRDN(BCStyle.CN, "OurData Demo Citizen CA 示範自然人憑證").build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        StringWriter keyPem = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(keyPem)) {
            w.writeObject(new JcaPKCS8Generator(pair.getPrivate(),
                    new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(BC)
                            .setRandom(RANDOM).setPassword(DEV_PASSPHRASE).build()));
        }
        // Key first, certificate last: the certificate's presence is what says "the CA exists".
        // Two nodes starting at once: each writes a temp file; the first move wins, the other reads it.
        writeOnce(keyFile, keyPem.toString());
        writeOnce(certFile, pem(cert));
    }

    private static void writeOnce(Path target, String content) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temp);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A demo heir's certificate and its key, as PEM. */
    public record Issued(String certificatePem, String privateKeyPem, String caCertificatePem) {
    }

    /** Issues a two-year signing certificate with {@code SERIALNUMBER=<nationalId>, CN=<name>, C=TW}. */
    public Issued issue(String nationalId, String name, Instant now) {
        try {
            KeyPair pair = ecKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "TW").addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.SERIALNUMBER, nationalId).build();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(730))), subject,
                    pair.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
            StringWriter keyPem = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(keyPem)) {
                w.writeObject(new JcaPKCS8Generator(pair.getPrivate(), null));
            }
            return new Issued(pem(cert), keyPem.toString(), pem(certificate));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a demo certificate", e);
        }
    }

    static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(object);
        }
        return out.toString();
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}

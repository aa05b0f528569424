package tw.ourdata.estate.signing.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import tw.ourdata.estate.signing.ca.HeirIdentity;
import tw.ourdata.estate.signing.ca.PlatformCa;

/**
 * A heir as the signing portal sees one: an ECDSA P-256 key that never leaves the "browser" and signs
 * like WebCrypto does (SHA-256 over the given bytes, IEEE P1363 r||s output).
 */
public final class TestHeir {
    public final HeirIdentity identity;
    public final KeyPair keys;
    public X509Certificate certificate;
    public List<X509Certificate> chain;

    private TestHeir(HeirIdentity identity, KeyPair keys) {
        this.identity = identity;
        this.keys = keys;
    }

    public static TestHeir create(String name, String nationalId) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return new TestHeir(new HeirIdentity(name, nationalId), g.generateKeyPair());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Certificate valid from an hour ago for a year, issued from the exported SPKI like the portal does. */
    public TestHeir certifiedBy(PlatformCa ca) {
        Instant now = Instant.now();
        return certifiedBy(ca, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)));
    }

    public TestHeir certifiedBy(PlatformCa ca, Instant notBefore, Instant notAfter) {
        certificate = ca.issueHeirCertificate(identity, keys.getPublic().getEncoded(), notBefore, notAfter);
        chain = ca.chainOf(certificate);
        return this;
    }

    public byte[] signLikeWebCrypto(byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(keys.getPrivate());
            s.update(data);
            return s.sign();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String nationalId() {
        return identity.nationalId();
    }
}

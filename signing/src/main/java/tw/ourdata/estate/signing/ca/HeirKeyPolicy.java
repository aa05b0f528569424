package tw.ourdata.estate.signing.ca;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * Which heir keys the platform certifies: ECDSA on P-256 (what a browser's WebCrypto creates as a
 * non-extractable key) or RSA of at least 2048 bits (citizen-card style tokens). Everything else is
 * refused before a certificate exists, so a weak key can never sign a partition agreement.
 */
final class HeirKeyPolicy {
    static final int MIN_RSA_BITS = 2048;

    private HeirKeyPolicy() {
    }

    /** Parses a DER SubjectPublicKeyInfo (what {@code crypto.subtle.exportKey("spki", ...)} returns). */
    static PublicKey parse(byte[] subjectPublicKeyInfo) {
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo);
        } catch (RuntimeException e) {
            throw new UnsupportedHeirKeyException("not a DER SubjectPublicKeyInfo");
        }
        ASN1ObjectIdentifier algorithm = spki.getAlgorithm().getAlgorithm();
        String jcaName;
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            jcaName = "EC";
            if (!SECObjectIdentifiers.secp256r1.equals(spki.getAlgorithm().getParameters())) {
                throw new UnsupportedHeirKeyException("EC keys must be on the named curve P-256 (secp256r1)");
            }
        } else if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            jcaName = "RSA";
        } else {
            throw new UnsupportedHeirKeyException("unsupported key algorithm " + algorithm.getId());
        }
        try {
            return check(KeyFactory.getInstance(jcaName).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo)));
        } catch (java.security.GeneralSecurityException e) {
            throw new UnsupportedHeirKeyException("unreadable " + jcaName + " public key");
        }
    }

    static PublicKey check(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            int fieldSize = ec.getParams().getCurve().getField().getFieldSize();
            // P-256 is the only 256-bit prime curve with cofactor 1 and this order that JCA names secp256r1.
            if (fieldSize != 256 || !ec.getParams().getOrder().equals(P256_ORDER)) {
                throw new UnsupportedHeirKeyException("EC keys must be on P-256");
            }
            return key;
        }
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw new UnsupportedHeirKeyException("RSA keys must have at least " + MIN_RSA_BITS + " bits");
            }
            return key;
        }
        throw new UnsupportedHeirKeyException("unsupported key algorithm " + key.getAlgorithm());
    }

    private static final java.math.BigInteger P256_ORDER = new java.math.BigInteger(
            "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
}

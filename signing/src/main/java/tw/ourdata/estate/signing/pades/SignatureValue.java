package tw.ourdata.estate.signing.pades;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * A heir's signature as the client sent it, normalised to what CMS needs (RFC 5652 SignerInfo.signature):
 * DER {@code SEQUENCE {r, s}} for ECDSA (RFC 5753 / X9.62), the raw block for RSA PKCS#1 v1.5.
 *
 * @param value               the signature value in CMS form
 * @param certificate         the signer certificate when the client sent a whole CMS SignedData
 * @param cmsSignedAttributes the signed attributes of that CMS, to detect a signature made for other data
 */
record SignatureValue(byte[] value, Optional<X509Certificate> certificate, Optional<byte[]> cmsSignedAttributes) {

    static SignatureValue decode(byte[] signature, PublicKey preparedKey) {
        Optional<SignatureValue> cms = fromCms(signature);
        if (cms.isPresent()) {
            return cms.get();
        }
        if (preparedKey instanceof ECPublicKey ec) {
            int fieldBytes = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
            if (signature.length == 2 * fieldBytes) {
                return new SignatureValue(p1363ToDer(signature, fieldBytes), Optional.empty(), Optional.empty());
            }
            if (isDerEcdsa(signature)) {
                return new SignatureValue(signature, Optional.empty(), Optional.empty());
            }
        } else if (preparedKey instanceof RSAPublicKey rsa) {
            if (signature.length == (rsa.getModulus().bitLength() + 7) / 8) {
                return new SignatureValue(signature, Optional.empty(), Optional.empty());
            }
        }
        throw new SignatureRejectedException(RejectionReason.MALFORMED_SIGNATURE,
                "expected IEEE P1363 r||s, DER ECDSA, an RSA signature or a CMS SignedData; got "
                        + signature.length + " bytes");
    }

    /** WebCrypto gives r||s (IEEE P1363); CMS wants DER SEQUENCE { INTEGER r, INTEGER s }. */
    static byte[] p1363ToDer(byte[] rs, int fieldBytes) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(rs, 0, fieldBytes));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, fieldBytes, 2 * fieldBytes));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDerEcdsa(byte[] signature) {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(signature));
            return seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Integer
                    && seq.getObjectAt(1) instanceof ASN1Integer;
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<SignatureValue> fromCms(byte[] bytes) {
        ContentInfo info;
        try {
            info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(bytes));
        } catch (Exception e) {
            return Optional.empty();
        }
        if (info == null || !CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            return Optional.empty();
        }
        try {
            CMSSignedData cms = new CMSSignedData(info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SignatureRejectedException(RejectionReason.MALFORMED_SIGNATURE,
                        "a CMS with exactly one signer is expected, got " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            Optional<X509Certificate> cert = matches.stream().findFirst().map(SignatureValue::toX509);
            byte[] attrs = signer.getEncodedSignedAttributes();
            return Optional.of(new SignatureValue(signer.getSignature(), cert, Optional.ofNullable(attrs)));
        } catch (SignatureRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw new SignatureRejectedException(RejectionReason.MALFORMED_SIGNATURE, "unreadable CMS: " + e);
        }
    }

    private static X509Certificate toX509(X509CertificateHolder holder) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}

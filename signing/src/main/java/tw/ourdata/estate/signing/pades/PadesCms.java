package tw.ourdata.estate.signing.pades;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;

import com.itextpdf.bouncycastleconnector.BouncyCastleFactoryCreator;
import com.itextpdf.commons.bouncycastle.IBouncyCastleFactory;
import com.itextpdf.commons.bouncycastle.asn1.IASN1InputStream;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.cms.AlgorithmIdentifier;
import com.itextpdf.signatures.cms.CMSContainer;
import com.itextpdf.signatures.cms.CmsAttribute;
import com.itextpdf.signatures.cms.SignerInfo;

/**
 * The CMS SignedData of a PAdES baseline signature (ETSI EN 319 142-1 section 6.3, ETSI EN 319 122-1):
 * detached, signed attributes content-type, message-digest and signing-certificate-v2, no signing-time
 * (PAdES puts the claimed time in the signature dictionary's /M), and for level B-T an RFC 3161
 * signature-time-stamp unsigned attribute over the signature value.
 */
final class PadesCms {
    static final String SHA256 = "2.16.840.1.101.3.4.2.1";
    static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
    static final String ID_AA_TIMESTAMP_TOKEN = "1.2.840.113549.1.9.16.2.14";

    private static final IBouncyCastleFactory FACTORY = BouncyCastleFactoryCreator.getFactory();

    private PadesCms() {
    }

    /** Phase one: the signed attributes over the document digest. */
    static byte[] signedAttributes(List<X509Certificate> chain, byte[] documentDigest) throws Exception {
        CMSContainer cms = skeleton(chain);
        cms.getSignerInfo().setSigningCertificateAndAddToSignedAttributes(chain.get(0), SHA256);
        cms.getSignerInfo().setMessageDigest(documentDigest);
        return cms.getSerializedSignedAttributes();
    }

    /** Phase two: the same signed attributes, the heir's signature and the platform's timestamp on it. */
    static byte[] signedData(List<X509Certificate> chain, byte[] signedAttributes, byte[] signatureValue,
            ITSAClient tsa) throws Exception {
        CMSContainer cms = skeleton(chain);
        SignerInfo signerInfo = cms.getSignerInfo();
        signerInfo.setSigningCertificate(chain.get(0));
        signerInfo.setSerializedSignedAttributes(signedAttributes);
        if ("RSA".equals(chain.get(0).getPublicKey().getAlgorithm())) {
            signerInfo.setSignatureAlgorithm(new AlgorithmIdentifier(SHA256_WITH_RSA, FACTORY.createDERNull()));
        } else {
            signerInfo.setSignatureAlgorithm(new AlgorithmIdentifier(ECDSA_WITH_SHA256));
        }
        signerInfo.setSignature(signatureValue);
        MessageDigest md = tsa.getMessageDigest();
        byte[] token = tsa.getTimeStampToken(md.digest(signatureValue));
        try (IASN1InputStream in = FACTORY.createASN1InputStream(new java.io.ByteArrayInputStream(token))) {
            signerInfo.addUnSignedAttribute(new CmsAttribute(ID_AA_TIMESTAMP_TOKEN,
                    FACTORY.createDERSet(FACTORY.createASN1Sequence(in.readObject()))));
        }
        return cms.serialize();
    }

    private static CMSContainer skeleton(List<X509Certificate> chain) {
        CMSContainer cms = new CMSContainer();
        SignerInfo signerInfo = new SignerInfo();
        signerInfo.setDigestAlgorithm(new AlgorithmIdentifier(SHA256));
        cms.addCertificates(chain.toArray(new X509Certificate[0]));
        cms.setSignerInfo(signerInfo);
        return cms;
    }
}

package tw.ourdata.estate.signing.pades;

import java.io.ByteArrayOutputStream;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.IssuingCertificateRetriever;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;

import tw.ourdata.estate.signing.SigningCredentials;
import tw.ourdata.estate.signing.trust.TrustAnchors;

/**
 * The platform's electronic seal on documents it issues itself (assessment notices, exemption and tax
 * clearance certificates): an invisible PAdES B-LTA signature (ETSI EN 319 142-1) with the platform seal
 * certificate, its validation data and a document timestamp, so the document verifies on its own.
 */
public final class PlatformSeal {
    public static final String SEAL_FIELD = "platform-seal";

    private final SigningCredentials seal;
    private final TrustAnchors trust;
    private final ITSAClient tsa;

    public PlatformSeal(SigningCredentials seal, TrustAnchors trust, ITSAClient tsa) {
        this.seal = seal;
        this.trust = trust;
        this.tsa = tsa;
    }

    /** @param reason shown by PDF readers, e.g. "Estate tax assessment notice issued by OurData Estate" */
    public byte[] seal(byte[] pdf, String reason) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 48 * 1024);
            PdfPadesSigner signer = new PdfPadesSigner(DeferredPadesSigner.reader(pdf), out);
            IssuingCertificateRetriever retriever = new IssuingCertificateRetriever();
            retriever.setTrustedCertificates(new ArrayList<>(trust.anchors()));
            signer.setIssuingCertificateRetriever(retriever);
            signer.setCrlClient(new TrustedCrlClient(trust));
            signer.setTimestampSignatureName(LongTermValidation.ARCHIVE_TIMESTAMP_FIELD);
            SignerProperties properties = new SignerProperties().setFieldName(SEAL_FIELD).setReason(reason);
            List<Certificate> chain = new ArrayList<>(seal.chain());
            signer.signWithBaselineLTAProfile(properties, chain.toArray(new Certificate[0]), seal.privateKey(), tsa);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot seal the document", e);
        }
    }
}

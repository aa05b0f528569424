package tw.ourdata.estate.signing.pades;

import java.io.ByteArrayOutputStream;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.IssuingCertificateRetriever;
import com.itextpdf.signatures.PdfPadesSigner;

import tw.ourdata.estate.signing.trust.TrustAnchors;

/**
 * Once every heir has signed: adds the validation data (certificates and CRLs in the DSS, PAdES B-LT) and
 * then a document timestamp over everything (B-LTA), ETSI EN 319 142-1 sections 5.4 and 5.5. This lets
 * the partition agreement be validated after the heirs' certificates expire or the CA is gone.
 */
public final class LongTermValidation {
    public static final String ARCHIVE_TIMESTAMP_FIELD = "platform-archive-timestamp";

    private final TrustAnchors trust;
    private final ITSAClient tsa;

    public LongTermValidation(TrustAnchors trust, ITSAClient tsa) {
        this.trust = trust;
        this.tsa = tsa;
    }

    public byte[] extend(byte[] signedPdf) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(signedPdf.length + 32 * 1024);
            PdfPadesSigner signer = new PdfPadesSigner(DeferredPadesSigner.reader(signedPdf), out);
            IssuingCertificateRetriever retriever = new IssuingCertificateRetriever();
            List<Certificate> anchors = new ArrayList<>(trust.anchors());
            retriever.setTrustedCertificates(anchors);
            signer.setIssuingCertificateRetriever(retriever);
            signer.setCrlClient(new TrustedCrlClient(trust));
            signer.setTimestampSignatureName(ARCHIVE_TIMESTAMP_FIELD);
            signer.prolongSignatures(tsa);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot add long-term validation data", e);
        }
    }
}

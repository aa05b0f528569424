package tw.ourdata.estate.signing.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.Certificate;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;

/**
 * Signs with the heir's private key directly through iText, bypassing every check of
 * {@code DeferredPadesSigner.complete}: how a file with an expired, revoked or foreign certificate can exist,
 * so that the verifier's handling of such files can be tested.
 */
public final class DirectSigner {
    private DirectSigner() {
    }

    public static byte[] signBypassingChecks(byte[] pdf, String field, TestHeir heir, ITSAClient tsa) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out).signWithBaselineTProfile(
                    new SignerProperties().setFieldName(field), heir.chain.toArray(new Certificate[0]),
                    heir.keys.getPrivate(), tsa);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

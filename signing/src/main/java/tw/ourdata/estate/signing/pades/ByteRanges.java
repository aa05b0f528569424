package tw.ourdata.estate.signing.pades;

import java.security.MessageDigest;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.signatures.PdfSignature;
import com.itextpdf.signatures.SignatureUtil;

/** The bytes a PDF signature covers: its /ByteRange, i.e. the whole revision except the /Contents hole. */
final class ByteRanges {
    private ByteRanges() {
    }

    static byte[] digestOfSignedRanges(byte[] pdf, String fieldName) {
        try (PdfDocument doc = new PdfDocument(DeferredPadesSigner.reader(pdf))) {
            PdfSignature signature = new SignatureUtil(doc).getSignature(fieldName);
            if (signature == null) {
                return new byte[0];
            }
            PdfArray range = signature.getByteRange();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i + 1 < range.size(); i += 2) {
                long start = range.getAsNumber(i).longValue();
                long length = range.getAsNumber(i + 1).longValue();
                if (start < 0 || length < 0 || start + length > pdf.length) {
                    return new byte[0];
                }
                md.update(pdf, (int) start, (int) length);
            }
            return md.digest();
        } catch (Exception e) {
            return new byte[0];
        }
    }
}

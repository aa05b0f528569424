package tw.ourdata.estate.signing.verify;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;

/** Reads the CRLs stored in the document's DSS (PAdES LT, ETSI EN 319 142-1 section 5.4.2). */
final class DocumentSecurityStore {
    private DocumentSecurityStore() {
    }

    static List<X509CRL> crls(PdfDocument doc) {
        List<X509CRL> crls = new ArrayList<>();
        PdfDictionary dss = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.DSS);
        PdfArray array = dss == null ? null : dss.getAsArray(PdfName.CRLs);
        for (int i = 0; array != null && i < array.size(); i++) {
            PdfStream stream = array.getAsStream(i);
            if (stream == null) {
                continue;
            }
            try {
                crls.add((X509CRL) CertificateFactory.getInstance("X.509")
                        .generateCRL(new ByteArrayInputStream(stream.getBytes())));
            } catch (Exception e) {
                // An unreadable CRL gives no revocation information; the chain check says what is missing.
            }
        }
        return crls;
    }
}

package tw.ourdata.estate.templates;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Turns filled HTML into PDF/A-2b with pdfHTML. PDF/A-2b ("basic": the document looks the same
 * forever) because archives and the tax office keep these documents for decades, and because a
 * PAdES signature on a PDF/A file keeps it PDF/A.
 */
final class PdfAConverter {
    // The JDK ships an sRGB ICC profile; PDF/A needs one as output intent for the colours we use.
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ShippedFont font;

    PdfAConverter(ShippedFont font) {
        this.font = font;
    }

    /** Converts, recording the positions of signature boxes (if the HTML has any) in {@code boxes}. */
    byte[] convert(String html, SignatureBoxes boxes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfADocument pdf = new PdfADocument(new PdfWriter(out), PdfAConformance.PDF_A_2B, srgbOutputIntent());
        ConverterProperties properties = new ConverterProperties()
                .setFontProvider(font.newFontProvider())
                .setTagWorkerFactory(new SignatureBoxTagWorkerFactory(boxes));
        HtmlConverter.convertToPdf(html, pdf, properties); // closes pdf
        return out.toByteArray();
    }

    private static PdfOutputIntent srgbOutputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB_PROFILE));
    }
}

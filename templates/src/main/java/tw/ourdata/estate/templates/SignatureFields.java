package tw.ourdata.estate.templates;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.pdfa.PdfADocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds one empty signature field per heir over the heir's signature box. All fields must exist
 * before the first signature: a field added after a certifying signature can invalidate it, so
 * the signing module only ever signs into these.
 */
final class SignatureFields {
    private SignatureFields() {
    }

    static byte[] addEmptyFields(byte[] pdfA, List<SignatureBox> boxes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument pdf = new PdfADocument(new PdfReader(new ByteArrayInputStream(pdfA)), new PdfWriter(out))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(pdf, true);
            for (SignatureBox box : boxes) {
                PdfSignatureFormField field = new SignatureFormFieldBuilder(pdf, box.fieldName())
                        .setWidgetRectangle(box.area())
                        .setPage(box.pageNumber())
                        .setConformance(pdf.getConformance())
                        .createSignature();
                // iText would otherwise draw "Digitally signed by ..." with a non-embedded standard
                // font, which PDF/A forbids; the label is already on the page.
                field.disableFieldRegeneration();
                PdfWidgetAnnotation widget = field.getWidgets().get(0);
                widget.setNormalAppearance(emptyAppearance(pdf, box.area()));
                widget.setFlags(PdfAnnotation.PRINT);
                widget.put(PdfName.Type, PdfName.Annot);
                form.addField(field, pdf.getPage(box.pageNumber()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add signature fields", e);
        }
        return out.toByteArray();
    }

    /**
     * PDF/A wants every visible widget to have a normal appearance; an empty one keeps the heir's
     * box as the template drew it and embeds no extra font. The signer replaces it when signing.
     */
    private static PdfDictionary emptyAppearance(PdfADocument pdf, Rectangle area) {
        PdfFormXObject appearance = new PdfFormXObject(new Rectangle(0, 0, area.getWidth(), area.getHeight()));
        appearance.makeIndirect(pdf);
        return appearance.getPdfObject();
    }
}

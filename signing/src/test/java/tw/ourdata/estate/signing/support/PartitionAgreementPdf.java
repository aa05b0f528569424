package tw.ourdata.estate.signing.support;

import java.io.ByteArrayOutputStream;

import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.forms.fields.SignatureFormFieldBuilder;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * A stand-in for what the templates module renders: a partition agreement with one empty signature
 * field per heir, each with its own "sign here" appearance and /Type /Annot, all created before anyone
 * signs (a field added later would be a change after signatures).
 */
public final class PartitionAgreementPdf {
    private PartitionAgreementPdf() {
    }

    public static String fieldOf(int heir) {
        return "heir-" + heir;
    }

    public static byte[] withSignatureFields(int heirs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfWriter(out))) {
            PdfFont font = helvetica();
            PdfPage page = doc.addNewPage(PageSize.A4);
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.beginText().setFontAndSize(font, 16).moveText(72, 780)
                    .showText("Partition agreement of the estate of the late Chen").endText();
            canvas.beginText().setFontAndSize(font, 11).moveText(72, 750)
                    .showText("Land at Da'an District, parcel 123: to heir 1. Deposits: in statutory shares.")
                    .endText();
            PdfAcroForm form = PdfAcroForm.getAcroForm(doc, true);
            int perPage = 12;
            for (int i = 1; i <= heirs; i++) {
                PdfPage target = page;
                int slot = (i - 1) % perPage;
                if (i > perPage && slot == 0) {
                    target = doc.addNewPage(PageSize.A4);
                } else if (i > perPage) {
                    target = doc.getLastPage();
                }
                int pageNumber = doc.getPageNumber(target);
                Rectangle rect = new Rectangle(72 + (slot % 2) * 240, 680 - (slot / 2) * 90f, 220, 70);
                PdfSignatureFormField field = new SignatureFormFieldBuilder(doc, fieldOf(i))
                        .setWidgetRectangle(rect).setPage(pageNumber).createSignature();
                PdfWidgetAnnotation widget = field.getWidgets().get(0);
                widget.getPdfObject().put(PdfName.Type, PdfName.Annot);
                widget.setFlags(4); // print
                widget.setNormalAppearance(blank(doc, rect));
                // The label is page content, not the widget's appearance: a validator comparing the page
                // before and after a field is signed (EU DSS hides the signed widget) then sees no change.
                new PdfCanvas(target).setLineWidth(0.5f)
                        .rectangle(rect.getX() - 2, rect.getY() - 2, rect.getWidth() + 4, rect.getHeight() + 4).stroke()
                        .beginText().setFontAndSize(font, 9).moveText(rect.getX(), rect.getTop() + 6)
                        .showText("Heir " + i + " signs here").endText().release();
                form.addField(field, target);
            }
        }
        return out.toByteArray();
    }

    private static PdfFont helvetica() {
        try {
            return PdfFontFactory.createFont(StandardFonts.HELVETICA);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An empty appearance stream: PDF/A wants one on every widget, the page already shows the label. */
    private static PdfDictionary blank(PdfDocument doc, Rectangle rect) {
        PdfFormXObject xobject = new PdfFormXObject(new Rectangle(0, 0, rect.getWidth(), rect.getHeight()));
        new PdfCanvas(xobject, doc).release();
        return xobject.getPdfObject();
    }

    /** Used by the rejection tests: a field that is not a signature field. */
    public static boolean isSignatureField(PdfFormField f) {
        return PdfName.Sig.equals(f.getFormType());
    }
}

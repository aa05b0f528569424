package tw.ourdata.estate.templates;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a rendered PDF with PDFBox, independently of iText which wrote it. */
final class PdfInspection {

    /** A font as used on some page: its PostScript name and whether its program is embedded. */
    record UsedFont(String name, boolean embedded) {
        boolean isSubset() {
            return name.matches("[A-Z]{6}\\+.*");
        }
    }

    /** A signature field as a signer will see it. */
    record SignatureFieldInfo(String name, boolean signed, int pageNumber, PDRectangle rect,
                              boolean typeAnnot, boolean printed, boolean hasNormalAppearance,
                              String textJustAbove) {
    }

    private PdfInspection() {
    }

    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    static Set<UsedFont> fonts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<UsedFont> fonts = new LinkedHashSet<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation.getNormalAppearanceStream() != null) {
                        collectFonts(annotation.getNormalAppearanceStream().getResources(), fonts);
                    }
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, Set<UsedFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font type0
                    ? type0.getDescendantFont().isEmbedded()
                    : font.isEmbedded();
            fonts.add(new UsedFont(font.getName(), embedded));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    static List<SignatureFieldInfo> signatureFields(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<SignatureFieldInfo> result = new ArrayList<>();
            if (form == null) {
                return result;
            }
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDSignatureField signatureField)) {
                    continue;
                }
                PDAnnotationWidget widget = signatureField.getWidgets().get(0);
                int pageNumber = pageOf(doc, widget);
                PDRectangle rect = widget.getRectangle();
                PDAppearanceStream normal = widget.getNormalAppearanceStream();
                result.add(new SignatureFieldInfo(
                        field.getFullyQualifiedName(),
                        signatureField.getSignature() != null,
                        pageNumber,
                        rect,
                        COSName.ANNOT.equals(widget.getCOSObject().getCOSName(COSName.TYPE)),
                        widget.isPrinted(),
                        normal != null,
                        pageNumber > 0 ? textAbove(doc.getPage(pageNumber - 1), rect) : ""));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pageOf(PDDocument doc, PDAnnotationWidget widget) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            for (PDAnnotation annotation : doc.getPage(i).getAnnotations()) {
                if (annotation.getCOSObject() == widget.getCOSObject()) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The text in a band 30 pt high right above the rectangle: where the template prints the heir's label. */
    private static String textAbove(PDPage page, PDRectangle rect) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float pageHeight = page.getMediaBox().getHeight();
        // PDFTextStripperByArea measures y from the top of the page.
        float top = pageHeight - rect.getUpperRightY() - 30;
        // A few points of slack left and right: a glyph starting exactly on the box edge would be cut off.
        stripper.addRegion("above", new Rectangle2D.Float(rect.getLowerLeftX() - 4, top, rect.getWidth() + 8, 30));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("above");
    }

    static PDRectangle mediaBox(byte[] pdf, int pageNumber) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(pageNumber - 1).getMediaBox();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package tw.ourdata.estate.signing.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;

/** What an attacker (or a buggy tool) might do to a signed agreement. */
public final class Tampering {
    private Tampering() {
    }

    /**
     * Appends an incremental update that changes one byte of page 1's content: the land parcel number
     * "123" becomes "124". Every signature still verifies over its own revision; only a revision diff
     * shows that what a reader sees is no longer what the heirs signed.
     */
    public static byte[] changeParcelNumberInIncrementalUpdate(byte[] pdf) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                    new StampingProperties().useAppendMode())) {
                PdfStream content = doc.getPage(1).getContentStream(0);
                String text = new String(content.getBytes(), StandardCharsets.ISO_8859_1);
                int at = text.indexOf("parcel 123");
                if (at < 0) {
                    throw new IllegalStateException("the parcel number is not in the first content stream");
                }
                byte[] bytes = content.getBytes();
                bytes[at + "parcel 12".length()] = '4';
                content.setData(bytes);
                content.setModified();
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Appends an update that puts a text annotation (a sticky note) on page 1. */
    public static byte[] addNoteInIncrementalUpdate(byte[] pdf) {
        return append(pdf, doc -> doc.getPage(1).addAnnotation(
                new com.itextpdf.kernel.pdf.annot.PdfTextAnnotation(new com.itextpdf.kernel.geom.Rectangle(400, 700, 20, 20))
                        .setContents("Heir 1 receives nothing")));
    }

    /** Appends an update that replaces the appearance of an already signed field (what the reader shows). */
    public static byte[] repaintSignedFieldInIncrementalUpdate(byte[] pdf, String field) {
        return append(pdf, doc -> {
            com.itextpdf.forms.fields.PdfFormField f = com.itextpdf.forms.PdfAcroForm.getAcroForm(doc, false)
                    .getField(field);
            com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation widget = f.getWidgets().get(0);
            com.itextpdf.kernel.pdf.xobject.PdfFormXObject blank = new com.itextpdf.kernel.pdf.xobject.PdfFormXObject(
                    new com.itextpdf.kernel.geom.Rectangle(0, 0, 10, 10));
            widget.setNormalAppearance(blank.getPdfObject());
            widget.setModified();
        });
    }

    private static byte[] append(byte[] pdf, java.util.function.Consumer<PdfDocument> change) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                    new StampingProperties().useAppendMode())) {
                change.accept(doc);
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Flips the byte after the first occurrence of {@code marker}, in place, without any update. */
    public static byte[] flipByteInPlace(byte[] pdf, String marker) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("marker not found: " + marker);
        }
        byte[] copy = pdf.clone();
        copy[at + marker.length()] ^= 0x01;
        return copy;
    }
}

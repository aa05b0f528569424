package tw.ourdata.estate.templates;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document must stay valid PDF/A-2b, judged by veraPDF. */
class PdfAConformanceTest {
    private static final EstateDocumentRenderer RENDERER = new EstateDocumentRenderer();

    @Test
    void partitionAgreementWithItsEmptySignatureFieldsIsPdfA2b() {
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement());
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void longPartitionAgreementIsPdfA2b() {
        RenderedDocument doc = RENDERER.renderPartitionAgreement(Samples.agreement(Samples.heirs(), Samples.assets(40)));
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void taxAssessmentNoticeIsPdfA2b() {
        RenderedDocument doc = RENDERER.renderTaxAssessmentNotice(Samples.assessmentNotice());
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void exemptionCertificateIsPdfA2b() {
        RenderedDocument doc = RENDERER.renderExemptionCertificate(Samples.exemptionCertificate());
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void taxClearanceCertificateIsPdfA2b() {
        RenderedDocument doc = RENDERER.renderTaxClearanceCertificate(Samples.clearanceCertificate());
        assertThat(PdfAValidation.pdfA2bFailures(doc.pdf())).isEmpty();
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() {
        // Guards the tests above: a validator that passed everything would make them worthless.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph("not PDF/A: no output intent, no XMP, non-embedded Helvetica"));
        }
        assertThat(PdfAValidation.pdfA2bFailures(out.toByteArray())).isNotEmpty();
    }
}

package tw.ourdata.estate.templates;

import java.util.List;
import java.util.Map;

/**
 * Renders the estate's documents as PDF/A-2b, Traditional Chinese first with English subtitles.
 *
 * <p>Create one and share it: construction reads the font (7 MB) and the templates once; every render call builds its own font provider and PDF, so calls from several threads
 * at once are safe. Model texts the embedded font cannot draw are shown as a visible marker such
 * as 〔U+2161D〕 and listed in {@link RenderedDocument#warnings()}.
 */
public final class EstateDocumentRenderer {
    private final ShippedFont font;
    private final HtmlTemplates templates;
    private final PdfAConverter converter;

    public EstateDocumentRenderer() {
        this.font = ShippedFont.load();
        this.templates = HtmlTemplates.load();
        this.converter = new PdfAConverter(font);
    }

    /**
     * The partition agreement, with one empty signature field per heir (named by
     * {@link Heir#signatureFieldName()}) laid over that heir's labelled signature box.
     */
    public RenderedDocument renderPartitionAgreement(PartitionAgreementModel model) {
        GlyphGuard guard = new GlyphGuard(font);
        Map<String, Object> view = PartitionAgreementView.of(model, guard);
        String html = templates.render(HtmlTemplates.PARTITION_AGREEMENT, model.documentId(), view);
        SignatureBoxes boxes = new SignatureBoxes();
        byte[] laidOut = converter.convert(html, boxes);
        List<String> expected = model.heirs().stream().map(Heir::signatureFieldName).toList();
        List<SignatureBox> drawn = boxes.all();
        if (!drawn.stream().map(SignatureBox::fieldName).toList().equals(expected)) {
            // Would mean the template lost a box: refuse rather than hand out an agreement some heir cannot sign.
            throw new IllegalStateException("signature boxes drawn " + drawn + " do not match the heirs " + expected);
        }
        byte[] pdf = SignatureFields.addEmptyFields(laidOut, drawn);
        return new RenderedDocument(pdf, model.documentId(), guard.warnings(), expected);
    }

    /** The estate tax assessment notice (tax payable &gt; 0). */
    public RenderedDocument renderTaxAssessmentNotice(TaxAssessmentNoticeModel model) {
        GlyphGuard guard = new GlyphGuard(font);
        return unsigned(HtmlTemplates.TAX_ASSESSMENT_NOTICE, model.documentId(),
                TaxDocumentViews.assessmentNotice(model, guard), guard);
    }

    /** The exemption certificate (tax payable = 0). */
    public RenderedDocument renderExemptionCertificate(ExemptionCertificateModel model) {
        GlyphGuard guard = new GlyphGuard(font);
        return unsigned(HtmlTemplates.EXEMPTION_CERTIFICATE, model.documentId(),
                TaxDocumentViews.exemptionCertificate(model, guard), guard);
    }

    /** The tax clearance certificate, once the tax is paid. */
    public RenderedDocument renderTaxClearanceCertificate(TaxClearanceCertificateModel model) {
        GlyphGuard guard = new GlyphGuard(font);
        return unsigned(HtmlTemplates.TAX_CLEARANCE_CERTIFICATE, model.documentId(),
                TaxDocumentViews.clearanceCertificate(model, guard), guard);
    }

    private RenderedDocument unsigned(String template, String documentId, Map<String, Object> view, GlyphGuard guard) {
        String html = templates.render(template, documentId, view);
        byte[] pdf = converter.convert(html, new SignatureBoxes());
        return new RenderedDocument(pdf, documentId, guard.warnings(), List.of());
    }
}

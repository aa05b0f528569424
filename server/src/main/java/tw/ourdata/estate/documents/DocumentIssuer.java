package tw.ourdata.estate.documents;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tw.ourdata.estate.audit.AuditTrail.Actor;
import tw.ourdata.estate.signing.pades.PlatformSeal;
import tw.ourdata.estate.templates.EstateDocumentRenderer;
import tw.ourdata.estate.templates.ExemptionCertificateModel;
import tw.ourdata.estate.templates.RenderedDocument;
import tw.ourdata.estate.templates.TaxAssessmentNoticeModel;
import tw.ourdata.estate.templates.TaxClearanceCertificateModel;

/**
 * Issues the documents the platform itself stands behind: renders them as PDF/A and applies the platform seal
 * (PAdES B-LTA, so each verifies on its own for years), then stores them as {@link DocumentStatus#ISSUED}.
 * Rendering and sealing happen before the database transaction, which then only stores the bytes.
 */
@Service
public class DocumentIssuer {

    private static final Logger log = LoggerFactory.getLogger(DocumentIssuer.class);

    private final EstateDocumentRenderer renderer;
    private final PlatformSeal seal;
    private final DocumentStore store;

    DocumentIssuer(EstateDocumentRenderer renderer, PlatformSeal seal, DocumentStore store) {
        this.renderer = renderer;
        this.seal = seal;
        this.store = store;
    }

    /**
     * @param document       as stored
     * @param renderWarnings characters the embedded font lacks, printed as markers like 〔U+2161D〕; an officer
     *                       should look at the document before it is relied on
     */
    public record Issued(StoredDocument document, List<String> renderWarnings) {
    }

    /** 遺產稅核定通知書, for an approved assessment with tax payable. */
    public Issued issueTaxAssessmentNotice(UUID caseId, TaxAssessmentNoticeModel model) {
        return issue(caseId, DocumentType.TAX_ASSESSMENT, renderer.renderTaxAssessmentNotice(model),
                "遺產稅核定通知書 Estate tax assessment notice issued by OurData Estate");
    }

    /** 遺產稅免稅證明書, for an approved assessment with no tax. */
    public Issued issueExemptionCertificate(UUID caseId, ExemptionCertificateModel model) {
        return issue(caseId, DocumentType.EXEMPTION_CERTIFICATE, renderer.renderExemptionCertificate(model),
                "遺產稅免稅證明書 Estate tax exemption certificate issued by OurData Estate");
    }

    /** 遺產稅繳清證明書, once the tax is paid. */
    public Issued issueTaxClearanceCertificate(UUID caseId, TaxClearanceCertificateModel model) {
        return issue(caseId, DocumentType.TAX_CLEARANCE, renderer.renderTaxClearanceCertificate(model),
                "遺產稅繳清證明書 Estate tax clearance certificate issued by OurData Estate");
    }

    private Issued issue(UUID caseId, DocumentType type, RenderedDocument rendered, String reason) {
        byte[] sealed = seal.seal(rendered.pdf(), reason);
        if (!rendered.warnings().isEmpty()) {
            // The warnings name characters, never the person: safe to log.
            log.warn("{} {} issued with {} rendering warning(s): {}", type, rendered.documentId(),
                    rendered.warnings().size(), rendered.warnings());
        }
        StoredDocument stored = store.create(caseId, type, DocumentStatus.ISSUED, sealed,
                "issued and sealed: " + rendered.documentId(), Actor.SYSTEM);
        return new Issued(stored, rendered.warnings());
    }
}

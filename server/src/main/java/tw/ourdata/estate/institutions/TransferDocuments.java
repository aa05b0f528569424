package tw.ourdata.estate.institutions;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.documents.DocumentRevision;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.security.ApiClient;

/**
 * Hands an institution the documents its transfer instruction names — the signed partition
 * agreement and the tax certificate — and nothing else. The agreement carries every heir's
 * personal data, so each download is recorded with the heirs as its data subjects.
 */
@Service
public class TransferDocuments {

    private static final Logger log = LoggerFactory.getLogger(TransferDocuments.class);

    private final AssetTransferRepository transfers;
    private final DocumentStore documents;
    private final CaseRepository cases;
    private final AuditTrail audit;

    TransferDocuments(AssetTransferRepository transfers, DocumentStore documents, CaseRepository cases, AuditTrail audit) {
        this.transfers = transfers;
        this.documents = documents;
        this.cases = cases;
        this.audit = audit;
    }

    /** A document as downloaded: its latest revision's bytes. */
    public record Download(StoredDocument document, DocumentRevision revision) {
    }

    /**
     * @throws ApiException 404 for an unknown transfer or a document its instruction does not name,
     *                      403 for another institution's transfer
     */
    @Transactional
    public Download download(String transferIdText, String documentIdText, ApiClient institution) {
        UUID transferId = AssetTransferConfirmations.parse(transferIdText);
        AssetTransfer transfer = transfers.find(transferId).orElseThrow(() -> AssetTransferConfirmations.unknown(transferIdText));
        if (institution == null || !transfer.institutionCode().equals(institution.institutionCode())) {
            throw ApiException.forbidden("Transfer " + transferId + " was not sent to your institution.");
        }
        UUID documentId;
        try {
            documentId = UUID.fromString(documentIdText);
        } catch (IllegalArgumentException e) {
            documentId = null;
        }
        if (!transfer.names(documentId)) {
            throw ApiException.notFound("Transfer " + transferId + " names no document " + documentIdText + ".");
        }
        StoredDocument document = documents.find(documentId).orElseThrow(() -> ApiException.notFound("No document " + documentIdText + "."));
        DocumentRevision revision = documents.latest(documentId)
                .orElseThrow(() -> ApiException.notFound("Document " + documentIdText + " has no content."));
        List<UUID> heirs = cases.heirs(transfer.caseId()).stream().map(CaseRepository.Heir::id).toList();
        audit.record(transfer.caseId(), new AuditTrail.Actor(ApiClient.Kind.INSTITUTION.name(), institution.id().toString()),
                "TRANSFER_DOCUMENT_DOWNLOADED", heirs, transfer.institutionCode() + " received " + document.type() + " version "
                        + document.version() + " revision " + revision.revision() + " (sha256 " + revision.sha256()
                        + ") for transfer " + transferId);
        log.info("{} downloaded {} {} for transfer {}", transfer.institutionCode(), document.type(), documentId, transferId);
        return new Download(document, revision);
    }
}

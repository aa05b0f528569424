package tw.ourdata.estate.institutions;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One transfer instruction to one institution for one case, and how far it got.
 *
 * @param agreementDocumentId      the signed partition agreement the instruction names
 * @param taxCertificateDocumentId the tax clearance or exemption certificate the instruction names
 */
public record AssetTransfer(UUID id, UUID caseId, String institutionCode, AssetTransferStatus status, int sendCount,
                            UUID agreementDocumentId, UUID taxCertificateDocumentId, OffsetDateTime sentAt,
                            OffsetDateTime confirmedAt, String confirmationSha256, String rejectionReason, String escalationReason,
                            String closeReason) {

    /** The documents this transfer's institution may download: exactly those its instruction names. */
    boolean names(UUID documentId) {
        return documentId != null && (documentId.equals(agreementDocumentId) || documentId.equals(taxCertificateDocumentId));
    }
}

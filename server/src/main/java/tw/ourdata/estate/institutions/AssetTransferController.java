package tw.ourdata.estate.institutions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ConcurrentChanges;
import tw.ourdata.estate.security.ApiClient;

/**
 * The institution protocol for transfers, inbound: the institution downloads the documents its
 * instruction names and confirms the transfer, both with its own API key. Only the institution
 * the instruction went to may do either.
 */
@RestController
@Tag(name = "Transfers", description = "Institutions: the documents of a transfer instruction, and its confirmation")
class AssetTransferController {

    private final AssetTransferConfirmations confirmations;
    private final TransferDocuments documents;

    AssetTransferController(AssetTransferConfirmations confirmations, TransferDocuments documents) {
        this.confirmations = confirmations;
        this.documents = documents;
    }

    @Operation(summary = "Confirm (or reject) a transfer instruction sent to your institution",
            description = "TRANSFERRED with transferredAt and reference ends the transfer; REJECTED with a reason goes to a tax "
                    + "officer. The same confirmation again is 200 with repeat: true.")
    @ApiResponse(responseCode = "200", description = "Stored (or an identical repeat)")
    @ApiResponse(responseCode = "403", description = "The transfer was sent to another institution", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such transfer", content = @Content)
    @ApiResponse(responseCode = "409", description = "Already confirmed differently, or closed by a tax officer", content = @Content)
    @ApiResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content)
    @ApiResponse(responseCode = "422", description = "Every field problem, as {field, message}", content = @Content)
    @PostMapping(path = "/api/v1/transfers/{transferId}/confirmation", consumes = "application/json")
    AssetTransferConfirmations.Receipt confirm(@PathVariable String transferId, @RequestBody ConfirmationRequest body,
                                               @AuthenticationPrincipal ApiClient institution) {
        // The process may move at the same moment (its service-level timer, say).
        return ConcurrentChanges.retried(() -> confirmations.receive(transferId, body, institution));
    }

    @Operation(summary = "Download a document your transfer instruction names (latest revision, PDF)")
    @ApiResponse(responseCode = "200", description = "The PDF; header X-Document-SHA256 is the hash the instruction gave",
            content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "403", description = "The transfer was sent to another institution", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such transfer, or a document its instruction does not name", content = @Content)
    @GetMapping(path = "/api/v1/transfers/{transferId}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String transferId, @PathVariable String documentId,
                                    @AuthenticationPrincipal ApiClient institution) {
        TransferDocuments.Download d = documents.download(transferId, documentId, institution);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.document().type().name().toLowerCase() + "-v" + d.document().version() + ".pdf").build().toString())
                .header("X-Document-SHA256", d.revision().sha256())
                .body(d.revision().bytes());
    }
}

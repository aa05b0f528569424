package tw.ourdata.estate.institutions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.security.ApiClient;

/**
 * Receives an institution's confirmation of a transfer: checks that it is this institution's
 * transfer and a valid confirmation, stores it, records it in the audit trail and correlates
 * {@code AssetTransferConfirmed} — in one transaction, so a confirmation is either stored and
 * acted on, or neither. A rejection is stored the same way and correlated as
 * {@code AssetTransferRejected}, which asks a tax officer.
 *
 * <p>The same confirmation twice changes nothing; a different second one is a conflict, and so is
 * any confirmation after a tax officer closed the transfer.
 */
@Service
public class AssetTransferConfirmations {

    private static final Logger log = LoggerFactory.getLogger(AssetTransferConfirmations.class);

    /** Canonical JSON: same content, same bytes, whatever the sender's key order or spacing. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private final ConfirmationValidator validator = new ConfirmationValidator();
    private final AssetTransferRepository transfers;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final Clock clock;

    AssetTransferConfirmations(AssetTransferRepository transfers, RuntimeService runtime, AuditTrail audit, Clock clock) {
        this.transfers = transfers;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the institution gets back. {@code repeat}: this very confirmation was already stored, nothing changed. */
    public record Receipt(String transferId, AssetTransferStatus status, boolean repeat) {
    }

    @Transactional
    public Receipt receive(String transferIdText, ConfirmationRequest request, ApiClient institution) {
        UUID transferId = parse(transferIdText);
        AssetTransfer transfer = transfers.find(transferId).orElseThrow(() -> unknown(transferIdText));
        if (institution == null || !transfer.institutionCode().equals(institution.institutionCode())) {
            throw ApiException.forbidden("Transfer " + transferId + " was not sent to your institution.");
        }
        Set<String> instructed = transfers.assetsHeld(transfer.caseId(), transfer.institutionCode()).stream()
                .map(a -> a.id().toString()).collect(Collectors.toSet());
        ConfirmationValidator.Result result = validator.validate(request, instructed);
        if (!result.valid()) {
            throw ApiException.invalid(result.problems());
        }
        ConfirmationValidator.Confirmation confirmation = result.confirmation();
        AuditTrail.Actor actor = new AuditTrail.Actor(ApiClient.Kind.INSTITUTION.name(), institution.id().toString());

        transfer = transfers.lock(transferId).orElseThrow(() -> unknown(transferIdText));
        if (transfer.status() == AssetTransferStatus.CLOSED_WITHOUT_CONFIRMATION) {
            throw ApiException.conflict("Transfer " + transferId + " was closed without a confirmation by a tax officer ("
                    + transfer.closeReason() + "). A late confirmation is not accepted; please contact the tax office.");
        }
        if (confirmation.outcome() == ConfirmationValidator.Outcome.REJECTED) {
            return reject(transfer, confirmation.reason(), actor);
        }
        String canonical = canonical(confirmation);
        String hash = Sha256.hex(canonical);
        if (transfer.status() == AssetTransferStatus.CONFIRMED) {
            if (hash.equals(transfer.confirmationSha256())) {
                return new Receipt(transferId.toString(), AssetTransferStatus.CONFIRMED, true);
            }
            throw ApiException.conflict("Transfer " + transferId + " was already confirmed differently. "
                    + "A correction must go to the tax office; it is not accepted as a second confirmation.");
        }
        transfers.storeConfirmation(transferId, canonical, hash, institution.id(), OffsetDateTime.now(clock));
        audit.record(transfer.caseId(), actor, "TRANSFER_CONFIRMED", List.of(), "transfer " + transferId + " by "
                + transfer.institutionCode() + ": reference " + confirmation.reference() + ", transferred at "
                + confirmation.transferredAt() + ", sha256 " + hash);
        // If the process is between two steps (a delivery job not run yet), nothing waits for the
        // message: that job finds the stored confirmation and ends the transfer instead of sending.
        int correlated = runtime.createMessageCorrelation(AssetTransferProcess.CONFIRMED_MESSAGE)
                .processInstanceVariableEquals(AssetTransferProcess.TRANSFER_ID, transferId.toString())
                .correlateAllWithResult().size();
        log.info("Transfer {} confirmed by {}{}", transferId, transfer.institutionCode(),
                correlated == 0 ? " (process not waiting yet; it will pick the confirmation up)" : "");
        return new Receipt(transferId.toString(), AssetTransferStatus.CONFIRMED, false);
    }

    private Receipt reject(AssetTransfer transfer, String reason, AuditTrail.Actor actor) {
        if (transfer.status() == AssetTransferStatus.CONFIRMED) {
            throw ApiException.conflict("Transfer " + transfer.id() + " was already confirmed; it cannot be rejected now.");
        }
        if (transfer.status() == AssetTransferStatus.ESCALATED && reason.equals(transfer.rejectionReason())) {
            return new Receipt(transfer.id().toString(), AssetTransferStatus.ESCALATED, true);
        }
        transfers.storeRejection(transfer.id(), reason, OffsetDateTime.now(clock));
        audit.record(transfer.caseId(), actor, "TRANSFER_REJECTED", List.of(), "transfer " + transfer.id() + " by "
                + transfer.institutionCode() + ": " + reason);
        // Only a process waiting for the confirmation takes it: an officer already deciding sees it on the transfer.
        runtime.createMessageCorrelation(AssetTransferProcess.REJECTED_MESSAGE)
                .processInstanceVariableEquals(AssetTransferProcess.TRANSFER_ID, transfer.id().toString())
                .setVariable(AssetTransferProcess.ESCALATION_REASON, "The institution rejected the transfer instruction: " + reason)
                .correlateAllWithResult();
        log.warn("Transfer {} rejected by {}", transfer.id(), transfer.institutionCode());
        AssetTransferStatus now = transfers.find(transfer.id()).map(AssetTransfer::status).orElse(transfer.status());
        return new Receipt(transfer.id().toString(), now, false);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unknown(id);
        }
    }

    static ApiException unknown(String id) {
        return ApiException.notFound("No transfer " + id + ".");
    }

    private static String canonical(ConfirmationValidator.Confirmation confirmation) {
        try {
            return CANONICAL.writeValueAsString(confirmation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated confirmation always serialises", e);
        }
    }
}

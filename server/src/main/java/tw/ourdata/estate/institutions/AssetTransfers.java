package tw.ourdata.estate.institutions;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.cases.CaseRepository;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;

/**
 * The life of a transfer instruction on our side: listed for the case, registered, sent (again)
 * with the signed agreement and the tax certificate, escalated, closed without a confirmation.
 * The delegates of {@code asset-transfer} and {@code prepareTransfers} call these, inside the
 * engine's transaction.
 */
@Service
public class AssetTransfers {

    private static final Logger log = LoggerFactory.getLogger(AssetTransfers.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AssetTransferRepository transfers;
    private final Institutions institutions;
    private final AssetQueries queries;
    private final CaseRepository cases;
    private final DocumentStore documents;
    private final InstitutionGateway gateway;
    private final ServerAddress address;
    private final AuditTrail audit;
    private final Clock clock;

    AssetTransfers(AssetTransferRepository transfers, Institutions institutions, AssetQueries queries, CaseRepository cases,
                   DocumentStore documents, InstitutionGateway gateway, ServerAddress address, AuditTrail audit, Clock clock) {
        this.transfers = transfers;
        this.institutions = institutions;
        this.queries = queries;
        this.cases = cases;
        this.documents = documents;
        this.gateway = gateway;
        this.address = address;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers one transfer per institution that holds an asset of the case (idempotent) and
     * returns their codes: the multi-instance collection of the case's {@code assetTransfers}.
     * Empty when nothing was reported; the case then has nothing to transfer.
     */
    List<String> prepare(UUID caseId) {
        List<String> codes = transfers.institutionsHoldingAssets(caseId);
        for (String code : codes) {
            transfers.register(caseId, code, null);
        }
        log.info("Case {}: transfers to {}", caseId, codes.isEmpty() ? "no institution (nothing to transfer)" : codes);
        return codes;
    }

    /** A registered transfer and how long its institution may take to confirm. */
    record Registered(AssetTransfer transfer, Duration serviceLevel) {
    }

    Registered register(UUID caseId, String institutionCode, String processInstanceId) {
        Institution institution = institution(institutionCode);
        AssetTransfer transfer = transfers.register(caseId, institutionCode, processInstanceId);
        // Named now, before any delivery: the institution may download them the moment it has the instruction.
        CaseDocuments named = caseDocuments(caseId);
        if (named.complete()) {
            transfers.nameDocuments(transfer.id(), named.agreement().id(), named.taxCertificate().id());
        }
        return new Registered(transfer, queries.serviceLevel(institution));
    }

    /**
     * Posts the instruction to its institution. Network failures, 5xx and missing documents
     * escape as exceptions, so the engine's job retries them and, in the end, an operator sees
     * an incident: an instruction is never sent without both documents.
     */
    SendOutcome send(UUID transferId) {
        AssetTransfer transfer = transfers.lock(transferId).orElseThrow(() -> new IllegalStateException("no transfer " + transferId));
        if (transfer.status().settled()) {
            return new SendOutcome.AlreadySettled();
        }
        Institution institution = institution(transfer.institutionCode());
        CaseRepository.EstateCase estateCase = cases.find(transfer.caseId())
                .orElseThrow(() -> new IllegalStateException("no case " + transfer.caseId()));
        CaseDocuments named = caseDocuments(transfer.caseId());
        if (!named.complete()) {
            throw new IllegalStateException("Case " + transfer.caseId() + " has " + (named.agreement() == null
                    ? "no signed partition agreement" : "no tax clearance or exemption certificate")
                    + ": the transfer instruction to " + institution.code() + " cannot be sent.");
        }
        transfers.nameDocuments(transferId, named.agreement().id(), named.taxCertificate().id());

        List<AssetTransferRepository.HeldAsset> held = transfers.assetsHeld(transfer.caseId(), institution.code());
        Map<UUID, List<AssetTransferRepository.Allocation>> allocations = transfers.allocations(transfer.caseId(), held);
        Set<UUID> heirsPassedOn = new LinkedHashSet<>();
        List<TransferInstruction.Asset> assets = new ArrayList<>();
        for (AssetTransferRepository.HeldAsset a : held) {
            List<TransferInstruction.Allocation> to = allocations.get(a.id()).stream().map(x -> {
                heirsPassedOn.add(x.heirId());
                return new TransferInstruction.Allocation(x.heirId().toString(), x.name(), x.nationalId(), x.fraction());
            }).toList();
            assets.add(new TransferInstruction.Asset(a.id().toString(), a.kind(), a.description(), a.identifier(), a.share(), to));
        }
        TransferInstruction instruction = new TransferInstruction(TransferInstruction.TYPE, transferId.toString(),
                estateCase.registrationNumber(),
                new TransferInstruction.Decedent(estateCase.decedentNationalId(), estateCase.decedentName(),
                        estateCase.decedentBirthDate().toString()),
                estateCase.dateOfDeath().toString(), document(transferId, named.agreement()),
                document(transferId, named.taxCertificate()), assets, address.transferCallbackUrl(transferId));

        InstitutionGateway.Delivery delivery = gateway.post(address.endpoint(institution), instruction);
        if (delivery instanceof InstitutionGateway.Delivery.Refused refused) {
            log.warn("Institution {} refused transfer instruction {} with {}", institution.code(), transferId, refused.status());
            return new SendOutcome.Refused(institution.displayName() + " refused the transfer instruction: HTTP " + refused.status()
                    + (refused.detail().isBlank() ? "" : " " + refused.detail()));
        }
        transfers.markSent(transferId, json(instruction), now());
        // The heirs' names and national ids went to the institution: each of them can see that it did.
        audit.record(transfer.caseId(), AuditTrail.Actor.SYSTEM, "TRANSFER_INSTRUCTION_SENT", List.copyOf(heirsPassedOn),
                "transfer " + transferId + " to " + institution.code() + " (delivery " + (transfer.sendCount() + 1) + "): "
                        + assets.size() + " assets, partition agreement " + named.agreement().id() + ", "
                        + named.taxCertificate().type() + " " + named.taxCertificate().id());
        log.info("Transfer instruction {} sent to {} (delivery {})", transferId, institution.code(), transfer.sendCount() + 1);
        return new SendOutcome.Sent(transfer.sendCount() + 1);
    }

    /** What the officer's task shows about the transfer. */
    record Escalation(String institutionCode, String institutionName, OffsetDateTime sentAt, String reason) {
    }

    Escalation escalate(UUID transferId, String reason) {
        AssetTransfer transfer = transfers.lock(transferId).orElseThrow(() -> new IllegalStateException("no transfer " + transferId));
        Institution institution = institution(transfer.institutionCode());
        String why = reason != null && !reason.isBlank() ? reason
                : institution.displayName() + " has not confirmed the transfer within its service level of "
                + queries.serviceLevel(institution) + ", not even after the instruction was sent again.";
        transfers.markEscalated(transferId, why, now());
        log.warn("Transfer {} to {} escalated to the tax officers", transferId, institution.code());
        return new Escalation(institution.code(), institution.displayName(), transfer.sentAt(), why);
    }

    void closeWithoutConfirmation(UUID transferId, String officer, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Closing a transfer without a confirmation needs a reason.");
        }
        AssetTransfer transfer = transfers.lock(transferId).orElseThrow(() -> new IllegalStateException("no transfer " + transferId));
        if (!transfers.markClosedWithoutConfirmation(transferId, officer, reason.strip(), now())) {
            throw new IllegalStateException("Transfer " + transferId + " is already settled.");
        }
        audit.record(transfer.caseId(), new AuditTrail.Actor("OFFICER", officer == null ? "unknown" : officer),
                "TRANSFER_CLOSED_WITHOUT_CONFIRMATION", List.of(), "transfer " + transferId + " to " + transfer.institutionCode()
                        + ": " + reason.strip());
        log.info("Transfer {} closed without confirmation by {}", transferId, officer);
    }

    /** The documents a transfer instruction names, as far as the case has them. */
    record CaseDocuments(StoredDocument agreement, StoredDocument taxCertificate) {
        boolean complete() {
            return agreement != null && taxCertificate != null;
        }
    }

    /**
     * The signed partition agreement (its latest version), and the tax certificate: the tax
     * clearance certificate if the tax was paid, else the exemption certificate (no tax due).
     */
    CaseDocuments caseDocuments(UUID caseId) {
        List<StoredDocument> all = documents.ofCase(caseId);
        return new CaseDocuments(latest(all, DocumentType.PARTITION_AGREEMENT, DocumentStatus.SIGNED).orElse(null),
                latest(all, DocumentType.TAX_CLEARANCE, null).or(() -> latest(all, DocumentType.EXEMPTION_CERTIFICATE, null))
                        .orElse(null));
    }

    private static Optional<StoredDocument> latest(List<StoredDocument> all, DocumentType type, DocumentStatus status) {
        return all.stream().filter(d -> d.type() == type && d.status() != DocumentStatus.VOID)
                .filter(d -> status == null || d.status() == status)
                .max(Comparator.comparingInt(StoredDocument::version));
    }

    private TransferInstruction.Document document(UUID transferId, StoredDocument doc) {
        // The download serves the latest revision: this is the hash of what the institution will get.
        return new TransferInstruction.Document(doc.id().toString(), doc.type().name(), doc.version(), doc.latestSha256(),
                address.transferDocumentUrl(transferId, doc.id()));
    }

    private static String json(TransferInstruction instruction) {
        try {
            return JSON.writeValueAsString(instruction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an instruction always serialises", e);
        }
    }

    private Institution institution(String code) {
        return institutions.find(code).orElseThrow(() -> new IllegalStateException("no institution " + code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

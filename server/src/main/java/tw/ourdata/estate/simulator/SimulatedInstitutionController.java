package tw.ourdata.estate.simulator;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.institutions.Institutions;
import tw.ourdata.estate.institutions.ServerAddress;
import tw.ourdata.estate.institutions.TransferInstruction;

/**
 * The bundled institutions (demo mode only): {@code POST /simulator/institutions/{code}/queries}
 * takes an asset query as a real institution would, answers 202, and posts the answer to the
 * query's callback a little later. The same endpoint takes transfer instructions (body
 * {@code type: ASSET_TRANSFER}): the institution downloads the documents and confirms the transfer
 * on its callback a little later. The behaviour switches (silent, failing, ...) apply to both.
 */
@RestController
@Conditional(SimulatorEnabled.class)
class SimulatedInstitutionController {

    private static final Logger log = LoggerFactory.getLogger(SimulatedInstitutionController.class);

    private final SimulatorSettings settings;
    private final SimulatedAnswers answers;
    private final Institutions institutions;
    private final ServerAddress address;
    private final SimulatedTransfers transfers;
    private final ObjectMapper json;

    SimulatedInstitutionController(SimulatorSettings settings, SimulatedAnswers answers, Institutions institutions,
                                   ServerAddress address, SimulatedTransfers transfers, ObjectMapper json) {
        this.settings = settings;
        this.answers = answers;
        this.institutions = institutions;
        this.address = address;
        this.transfers = transfers;
        this.json = json;
    }

    /** The query as the platform posts it. */
    record Query(String queryId, Decedent decedent, String dateOfDeath, String callbackUrl) {
        record Decedent(String nationalId, String name, String birthDate) {
        }
    }

    @PostMapping(path = "/simulator/institutions/{code}/queries", consumes = "application/json")
    ResponseEntity<Map<String, String>> receive(@PathVariable String code, @RequestBody JsonNode body) {
        if (institutions.find(code).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no simulated institution " + code));
        }
        try {
            if (TransferInstruction.TYPE.equals(body.path("type").asText())) {
                return transfer(code, json.treeToValue(body, TransferInstruction.class));
            }
            return query(code, json.treeToValue(body, Query.class));
        } catch (JsonProcessingException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "unreadable body: " + e.getOriginalMessage()));
        }
    }

    private ResponseEntity<Map<String, String>> query(String code, Query query) {
        if (query == null || blank(query.queryId()) || blank(query.callbackUrl()) || query.decedent() == null
                || blank(query.decedent().nationalId())) {
            return ResponseEntity.badRequest().body(Map.of("error", "queryId, decedent.nationalId and callbackUrl are required"));
        }
        // Answers go to this server's own callback API only: the simulator is no open relay.
        String ownCallbacks = address.publicBaseUrl() + "/api/v1/asset-queries/";
        if (!query.callbackUrl().startsWith(ownCallbacks)) {
            return ResponseEntity.badRequest().body(Map.of("error", "callbackUrl must be this server's " + ownCallbacks + "..."));
        }
        Behaviour behaviour = settings.behaviour(code);
        switch (behaviour) {
            case FAILING -> {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "simulated outage of " + code));
            }
            case REFUSING -> {
                return ResponseEntity.badRequest().body(Map.of("error", "simulated refusal: " + code + " does not accept this query"));
            }
            case SILENT -> log.info("Simulated {} accepts query {} and will never answer", code, query.queryId());
            default -> {
                SimulatedEstate.Answer answer = SimulatedEstate.answer(code, query.decedent().nationalId());
                if (!answers.schedule(code, URI.create(query.callbackUrl()), answer, settings.delayFor(behaviour))) {
                    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "too busy, try again later"));
                }
            }
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("queryId", query.queryId(), "status", "ACCEPTED"));
    }

    private ResponseEntity<Map<String, String>> transfer(String code, TransferInstruction instruction) {
        if (blank(instruction.transferId()) || blank(instruction.callbackUrl()) || instruction.partitionAgreement() == null
                || instruction.taxCertificate() == null || instruction.assets() == null) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "transferId, partitionAgreement, taxCertificate, assets and callbackUrl are required"));
        }
        // Confirmations go to, and documents come from, this server's own transfer API only: no open relay.
        String ownTransfers = address.publicBaseUrl() + "/api/v1/transfers/";
        if (!instruction.callbackUrl().startsWith(ownTransfers)
                || !String.valueOf(instruction.partitionAgreement().downloadUrl()).startsWith(ownTransfers)
                || !String.valueOf(instruction.taxCertificate().downloadUrl()).startsWith(ownTransfers)) {
            return ResponseEntity.badRequest().body(Map.of("error", "callbackUrl and downloadUrl must be this server's " + ownTransfers + "..."));
        }
        Behaviour behaviour = settings.behaviour(code);
        switch (behaviour) {
            case FAILING -> {
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "simulated outage of " + code));
            }
            case REFUSING -> {
                return ResponseEntity.badRequest().body(Map.of("error", "simulated refusal: " + code + " does not accept this instruction"));
            }
            case SILENT -> log.info("Simulated {} accepts transfer {} and will never confirm it", code, instruction.transferId());
            default -> {
                if (!answers.schedule(code, URI.create(instruction.callbackUrl()), transfers.confirmation(code, instruction),
                        settings.delayFor(behaviour))) {
                    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "too busy, try again later"));
                }
            }
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("transferId", instruction.transferId(), "status", "ACCEPTED"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

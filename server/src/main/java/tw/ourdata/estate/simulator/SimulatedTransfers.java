package tw.ourdata.estate.simulator;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.common.Sha256;
import tw.ourdata.estate.institutions.ConfirmationRequest;
import tw.ourdata.estate.institutions.TransferInstruction;

/**
 * How a simulated institution carries out a transfer instruction: it downloads the signed
 * partition agreement and the tax certificate over the real document API with its own
 * {@code dev-<code>} key — as a real institution must before it registers anything — checks them
 * against the hashes the instruction gave, and confirms the transfer to the heirs the plan names.
 * A document it cannot get, or one that is not what the instruction promised, makes it reject the
 * instruction with the reason, which sends the transfer to a tax officer.
 */
@Component
@Conditional(SimulatorEnabled.class)
class SimulatedTransfers {

    private static final Logger log = LoggerFactory.getLogger(SimulatedTransfers.class);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final RestClient http;
    private final Clock clock;

    SimulatedTransfers(RestClient.Builder builder, Clock clock) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.http = builder.clone().requestFactory(requests).build();
        this.clock = clock;
    }

    /**
     * The confirmation, made when it is sent (on every attempt). A download that fails with an
     * exception (the server busy, say) is retried by the caller like a failed delivery.
     */
    Supplier<ConfirmationRequest> confirmation(String institutionCode, TransferInstruction instruction) {
        return () -> {
            for (TransferInstruction.Document document : List.of(instruction.partitionAgreement(), instruction.taxCertificate())) {
                byte[] pdf = http.get().uri(document.downloadUrl()).header("Authorization", "Bearer dev-" + institutionCode)
                        .retrieve().body(byte[].class);
                String problem = pdf == null || pdf.length < 5 || !new String(pdf, 0, 5).equals("%PDF-") ? "is not a PDF"
                        : !Sha256.hex(pdf).equals(document.sha256()) ? "does not match the sha256 of the instruction" : null;
                if (problem != null) {
                    log.warn("Simulated {}: {} {} of transfer {} {}", institutionCode, document.type(), document.documentId(),
                            instruction.transferId(), problem);
                    return new ConfirmationRequest("REJECTED", null, null, document.type() + " " + document.documentId() + " " + problem, null);
                }
            }
            List<ConfirmationRequest.Asset> assets = new ArrayList<>();
            for (TransferInstruction.Asset asset : instruction.assets()) {
                if (asset.allocations() == null || asset.allocations().isEmpty()) {
                    continue; // the agreement alone says who receives it; nothing to itemise
                }
                Fraction held = Fraction.parse(asset.share());
                assets.add(new ConfirmationRequest.Asset(asset.assetId(), asset.allocations().stream()
                        .map(a -> new ConfirmationRequest.NewOwner(a.heirId(), a.name(), held.multiply(Fraction.parse(a.fraction())).toString()))
                        .toList()));
            }
            String id = instruction.transferId();
            String reference = institutionCode + "-" + id.substring(0, Math.min(8, id.length())).toUpperCase(Locale.ROOT);
            return new ConfirmationRequest("TRANSFERRED", OffsetDateTime.now(clock.withZone(TAIPEI)).truncatedTo(ChronoUnit.SECONDS).toString(),
                    reference, null, assets);
        };
    }
}

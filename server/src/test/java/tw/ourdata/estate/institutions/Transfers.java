package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.bearer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.documents.DocumentStatus;
import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.documents.DocumentType;
import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.support.Timers;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.TestIds;

/**
 * Transfers as the tests drive them: a case whose institutions reported assets and whose signed
 * agreement and tax certificate are stored, an {@code asset-transfer} started for one institution
 * as the case's {@code assetTransfers} starts it, and the institution's side of the protocol.
 */
final class Transfers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Http http;
    private final Discovery discovery;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DocumentStore documents;
    private final JdbcClient jdbc;

    Transfers(Http http, Discovery discovery, RuntimeService runtime, ManagementService management, DocumentStore documents,
              JdbcClient jdbc) {
        this.http = http;
        this.discovery = discovery;
        this.runtime = runtime;
        this.management = management;
        this.documents = documents;
        this.jdbc = jdbc;
    }

    /** A case ready for its transfers, the documents the instructions must name, and (tax paid) the assessment notice they must not. */
    record ReadyCase(Discovery.OpenedCase opened, UUID caseId, StoredDocument agreement, StoredDocument taxCertificate,
                     StoredDocument other) {
    }

    /**
     * A case whose land registry reported a parcel, whose banks reported a deposit and whose JCIC
     * reported only a debt; with the agreement signed and, with {@code taxPaid}, the tax clearance
     * certificate beside the assessment notice, else the exemption certificate.
     */
    ReadyCase readyCase(boolean taxPaid) {
        ReadyCase c = withAssets();
        UUID caseId = c.caseId();
        StoredDocument agreement = documents.create(caseId, DocumentType.PARTITION_AGREEMENT, DocumentStatus.SIGNED,
                pdf("partition agreement " + caseId), "signed by every heir (test)", AuditTrail.Actor.SYSTEM);
        StoredDocument other;
        StoredDocument certificate;
        if (taxPaid) {
            other = documents.create(caseId, DocumentType.TAX_ASSESSMENT, DocumentStatus.ISSUED, pdf("assessment " + caseId),
                    "issued (test)", AuditTrail.Actor.SYSTEM);
            certificate = documents.create(caseId, DocumentType.TAX_CLEARANCE, DocumentStatus.ISSUED, pdf("clearance " + caseId),
                    "issued (test)", AuditTrail.Actor.SYSTEM);
        } else {
            certificate = documents.create(caseId, DocumentType.EXEMPTION_CERTIFICATE, DocumentStatus.ISSUED,
                    pdf("exemption " + caseId), "issued (test)", AuditTrail.Actor.SYSTEM);
            other = null;
        }
        return new ReadyCase(c.opened(), caseId, agreement, certificate, other);
    }

    /** The same case before any document: its assets reported, nothing signed or issued yet. */
    ReadyCase withAssets() {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(1));
        discovery.awaitStatus(c, "JCIC", "SENT");
        assertThat(discovery.answerAs(c, "LAND", Discovery.landAnswer(30_000_000, "1/2")).status()).isEqualTo(200);
        assertThat(discovery.answerAs(c, "BANKS", """
                { "status": "FOUND", "assets": [ { "kind": "DEPOSIT", "description": "臺灣銀行 活期存款", "identifier": "012-345678",
                  "valuationBasis": "死亡日存款本息餘額", "value": 1200000 } ] }""").status()).isEqualTo(200);
        assertThat(discovery.answerAs(c, "JCIC", """
                { "status": "FOUND", "liabilities": [ { "kind": "LOAN", "description": "臺灣銀行 房屋擔保借款", "amount": 4200000 } ] }""")
                .status()).isEqualTo(200);
        return new ReadyCase(c, UUID.fromString(c.caseId()), null, null, null);
    }

    /** Starts the transfer to this institution, as the case's multi-instance call activity does. */
    ProcessInstance start(ReadyCase c, String institution) {
        return runtime.startProcessInstanceByKey(AssetTransferProcess.KEY, c.opened().registrationNumber() + ":transfer:" + institution,
                Map.of(AssetTransferProcess.CASE_ID, c.caseId().toString(), AssetTransferProcess.INSTITUTION_CODE, institution));
    }

    ProcessInstance process(ReadyCase c, String institution) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssetTransferProcess.KEY)
                .processInstanceBusinessKey(c.opened().registrationNumber() + ":transfer:" + institution).singleResult();
    }

    /** The transfer as the case view shows it. */
    JsonNode transfer(ReadyCase c, String institution) {
        for (JsonNode t : discovery.view(c.opened()).get("transfers")) {
            if (t.get("institutionCode").asText().equals(institution)) {
                return t;
            }
        }
        throw new AssertionError("no transfer to " + institution);
    }

    JsonNode awaitStatus(ReadyCase c, String institution, String status) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(transfer(c, institution).get("status").asText()).isEqualTo(status));
        return transfer(c, institution);
    }

    /** The instruction exactly as the institution last received it. */
    JsonNode instruction(String transferId) {
        String stored = jdbc.sql("select instruction::text from asset_transfer where id = cast(:id as uuid)").param("id", transferId)
                .query(String.class).single();
        try {
            return JSON.readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int sendCount(String transferId) {
        return jdbc.sql("select send_count from asset_transfer where id = cast(:id as uuid)").param("id", transferId)
                .query(Integer.class).single();
    }

    /** The service-level timer of the transfer: the test fires it instead of waiting days. */
    void fireServiceLevel(ReadyCase c, String institution) {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100)).until(() -> timer(c, institution) != null);
        Job timer = timer(c, institution);
        Timers.fireNow(management, timer.getId());
    }

    private Job timer(ReadyCase c, String institution) {
        ProcessInstance p = process(c, institution);
        return p == null ? null : management.createJobQuery().processInstanceId(p.getId()).timers().singleResult();
    }

    Http.Response confirm(String transferId, String institution, String body) {
        return http.postJson("/api/v1/transfers/" + transferId + "/confirmation", institution == null ? null : bearer("dev-" + institution),
                body);
    }

    static String transferred(String reference) {
        return """
                { "status": "TRANSFERRED", "transferredAt": "2026-11-27T10:15:00+08:00", "reference": "%s" }""".formatted(reference);
    }

    /** GET of a download URL with the institution's key: status and bytes. */
    record Download(int status, byte[] bytes, String sha256Header) {
    }

    Download download(String url, String institution) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (institution != null) {
            b.header("Authorization", bearer("dev-" + institution));
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body(), r.headers().firstValue("X-Document-SHA256").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Enough of a PDF for the protocol: the header, and content that differs per document. */
    static byte[] pdf(String content) {
        return ("%PDF-1.7\n% " + content + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }
}

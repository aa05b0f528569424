package tw.ourdata.estate.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.ThreadLocalRandom;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.institutions.ServerAddress;

/**
 * Simulated heirs, for demos and the end-to-end tests: each "reads" the messages with a sign-in link sent to them
 * and does what is expected of them exactly as a real heir's client software would, over the public portal API:
 * onboarding (a demo citizen certificate, the certificate challenge, consent, and the first adult heir of the
 * case as proxy); as the proxy, submitting the plan at the statutory shares; and signing the partition agreement
 * with a fresh P-256 key the platform certifies (prepare, sign the signed attributes, complete).
 *
 * <p>Demo mode only; off unless {@code ourdata.simulator.heirs=true} ({@code OURDATA_SIMULATOR_HEIRS}).
 * It acts on invitations sent after it was switched on, so switching it on never takes over the
 * heirs of cases that were already being handled by people.
 */
@Component
@Conditional(DemoMode.class)
public class SimulatedHeirs extends SimulationSwitch {

    public static final String PROPERTY = "ourdata.simulator.heirs";

    private static final Logger log = LoggerFactory.getLogger(SimulatedHeirs.class);
    private static final Pattern LINK = Pattern.compile("/portal/invitations/([A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ServerAddress server;
    private final Set<UUID> handled = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;

    SimulatedHeirs(JdbcClient jdbc, ServerAddress server, Environment env) {
        this.jdbc = jdbc;
        this.server = server;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "heir-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (env.getProperty(PROPERTY, Boolean.class, false)) {
            enable();
        }
    }

    /** Looks into the simulated heirs' mailboxes: invitations sent since the simulation was switched on. */
    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT2S")
    void readInvitations() {
        Instant since = enabledSince();
        if (since == null) {
            return;
        }
        jdbc.sql("""
                        select o.id, o.heir_id, o.body from notification_outbox o
                        where o.sent_at is not null and o.created_at >= :since and o.heir_id is not null
                          and o.body like '%/portal/invitations/%'
                        order by o.created_at
                        """)
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), Map.entry(rs.getObject("heir_id", UUID.class), rs.getString("body"))))
                .list()
                .forEach(message -> {
                    if (handled.add(message.getKey())) {
                        Matcher link = LINK.matcher(message.getValue().getValue());
                        if (link.find()) {
                            try {
                                workers.execute(() -> act(message.getValue().getKey(), link.group(1)));
                            } catch (RejectedExecutionException stopping) {
                                handled.remove(message.getKey());
                            }
                        }
                    }
                });
    }

    private record Person(String nationalId, String name, String status, UUID caseId) {
    }

    /** One simulated heir (or a minor's guardian) follows one link: onboarding, or what the case now expects. */
    private void act(UUID heirId, String token) {
        try {
            Person person = jdbc.sql("""
                            select coalesce(guardian_national_id, national_id), coalesce(guardian_name, name),
                                   onboarding_status, case_id
                            from heir where id = :h
                            """)
                    .param("h", heirId)
                    .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, UUID.class)))
                    .optional().orElse(null);
            if (person == null || "RENOUNCED".equals(person.status())) {
                return;
            }
            Client client = new Client(server.localBaseUrl());
            logIn(client, token, person);
            if ("INVITED".equals(person.status())) {
                authorise(client, heirId, person.caseId().toString());
            } else if ("AUTHORISED".equals(person.status())) {
                submitPlanAsProxy(client, person.caseId().toString());
                signAgreements(client, heirId, person.caseId().toString());
            }
        } catch (RuntimeException e) {
            log.warn("Simulated heir {} could not finish: {}", heirId, e.getMessage());
        }
    }

    /** The certificate challenge with a demo citizen certificate: the strongest identity assurance. */
    private static void logIn(Client client, String invitationToken, Person person) {
        JsonNode certificate = client.post("/api/v1/dev/citizen-certificates",
                JSON.createObjectNode().put("nationalId", person.nationalId()).put("name", person.name()), false);
        JsonNode challenge = client.post("/api/v1/portal/invitations/" + invitationToken + "/certificate-challenges",
                JSON.createObjectNode(), true);
        client.post("/api/v1/portal/invitations/" + invitationToken + "/certificate-challenges/" + challenge.get("challengeId").asText(),
                JSON.createObjectNode().put("certificate", certificate.get("certificatePem").asText())
                        .put("signature", sign(certificate.get("privateKeyPem").asText(), challenge.get("nonce").asText())), true);
    }

    private void authorise(Client client, UUID heirId, String caseId) {
        JsonNode theCase = client.get("/api/v1/portal/cases/" + caseId);
        Integer proxyPosition = null;
        for (JsonNode heir : theCase.get("heirs")) {
            if (!heir.path("predeceased").asBoolean() && !heir.path("actsThroughGuardian").asBoolean()
                    && !"RENOUNCED".equals(heir.path("onboardingStatus").asText())) {
                proxyPosition = heir.get("position").asInt();
                break;
            }
        }
        if (proxyPosition == null) {
            log.warn("Simulated heir: case {} has no adult heir to name as proxy; leaving the heir verified", caseId);
            return;
        }
        client.post("/api/v1/portal/heirs/" + heirId + "/authorisation", JSON.createObjectNode()
                .put("consentToDataSharing", true).set("proxy", JSON.createObjectNode().put("heirPosition", proxyPosition)), true);
        log.info("Simulated heir {} of case {} verified, consented and named heir #{} as proxy", heirId, caseId, proxyPosition);
    }

    /** The simulated proxy accepts the default plan: every heir's statutory share of every asset. */
    private static void submitPlanAsProxy(Client client, String caseId) {
        JsonNode plan = client.get("/api/v1/portal/cases/" + caseId + "/partition-plan");
        if (plan.path("editable").asBoolean()) {
            client.post("/api/v1/portal/cases/" + caseId + "/partition-plan/submit", JSON.createObjectNode(), true);
            log.info("Simulated proxy submitted the partition plan of case {} at the statutory shares", caseId);
        }
    }

    /** Signs every agreement of the case that waits for this heir's signature. */
    private static void signAgreements(Client client, UUID heirId, String caseId) {
        for (JsonNode document : client.get("/api/v1/portal/cases/" + caseId + "/documents")) {
            if (!"PARTITION_AGREEMENT".equals(document.path("type").asText())
                    || !"SIGNING".equals(document.path("status").asText())) {
                continue;
            }
            String documentId = document.get("documentId").asText();
            boolean waitsForMe = false;
            for (JsonNode signature : client.get("/api/v1/portal/documents/" + documentId).path("signatures")) {
                if (heirId.toString().equals(signature.path("heirId").asText())
                        && !signature.path("signed").asBoolean()) {
                    waitsForMe = true;
                }
            }
            if (waitsForMe) {
                sign(client, heirId, documentId);
                log.info("Simulated heir {} signed the partition agreement {} of case {}", heirId, documentId, caseId);
            }
        }
    }

    /**
     * A fresh key, certified by the platform, then prepare → sign → complete. Co-heirs signing at the same moment
     * build on the same revision: the loser prepares again on the new one, as a browser would.
     */
    private static void sign(Client client, UUID heirId, String documentId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair key = generator.generateKeyPair();
            client.post("/api/v1/portal/heirs/" + heirId + "/signing-certificate", JSON.createObjectNode()
                    .put("publicKey", Base64.getEncoder().encodeToString(key.getPublic().getEncoded())), true);
            for (int attempt = 1; ; attempt++) {
                try {
                    // A person signs the revision they read: the latest one.
                    int revision = client.get("/api/v1/portal/documents/" + documentId).get("latestRevision").asInt();
                    JsonNode prepared = client.post("/api/v1/portal/documents/" + documentId + "/signing-sessions",
                            JSON.createObjectNode().put("heirId", heirId.toString()).put("revision", revision), true);
                    Signature ecdsa = Signature.getInstance("SHA256withECDSA");
                    ecdsa.initSign(key.getPrivate());
                    ecdsa.update(Base64.getDecoder().decode(prepared.get("dataToSign").asText()));
                    client.post("/api/v1/portal/signing-sessions/" + prepared.get("signingSessionId").asText() + "/complete",
                            JSON.createObjectNode().put("signature", Base64.getEncoder().encodeToString(ecdsa.sign())), true);
                    return;
                } catch (Refused e) {
                    // 409 STALE_REVISION: a co-heir signed in between; read the new revision and prepare again.
                    if (e.status != 409 || attempt >= 8) {
                        throw e;
                    }
                    Thread.sleep(200L + ThreadLocalRandom.current().nextLong(800));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a fresh key", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The ECDSA (or RSA) signature over the challenge nonce, as the heir's client software makes it. */
    private static String sign(String privateKeyPem, String nonce) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(privateKeyPem.replaceAll("-----[A-Z ]+-----", "").strip());
            PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
            PrivateKey key;
            String algorithm;
            try {
                key = KeyFactory.getInstance("EC").generatePrivate(spec);
                algorithm = "SHA256withECDSA";
            } catch (GeneralSecurityException notEc) {
                key = KeyFactory.getInstance("RSA").generatePrivate(spec);
                algorithm = "SHA256withRSA";
            }
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(nonce.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the demo key", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The portal answered with an error status. */
    private static final class Refused extends IllegalStateException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** A portal client with its own session cookie and CSRF token, like one browser. */
    private static final class Client {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        private String csrfHeader;
        private String csrfToken;

        Client(String base) {
            this.base = base;
        }

        JsonNode get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(30)).build());
        }

        JsonNode post(String path, JsonNode body, boolean portal) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            if (portal) {
                if (csrfToken == null) {
                    JsonNode csrf = get("/api/v1/portal/csrf");
                    csrfHeader = csrf.get("headerName").asText();
                    csrfToken = csrf.get("token").asText();
                }
                request.header(csrfHeader, csrfToken);
            }
            return send(request.build());
        }

        private JsonNode send(HttpRequest request) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() >= 300) {
                    throw new Refused(response.statusCode(), request.method() + " " + request.uri().getPath()
                            + " answered " + response.statusCode() + ": " + response.body());
                }
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(new StringReader(response.body()));
            } catch (IOException e) {
                throw new IllegalStateException(request.uri().getPath() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}

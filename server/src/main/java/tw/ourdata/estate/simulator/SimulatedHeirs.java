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
import java.util.concurrent.atomic.AtomicReference;
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
 * Simulated heirs, for demos, the later signing flow and the benchmark: each "reads" the
 * invitations sent to them and goes through onboarding exactly as a real heir's client software
 * would, over the public portal API: a demo citizen certificate, the certificate challenge,
 * consent, and the first adult heir of the case as proxy.
 *
 * <p>Demo mode only; off unless {@code ourdata.simulator.heirs=true} ({@code OURDATA_SIMULATOR_HEIRS}).
 * It acts on invitations sent after it was switched on, so switching it on never takes over the
 * heirs of cases that were already being handled by people.
 */
@Component
@Conditional(DemoMode.class)
public class SimulatedHeirs {

    public static final String PROPERTY = "ourdata.simulator.heirs";

    private static final Logger log = LoggerFactory.getLogger(SimulatedHeirs.class);
    private static final Pattern LINK = Pattern.compile("/portal/invitations/([A-Za-z0-9_-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ServerAddress server;
    private final AtomicReference<Instant> enabledSince = new AtomicReference<>();
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

    public void enable() {
        enabledSince.compareAndSet(null, Instant.now());
    }

    public void disable() {
        enabledSince.set(null);
    }

    public boolean enabled() {
        return enabledSince.get() != null;
    }

    /** Looks into the simulated heirs' mailboxes: invitations sent since the simulation was switched on. */
    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT2S")
    void readInvitations() {
        Instant since = enabledSince.get();
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
                                workers.execute(() -> onboard(message.getValue().getKey(), link.group(1)));
                            } catch (RejectedExecutionException stopping) {
                                handled.remove(message.getKey());
                            }
                        }
                    }
                });
    }

    /** One simulated heir (or a minor's guardian) answers one invitation. */
    private void onboard(UUID heirId, String invitationToken) {
        try {
            record Person(String nationalId, String name) {
            }
            Person person = jdbc.sql("""
                            select coalesce(guardian_national_id, national_id), coalesce(guardian_name, name)
                            from heir where id = :h and onboarding_status = 'INVITED'
                            """)
                    .param("h", heirId).query((rs, n) -> new Person(rs.getString(1), rs.getString(2))).optional().orElse(null);
            if (person == null) {
                return; // already past this step, or renounced
            }
            Client client = new Client(server.localBaseUrl());
            JsonNode certificate = client.post("/api/v1/dev/citizen-certificates",
                    JSON.createObjectNode().put("nationalId", person.nationalId()).put("name", person.name()), false);
            JsonNode challenge = client.post("/api/v1/portal/invitations/" + invitationToken + "/certificate-challenges",
                    JSON.createObjectNode(), true);
            client.post("/api/v1/portal/invitations/" + invitationToken + "/certificate-challenges/" + challenge.get("challengeId").asText(),
                    JSON.createObjectNode().put("certificate", certificate.get("certificatePem").asText())
                            .put("signature", sign(certificate.get("privateKeyPem").asText(), challenge.get("nonce").asText())), true);

            String caseId = jdbc.sql("select case_id from heir where id = :h").param("h", heirId).query(UUID.class).single().toString();
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
        } catch (RuntimeException e) {
            log.warn("Simulated heir {} could not finish onboarding: {}", heirId, e.getMessage());
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
                    throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                            + response.statusCode() + ": " + response.body());
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

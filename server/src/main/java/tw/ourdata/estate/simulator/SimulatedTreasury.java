package tw.ourdata.estate.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tw.ourdata.estate.institutions.ServerAddress;
import tw.ourdata.estate.tax.TaxPayments;

/**
 * The simulated treasury (公庫), so that a demo case gets past the tax payment with nobody's hand on it:
 * when an assessment notice with tax to pay was issued and the case awaits the payment, it pays the amount
 * of the notice, in full, and confirms it over the public API with the demo key {@code dev-treasury}, as the
 * real treasury's system would.
 *
 * <p>Demo mode only; on unless {@code ourdata.simulator.treasury=false} ({@code OURDATA_SIMULATOR_TREASURY}).
 * Like the simulated heirs it acts on notices issued after it was switched on, so switching it on never pays
 * for cases that people were already handling.
 */
@Component
@Conditional(DemoMode.class)
public class SimulatedTreasury extends SimulationSwitch {

    public static final String PROPERTY = "ourdata.simulator.treasury";
    static final String KEY = "dev-treasury";

    private static final Logger log = LoggerFactory.getLogger(SimulatedTreasury.class);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final ServerAddress server;
    private final RestClient http;
    private final Set<UUID> paid = ConcurrentHashMap.newKeySet();

    SimulatedTreasury(JdbcClient jdbc, RuntimeService runtime, ServerAddress server, RestClient.Builder builder,
                      Environment env) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.server = server;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.http = builder.clone().requestFactory(requests).build();
        if (env.getProperty(PROPERTY, Boolean.class, true)) {
            enable();
        }
    }

    /** Notices with tax to pay, issued since the simulation was switched on, whose case is not paid yet. */
    @Scheduled(fixedDelayString = "PT2S", initialDelayString = "PT3S")
    void payIssuedNotices() {
        Instant since = enabledSince();
        if (since == null) {
            return;
        }
        record Due(UUID caseId, String processInstanceId, long amount) {
        }
        jdbc.sql("""
                        select c.id, c.process_instance_id, a.tax_payable from document d
                        join estate_case c on c.id = d.case_id
                        join tax_assessment a on a.case_id = c.id and a.status = 'APPROVED'
                        where d.type = 'TAX_ASSESSMENT' and d.status = 'ISSUED' and d.created_at >= :since
                          and a.tax_payable > 0 and c.process_instance_id is not null
                          and not exists (select 1 from tax_payment p where p.case_id = c.id)
                        """)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
                .list()
                .forEach(due -> {
                    if (!paid.contains(due.caseId()) && awaitsPayment(due.processInstanceId())) {
                        pay(due.caseId(), due.amount());
                    }
                });
    }

    private boolean awaitsPayment(String processInstanceId) {
        return runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
                .eventName(TaxPayments.MESSAGE).count() > 0;
    }

    private void pay(UUID caseId, long amount) {
        URI uri = URI.create(server.localBaseUrl() + "/api/v1/cases/" + caseId + "/tax-payment");
        Map<String, Object> body = Map.of("paymentReference", "SIM-" + caseId, "amount", amount,
                "paidAt", OffsetDateTime.now(TAIPEI).truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            HttpStatusCode status = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + KEY).body(body)
                    .exchange((request, response) -> response.getStatusCode());
            if (status.is2xxSuccessful()) {
                paid.add(caseId);
                log.info("Simulated treasury paid the estate tax of case {}: NT${}", caseId, amount);
            } else if (status.value() == 409) {
                // Not awaiting any more (or yet): the next round looks again.
                log.info("Simulated treasury: payment of case {} answered 409; trying again later", caseId);
            } else {
                paid.add(caseId); // refused for good: a demo needs a person to look, not a loop
                log.warn("Simulated treasury: payment of case {} was refused with {}", caseId, status.value());
            }
        } catch (RuntimeException e) {
            log.info("Simulated treasury: payment of case {} failed ({}); trying again later", caseId, e.getMessage());
        }
    }
}

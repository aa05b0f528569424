package tw.ourdata.estate.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Answers simulated queries later, on the real callback API over HTTP with the institution's own
 * {@code dev-<code>} key — exactly as a real institution would.
 *
 * <p>A small scheduled pool does the waiting, so request threads never block; the number of
 * answers waiting is capped, so being called many times cannot exhaust memory; the pool stops
 * with the application (answers still waiting are dropped, as a restarted institution would
 * forget them — the process's service-level timer covers that).
 */
@Component
@Conditional(SimulatorEnabled.class)
class SimulatedAnswers {

    private static final Logger log = LoggerFactory.getLogger(SimulatedAnswers.class);

    static final int MAX_WAITING = 10_000;
    private static final int ATTEMPTS = 5;

    private final ScheduledThreadPoolExecutor scheduler;
    private final RestClient http;
    private final AtomicInteger waiting = new AtomicInteger();

    SimulatedAnswers(RestClient.Builder builder) {
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "institution-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.http = builder.clone().requestFactory(requests).build();
    }

    /** @return false when too many answers are already waiting: the caller answers 503 */
    boolean schedule(String institutionCode, URI callback, SimulatedEstate.Answer answer, Duration delay) {
        return schedule(institutionCode, callback, () -> answer, delay);
    }

    /**
     * Like {@link #schedule(String, URI, SimulatedEstate.Answer, Duration)} with a body made at
     * delivery time (each attempt), e.g. a transfer confirmation that first downloads the documents.
     */
    boolean schedule(String institutionCode, URI callback, Supplier<?> body, Duration delay) {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            scheduler.schedule(() -> deliver(institutionCode, callback, body, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            waiting.decrementAndGet();
            return false;
        }
    }

    private void deliver(String institutionCode, URI callback, Supplier<?> body, int attempt) {
        boolean retry = false;
        try {
            HttpStatusCode status = http.post().uri(callback).contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer dev-" + institutionCode).body(body.get())
                    .exchange((request, response) -> response.getStatusCode());
            if (status.is5xxServerError()) {
                retry = true;
                log.info("Simulated {} answer to {} got {}; attempt {} of {}", institutionCode, callback, status.value(), attempt, ATTEMPTS);
            } else if (!status.is2xxSuccessful()) {
                log.warn("Simulated {} answer to {} was refused with {}", institutionCode, callback, status.value());
            }
        } catch (RuntimeException e) {
            retry = true;
            log.info("Simulated {} answer to {} failed ({}); attempt {} of {}", institutionCode, callback, e.getMessage(), attempt, ATTEMPTS);
        }
        if (retry && attempt < ATTEMPTS && !scheduler.isShutdown()) {
            try {
                scheduler.schedule(() -> deliver(institutionCode, callback, body, attempt + 1), 2L << attempt, TimeUnit.SECONDS);
                return;
            } catch (RejectedExecutionException shuttingDown) {
                // the application stops; the answer is dropped
            }
        }
        waiting.decrementAndGet();
    }

    int waiting() {
        return waiting.get();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }
}

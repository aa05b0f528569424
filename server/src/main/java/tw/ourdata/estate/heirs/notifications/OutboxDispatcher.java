package tw.ourdata.estate.heirs.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Runs right after a commit that queued something, and every few
 * seconds for retries and for messages another node queued. Each batch claims its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes sharing the database never send a row twice at once.
 * A failure is retried with a doubling delay (30 s, 1 min, 2 min … at most 1 h) until
 * {@code ourdata.notifications.max-attempts}, then the row is marked failed.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final NotificationSender sender;
    private final int maxAttempts;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-dispatcher");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kickPending = new AtomicBoolean();

    OutboxDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, NotificationSender sender,
                     @Value("${ourdata.notifications.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.sender = sender;
        this.maxAttempts = maxAttempts;
    }

    /** Asks for a dispatch on the dispatcher's own thread, off the committing request. */
    void dispatchSoon() {
        if (kickPending.compareAndSet(false, true)) {
            kicker.execute(() -> {
                kickPending.set(false);
                dispatchDue();
            });
        }
    }

    @Scheduled(fixedDelayString = "${ourdata.notifications.dispatch-interval:PT5S}", initialDelayString = "PT5S")
    public void dispatchDue() {
        try {
            int sent;
            do {
                sent = tx.execute(status -> dispatchBatch());
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch failed; retrying on the next round: {}", e.toString());
        }
    }

    private int dispatchBatch() {
        List<Row> due = jdbc.sql("""
                        select id, channel, recipient, subject, body, attempts from notification_outbox
                        where sent_at is null and failed_at is null and next_attempt_at <= now()
                        order by next_attempt_at limit :batch for update skip locked
                        """)
                .param("batch", BATCH)
                .query((rs, n) -> new Row(new Notification(rs.getObject("id", UUID.class),
                        Notification.Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body")), rs.getInt("attempts")))
                .list();
        for (Row row : due) {
            try {
                sender.send(row.notification());
                jdbc.sql("update notification_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
                        .param("id", row.notification().id()).update();
                log.info("Sent {}", row.notification());
            } catch (Exception e) {
                int attempts = row.attempts() + 1;
                boolean giveUp = attempts >= maxAttempts;
                Duration delay = Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts - 1, 7)));
                jdbc.sql("""
                                update notification_outbox set attempts = :attempts, last_error = :error,
                                    next_attempt_at = now() + make_interval(secs => :delay),
                                    failed_at = case when :giveUp then now() end
                                where id = :id
                                """)
                        .param("attempts", attempts).param("error", String.valueOf(e.getMessage()))
                        .param("delay", (double) delay.toSeconds()).param("giveUp", giveUp)
                        .param("id", row.notification().id()).update();
                log.warn("Could not send {} (attempt {}{}): {}", row.notification(), attempts,
                        giveUp ? ", giving up" : ", retrying in " + delay.toSeconds() + " s", e.getMessage());
            }
        }
        return due.size();
    }

    @PreDestroy
    void stop() {
        kicker.shutdownNow();
    }

    private record Row(Notification notification, int attempts) {
    }
}

package tw.ourdata.estate.heirs.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The outbox's delivery rules against the real table. Each test works inside one transaction
 * that it rolls back, so the server's own dispatcher never sees (and never races for) its rows.
 */
@IntegrationTest
class OutboxDispatcherTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private UUID queue(String recipient) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into notification_outbox (id, channel, recipient, subject, body, next_attempt_at) "
                        + "values (:id, 'SMS', :to, 's', 'b', now() - interval '1 minute')")
                .param("id", id).param("to", recipient).update();
        return id;
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("select attempts, sent_at, failed_at, last_error, next_attempt_at > now() as later "
                + "from notification_outbox where id = :id").param("id", id).query().singleRow();
    }

    private void inRolledBackTransaction(Runnable work) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    @Test
    void aFailedSendIsRetriedLaterAndGivenUpAfterMaxAttempts() {
        inRolledBackTransaction(() -> {
            UUID id = queue("0911" + System.nanoTime() % 1_000_000);
            OutboxDispatcher failing = new OutboxDispatcher(jdbc, transactions, n -> {
                throw new IllegalStateException("gateway down");
            }, 2);

            failing.dispatchDue();
            Map<String, Object> once = row(id);
            assertThat(once.get("attempts")).isEqualTo(1);
            assertThat(once.get("sent_at")).isNull();
            assertThat(once.get("failed_at")).isNull();
            assertThat(once.get("later")).as("retried later, not at once").isEqualTo(true);
            assertThat(once.get("last_error")).isEqualTo("gateway down");

            jdbc.sql("update notification_outbox set next_attempt_at = now() - interval '1 second' where id = :id").param("id", id).update();
            failing.dispatchDue();
            assertThat(row(id).get("failed_at")).as("given up after the second attempt").isNotNull();
        });
    }

    @Test
    void aSentMessageIsMarkedAndNotSentAgain() {
        inRolledBackTransaction(() -> {
            String to = "0922" + System.nanoTime() % 1_000_000;
            UUID id = queue(to);
            List<Notification> sent = new ArrayList<>();
            OutboxDispatcher dispatcher = new OutboxDispatcher(jdbc, transactions, sent::add, 3);

            dispatcher.dispatchDue();
            dispatcher.dispatchDue();

            assertThat(sent).extracting(Notification::id).containsExactly(id);
            assertThat(row(id).get("sent_at")).isNotNull();
            assertThat(sent.get(0).toString()).doesNotContain(to).contains("***");
        });
    }

    @Test
    void theDevInboxDoesNotExistOutsideDemoMode() {
        DevInboxController production = new DevInboxController(jdbc, new DeploymentMode(false, false));
        assertThatThrownBy(() -> production.inbox("someone@example.tw"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void recipientsAreMaskedForLogs() {
        assertThat(Recipients.mask("meili@example.tw")).isEqualTo("m***@example.tw");
        assertThat(Recipients.mask("0912345678")).isEqualTo("0912***678");
        assertThat(Recipients.mask(null)).isEqualTo("(none)");
    }
}

package tw.ourdata.estate.heirs.notifications;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a message in the caller's transaction: it exists exactly when the change that caused
 * it committed, and is sent only then (by {@link OutboxDispatcher}, right after the commit and
 * again later until it goes through).
 */
@Service
public class NotificationOutbox {

    private final JdbcClient jdbc;
    private final OutboxDispatcher dispatcher;

    NotificationOutbox(JdbcClient jdbc, OutboxDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(UUID caseId, UUID heirId, Notification.Channel channel, String recipient, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification_outbox (id, case_id, heir_id, channel, recipient, subject, body)
                        values (:id, :caseId, :heirId, :channel, :recipient, :subject, :body)
                        """)
                .param("id", id).param("caseId", caseId).param("heirId", heirId).param("channel", channel.name())
                .param("recipient", recipient).param("subject", subject).param("body", body)
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.dispatchSoon();
                }
            });
        }
        return id;
    }
}

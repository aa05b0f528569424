package tw.ourdata.estate.heirs.notifications;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.DeploymentMode;

/**
 * {@code GET /api/v1/dev/inbox?to=<e-mail or phone>}: in demo mode, the messages delivered to
 * that address, newest first, so a demo heir can read their invitation and one-time code.
 * Outside demo mode the endpoint does not exist (404).
 */
@RestController
class DevInboxController {

    private final JdbcClient jdbc;
    private final DeploymentMode mode;

    DevInboxController(JdbcClient jdbc, DeploymentMode mode) {
        this.jdbc = jdbc;
        this.mode = mode;
    }

    record Message(String id, String channel, String to, String subject, String body, OffsetDateTime sentAt) {
    }

    @GetMapping("/api/v1/dev/inbox")
    List<Message> inbox(@RequestParam("to") String to) {
        if (!mode.demo()) {
            throw ApiException.notFound("No such endpoint.");
        }
        return jdbc.sql("""
                        select id, channel, recipient, subject, body, sent_at from notification_outbox
                        where recipient = :to and sent_at is not null order by sent_at desc, created_at desc limit 100
                        """)
                .param("to", to.strip())
                .query((rs, n) -> new Message(rs.getString("id"), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }
}

package tw.ourdata.estate.heirs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.audit.AuditTrail;
import tw.ourdata.estate.institutions.ServerAddress;
import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.heirs.notifications.NotificationOutbox;
import tw.ourdata.estate.heirs.notifications.Recipients;
import tw.ourdata.estate.security.ApiKeys;

/**
 * Invitations to the portal: a link {@code <public-base-url>/portal/invitations/<token>} to the
 * heir's registered contact (a minor's contact row reaches the guardian). The token is 256
 * random bits; only its SHA-256 is stored, and the link names nobody. Each reminder sends a fresh
 * token; earlier ones stay valid until they expire ({@code ourdata.onboarding.invitation-validity}).
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final JdbcClient jdbc;
    private final OnboardingRepository heirs;
    private final NotificationOutbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final ServerAddress server;
    private final Duration validity;

    Invitations(JdbcClient jdbc, OnboardingRepository heirs, NotificationOutbox outbox, AuditTrail audit, Clock clock,
                ServerAddress server,
                @Value("${ourdata.onboarding.invitation-validity:P60D}") Duration validity) {
        this.jdbc = jdbc;
        this.heirs = heirs;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.server = server;
        this.validity = validity;
    }

    /** Sends the invitation (or, with {@code reminder}, a reminder with a fresh link) in the caller's transaction. */
    @Transactional
    public void send(UUID heirId, boolean reminder) {
        OnboardingHeir heir = heirs.find(heirId).orElseThrow(() -> new IllegalArgumentException("no heir " + heirId));
        if (!heir.active()) {
            return; // predeceased or renounced: nobody to invite
        }
        heirs.markInvited(heirId);
        String token = newToken(heirId);
        Contact contact = Contact.of(heir);
        String detail = (reminder ? "reminder" : "invitation") + " to " + Recipients.mask(contact == null ? null : contact.address());
        audit.record(heir.caseId(), AuditTrail.Actor.SYSTEM, reminder ? "HEIR_REMINDED" : "HEIR_INVITED", java.util.List.of(heirId), detail);
        if (contact == null) {
            // Nothing to send: the escalation task tells an officer this heir has to be reached otherwise.
            log.warn("Heir {} has no registered contact; the invitation cannot be sent", heirId);
            return;
        }
        String link = link(token);
        String greeting = heir.actsThroughGuardian()
                ? heir.actingName() + " 您好（" + heir.name() + " 之法定代理人）"
                : heir.name() + " 您好";
        String subject = reminder ? "【提醒】遺產繼承線上辦理邀請 Reminder: estate settlement invitation"
                : "遺產繼承線上辦理邀請 Invitation to settle an estate online";
        String body = greeting + "：\n"
                + "您被列為遺產繼承案件之繼承人。請於 " + validity.toDays() + " 日內開啟以下連結，完成身分驗證、同意資料使用並指定代理人；"
                + "如擬拋棄繼承，亦可於此登錄法院案號。\n"
                + link + "\n\n"
                + "You are listed as an heir in an estate case. Open the link above within " + validity.toDays()
                + " days to verify your identity, consent to the use of your data within the case and name a proxy.\n";
        outbox.enqueue(heir.caseId(), heirId, contact.channel(), contact.address(), subject, body);
    }

    /**
     * A message about the case with a fresh sign-in link, later in the case (the agreement waits for the heir's
     * signature, say): the same kind of link as the invitation, since the portal knows no passwords. In the caller's
     * transaction; nothing is sent to an heir without a registered contact (the escalation task covers them).
     *
     * @return whether a message was queued
     */
    @Transactional
    public boolean sendWithLink(UUID heirId, String action, String subject, String textZh, String textEn) {
        OnboardingHeir heir = heirs.find(heirId).orElseThrow(() -> new IllegalArgumentException("no heir " + heirId));
        Contact contact = Contact.of(heir);
        audit.record(heir.caseId(), AuditTrail.Actor.SYSTEM, action, java.util.List.of(heirId),
                "message with a sign-in link to " + Recipients.mask(contact == null ? null : contact.address()));
        if (contact == null) {
            return false;
        }
        String token = newToken(heirId);
        String link = link(token);
        String greeting = heir.actsThroughGuardian()
                ? heir.actingName() + " 您好（" + heir.name() + " 之法定代理人）"
                : heir.name() + " 您好";
        outbox.enqueue(heir.caseId(), heirId, contact.channel(), contact.address(), subject,
                greeting + "：\n" + textZh + "\n" + link + "\n\n" + textEn + "\n");
        return true;
    }

    /** A new link token for the heir; only its SHA-256 is stored. */
    private String newToken(UUID heirId) {
        String token = ApiKeys.newKey();
        Instant now = clock.instant();
        jdbc.sql("insert into heir_invitation (token_sha256, heir_id, created_at, expires_at) values (:hash, :heir, :now, :expires)")
                .param("hash", ApiKeys.sha256(token)).param("heir", heirId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(validity))).update();
        return token;
    }

    private String link(String token) {
        // Through ServerAddress: with server.port=0 the link names the port actually listened on.
        return server.publicBaseUrl() + "/portal/invitations/" + token;
    }

    /** The heir an unexpired invitation token belongs to; 404 otherwise (an unknown and an expired token look alike). */
    OnboardingHeir resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw ApiException.notFound("This invitation link is not valid, or has expired.");
        }
        UUID heirId = jdbc.sql("select heir_id from heir_invitation where token_sha256 = :hash and expires_at > :now")
                .param("hash", ApiKeys.sha256(token)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional()
                .orElseThrow(() -> ApiException.notFound("This invitation link is not valid, or has expired."));
        return heirs.find(heirId).orElseThrow();
    }
}

package tw.ourdata.estate.heirs;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.heirs.notifications.NotificationOutbox;
import tw.ourdata.estate.heirs.notifications.Recipients;

/**
 * The lower assurance level ({@link AssuranceLevel#ONE_TIME_CODE}): six digits sent to the heir
 * row's registered contact, valid {@code ourdata.onboarding.one-time-code.validity} (10 min),
 * stored only as an HMAC under a per-code salt. A new code at most once a minute. After
 * {@code max-attempts} (5) wrong codes the heir is locked out for {@code lockout} (15 min), and
 * the counter survives asking for a new code, so new codes do not buy new guesses.
 */
@Service
class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final OnboardingRepository heirs;
    private final Invitations invitations;
    private final NotificationOutbox outbox;
    private final Verifications verifications;
    private final Clock clock;
    private final Duration validity;
    private final int maxAttempts;
    private final Duration lockout;

    OneTimeCodes(JdbcClient jdbc, OnboardingRepository heirs, Invitations invitations, NotificationOutbox outbox,
                 Verifications verifications, Clock clock,
                 @Value("${ourdata.onboarding.one-time-code.validity:PT10M}") Duration validity,
                 @Value("${ourdata.onboarding.one-time-code.max-attempts:5}") int maxAttempts,
                 @Value("${ourdata.onboarding.one-time-code.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.heirs = heirs;
        this.invitations = invitations;
        this.outbox = outbox;
        this.verifications = verifications;
        this.clock = clock;
        this.validity = validity;
        this.maxAttempts = maxAttempts;
        this.lockout = lockout;
    }

    record Sent(String channel, String sentTo, Instant expiresAt) {
    }

    @Transactional
    Sent send(String invitationToken) {
        OnboardingHeir heir = heirs.lock(invitations.resolve(invitationToken).id()).orElseThrow();
        refuseIfRenounced(heir);
        Contact contact = Contact.of(heir);
        if (contact == null) {
            throw ApiException.conflict("No e-mail or phone is registered for you; please verify with your citizen certificate.");
        }
        Instant now = clock.instant();
        State state = state(heir.id());
        if (state != null) {
            refuseIfLocked(state, now);
            if (state.issuedAt().plus(RESEND_AFTER).isAfter(now)) {
                throw ApiException.tooManyRequests(Math.max(1, Duration.between(now, state.issuedAt().plus(RESEND_AFTER)).toSeconds()));
            }
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String salt = HexFormat.of().formatHex(randomBytes(16));
        Instant expires = now.plus(validity);
        jdbc.sql("""
                        insert into heir_one_time_code (heir_id, code_hash, salt, issued_at, expires_at)
                        values (:heir, :hash, :salt, :now, :expires)
                        on conflict (heir_id) do update set code_hash = excluded.code_hash, salt = excluded.salt,
                            issued_at = excluded.issued_at, expires_at = excluded.expires_at, used_at = null,
                            failed_attempts = case when heir_one_time_code.locked_until is not null
                                                    and heir_one_time_code.locked_until <= excluded.issued_at
                                                   then 0 else heir_one_time_code.failed_attempts end,
                            locked_until = case when heir_one_time_code.locked_until <= excluded.issued_at
                                                then null else heir_one_time_code.locked_until end
                        """)
                .param("heir", heir.id()).param("hash", hash(salt, code)).param("salt", salt)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires)).update();
        outbox.enqueue(heir.caseId(), heir.id(), contact.channel(), contact.address(), "驗證碼 Verification code",
                "您的遺產繼承線上辦理驗證碼為 " + code + "，" + validity.toMinutes() + " 分鐘內有效。請勿告訴任何人。\n"
                        + "Your verification code is " + code + ", valid for " + validity.toMinutes()
                        + " minutes. Never share it.\n");
        return new Sent(contact.channel().name(), Recipients.mask(contact.address()), expires);
    }

    /** Checks the code; a wrong one is counted even though the call fails, hence no rollback for ApiException. */
    @Transactional(noRollbackFor = ApiException.class)
    PortalPerson verify(String invitationToken, String code) {
        OnboardingHeir heir = heirs.lock(invitations.resolve(invitationToken).id()).orElseThrow();
        refuseIfRenounced(heir);
        Instant now = clock.instant();
        State state = state(heir.id());
        if (state == null || state.usedAt() != null) {
            throw ApiException.invalid(List.of(new FieldProblem("code", "no code is pending: ask for a new one")));
        }
        refuseIfLocked(state, now);
        if (!state.expiresAt().isAfter(now)) {
            throw ApiException.invalid(List.of(new FieldProblem("code", "has expired: ask for a new one")));
        }
        boolean matches = code != null && code.strip().matches("\\d{6}")
                && MessageDigest.isEqual(hash(state.salt(), code.strip()).getBytes(StandardCharsets.US_ASCII),
                state.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (!matches) {
            boolean lockOver = state.lockedUntil() != null && !state.lockedUntil().isAfter(now);
            int failed = (lockOver ? 0 : state.failedAttempts()) + 1;
            boolean lock = failed >= maxAttempts;
            jdbc.sql("update heir_one_time_code set failed_attempts = :failed, locked_until = :until where heir_id = :heir")
                    .param("failed", failed).param("until", lock ? Timestamp.from(now.plus(lockout)) : null)
                    .param("heir", heir.id()).update();
            if (lock) {
                throw ApiException.tooManyRequests(lockout.toSeconds());
            }
            throw ApiException.invalid(List.of(new FieldProblem("code",
                    "is wrong; " + (maxAttempts - failed) + " attempts left before a " + lockout.toMinutes() + "-minute lockout")));
        }
        jdbc.sql("update heir_one_time_code set used_at = :now, failed_attempts = 0, locked_until = null where heir_id = :heir")
                .param("now", Timestamp.from(now)).param("heir", heir.id()).update();
        return verifications.verified(heir, AssuranceLevel.ONE_TIME_CODE);
    }

    static void refuseIfRenounced(OnboardingHeir heir) {
        if (heir.status() == OnboardingStatus.RENOUNCED) {
            throw ApiException.conflict("You renounced this inheritance; there is nothing more to do in this case.");
        }
    }

    private static void refuseIfLocked(State state, Instant now) {
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            throw ApiException.tooManyRequests(Math.max(1, Duration.between(now, state.lockedUntil()).toSeconds()));
        }
    }

    private record State(String codeHash, String salt, Instant issuedAt, Instant expiresAt, Instant usedAt,
                         int failedAttempts, Instant lockedUntil) {
    }

    private State state(UUID heirId) {
        return jdbc.sql("select * from heir_one_time_code where heir_id = :heir").param("heir", heirId)
                .query((rs, n) -> new State(rs.getString("code_hash"), rs.getString("salt"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("used_at")), rs.getInt("failed_attempts"),
                        instant(rs.getTimestamp("locked_until"))))
                .optional().orElse(null);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String hash(String salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

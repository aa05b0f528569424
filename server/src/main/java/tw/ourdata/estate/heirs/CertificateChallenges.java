package tw.ourdata.estate.heirs;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.FieldProblem;

/**
 * Challenge–response with a citizen certificate ({@link AssuranceLevel#CERTIFICATE}): the server
 * issues a random nonce (single use, valid {@code ourdata.identity.challenge-validity}, 5 min);
 * the heir's client signs it with the certificate's key; {@link CertificateVerifier} checks the
 * chain, the dates, the signature and that the certificate's SERIALNUMBER is the national ID of
 * whoever acts for the heir (the guardian's, for a minor). A challenge is spent by its first
 * answer, right or wrong, so a captured answer can never be replayed.
 */
@Service
class CertificateChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final OnboardingRepository heirs;
    private final Invitations invitations;
    private final CertificateVerifier verifier;
    private final Verifications verifications;
    private final Clock clock;
    private final Duration validity;

    CertificateChallenges(JdbcClient jdbc, OnboardingRepository heirs, Invitations invitations, CertificateVerifier verifier,
                          Verifications verifications, Clock clock,
                          @Value("${ourdata.identity.challenge-validity:PT5M}") Duration validity) {
        this.jdbc = jdbc;
        this.heirs = heirs;
        this.invitations = invitations;
        this.verifier = verifier;
        this.verifications = verifications;
        this.clock = clock;
        this.validity = validity;
    }

    record Challenge(UUID challengeId, String nonce, Instant expiresAt, String signedData, List<String> signatureAlgorithms) {
    }

    @Transactional
    Challenge issue(String invitationToken) {
        OnboardingHeir heir = invitations.resolve(invitationToken);
        OneTimeCodes.refuseIfRenounced(heir);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        jdbc.sql("insert into identity_challenge (id, heir_id, nonce, created_at, expires_at) values (:id, :heir, :nonce, :now, :expires)")
                .param("id", id).param("heir", heir.id()).param("nonce", nonce).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        return new Challenge(id, nonce, expires, "the nonce string, UTF-8 encoded",
                List.of("SHA256withECDSA (P-256)", "SHA256withRSA (2048 bits or more)"));
    }

    /** Spends the challenge whatever the outcome: no rollback for the refusal. */
    @Transactional(noRollbackFor = ApiException.class)
    PortalPerson complete(String invitationToken, UUID challengeId, String certificateChain, String signature) {
        OnboardingHeir invited = invitations.resolve(invitationToken);
        record Row(UUID heirId, String nonce, Instant expiresAt, Instant usedAt) {
        }
        Row row = jdbc.sql("select heir_id, nonce, expires_at, used_at from identity_challenge where id = :id for update")
                .param("id", challengeId)
                .query((rs, n) -> new Row(rs.getObject("heir_id", UUID.class), rs.getString("nonce"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional()
                .filter(r -> r.heirId().equals(invited.id()))
                .orElseThrow(() -> ApiException.notFound("No such challenge for this invitation."));
        if (row.usedAt() != null) {
            throw ApiException.conflict("This challenge was already answered; ask for a new one.");
        }
        Instant now = clock.instant();
        jdbc.sql("update identity_challenge set used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", challengeId).update();
        if (!row.expiresAt().isAfter(now)) {
            throw ApiException.invalid(List.of(new FieldProblem("challengeId", "has expired; ask for a new challenge")));
        }
        OnboardingHeir heir = heirs.lock(invited.id()).orElseThrow();
        OneTimeCodes.refuseIfRenounced(heir);
        try {
            verifier.verify(certificateChain, row.nonce(), signature, heir.actingNationalId(), now);
        } catch (CertificateVerifier.Rejected e) {
            throw ApiException.invalid(List.of(new FieldProblem("certificate", e.getMessage())));
        }
        return verifications.verified(heir, AssuranceLevel.CERTIFICATE);
    }
}

package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/** Identity verification through the portal: one-time code and citizen certificate, a minor through the guardian. */
@IntegrationTest
class IdentityVerificationTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    Http http;
    Family family;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        family = Family.post(http, jdbc, runtime);
    }

    private String requestCode(Portal portal, String token, Family.Member heir) {
        Http.Response sent = portal.post("/api/v1/portal/invitations/" + token + "/one-time-code", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("sentTo").asText()).doesNotContain(heir.email()).endsWith("@example.tw");
        List<JsonNode> inbox = family.awaitInbox(heir.email(), m -> m.stream().anyMatch(x -> x.get("subject").asText().contains("驗證碼")));
        JsonNode message = inbox.stream().filter(x -> x.get("subject").asText().contains("驗證碼")).findFirst().orElseThrow();
        Matcher m = CODE.matcher(message.get("body").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Http.Response submitCode(Portal portal, String token, String code) {
        return portal.post("/api/v1/portal/invitations/" + token + "/one-time-code/verification", "{\"code\":\"" + code + "\"}");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void aOneTimeCodeToTheRegisteredContactVerifiesForViewingAndStartsASession() {
        String instance = family.startOnboarding(family.son());
        String token = family.invitationToken(family.son());
        Portal portal = new Portal(port);
        assertThat(portal.get("/api/v1/portal/me").status()).as("no session before verification").isEqualTo(401);

        Http.Response invitation = portal.get("/api/v1/portal/invitations/" + token);
        assertThat(invitation.json().get("name").asText()).isEqualTo("王小明");
        assertThat(invitation.json().get("verificationMethods").toString()).contains("CERTIFICATE", "ONE_TIME_CODE");

        String code = requestCode(portal, token, family.son());
        Http.Response verified = submitCode(portal, token, code);

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("assuranceLevel").asText()).isEqualTo("ONE_TIME_CODE");
        // Demo mode lets a one-time code sign (SigningAssurance); outside it only a certificate may.
        assertThat(verified.json().get("maySign").asBoolean()).isTrue();
        String cookie = verified.header("Set-Cookie");
        assertThat(cookie).contains("OURDATA_PORTAL_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(family.status(family.son())).isEqualTo("VERIFIED");
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("awaitAuthorisation");
        // The session lives in PostgreSQL (any node, any restart), named by the heir row, not the national ID.
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :p")
                .param("p", "heir:" + family.son().id()).query(Long.class).single()).isOne();

        Http.Response me = portal.get("/api/v1/portal/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("cases").get(0).get("caseId").asText()).isEqualTo(family.caseId.toString());
        assertThat(me.body()).doesNotContain(family.son().nationalId());
        assertThat(submitCode(portal, token, code).status()).as("a code works once").isEqualTo(422);

        JsonNode officerView = http.get("/api/v1/cases/" + family.caseId, Family.OFFICE).json().get("heirs").get(1);
        assertThat(officerView.get("onboardingStatus").asText()).isEqualTo("VERIFIED");
        assertThat(officerView.get("assuranceLevel").asText()).isEqualTo("ONE_TIME_CODE");
    }

    @Test
    void aWrongCodeIsRefusedAndCountedAndTheRightOneStillWorks() {
        family.startOnboarding(family.daughter());
        String token = family.invitationToken(family.daughter());
        Portal portal = new Portal(port);
        String code = requestCode(portal, token, family.daughter());

        Http.Response wrong = submitCode(portal, token, wrong(code));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("errors").get(0).get("message").asText()).contains("4 attempts left");
        assertThat(family.status(family.daughter())).isEqualTo("INVITED");
        assertThat(portal.get("/api/v1/portal/me").status()).isEqualTo(401);

        assertThat(submitCode(portal, token, code).status()).isEqualTo(200);
    }

    @Test
    void fiveWrongCodesLockTheHeirOutEvenForTheRightCode() {
        family.startOnboarding(family.spouse());
        String token = family.invitationToken(family.spouse());
        Portal portal = new Portal(port);
        String code = requestCode(portal, token, family.spouse());

        for (int i = 0; i < 4; i++) {
            assertThat(submitCode(portal, token, wrong(code)).status()).isEqualTo(422);
        }
        Http.Response fifth = submitCode(portal, token, wrong(code));
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(800L, 900L);

        Http.Response right = submitCode(portal, token, code);
        assertThat(right.status()).as("locked out for 15 minutes").isEqualTo(429);
        assertThat(portal.post("/api/v1/portal/invitations/" + token + "/one-time-code", "{}").status())
                .as("no new code while locked").isEqualTo(429);
        assertThat(family.status(family.spouse())).isEqualTo("INVITED");
    }

    @Test
    void anExpiredCodeIsRefused() {
        family.startOnboarding(family.son());
        String token = family.invitationToken(family.son());
        Portal portal = new Portal(port);
        String code = requestCode(portal, token, family.son());
        // Ten minutes pass.
        jdbc.sql("update heir_one_time_code set expires_at = now() - interval '1 second' where heir_id = :h")
                .param("h", family.son().id()).update();

        Http.Response late = submitCode(portal, token, code);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("message").asText()).contains("expired");
        assertThat(family.status(family.son())).isEqualTo("INVITED");
    }

    @Test
    void anUnknownInvitationTokenIsNotFound() {
        Portal portal = new Portal(port);
        assertThat(portal.get("/api/v1/portal/invitations/" + "x".repeat(43)).status()).isEqualTo(404);
        assertThat(portal.post("/api/v1/portal/invitations/" + "x".repeat(43) + "/one-time-code", "{}").status()).isEqualTo(404);
    }

    @Test
    void aDemoCitizenCertificateVerifiesWithSigningAssurance() {
        String instance = family.startOnboarding(family.son());
        String token = family.invitationToken(family.son());
        Portal portal = new Portal(port);
        DemoCertificates.Held cert = DemoCertificates.issue(http, family.son().nationalId(), family.son().name());

        Http.Response verified = DemoCertificates.answerChallenge(portal, token, cert);

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("assuranceLevel").asText()).isEqualTo("CERTIFICATE");
        assertThat(verified.json().get("maySign").asBoolean()).isTrue();
        assertThat(jdbc.sql("select assurance_level from heir where id = :id").param("id", family.son().id())
                .query(String.class).single()).isEqualTo("CERTIFICATE");
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("awaitAuthorisation");
        assertThat(portal.get("/api/v1/portal/cases/" + family.caseId).status()).isEqualTo(200);
    }

    @Test
    void aCertificateOfAnotherPersonIsRejected() {
        family.startOnboarding(family.son());
        String token = family.invitationToken(family.son());
        Portal portal = new Portal(port);
        DemoCertificates.Held sisters = DemoCertificates.issue(http, family.daughter().nationalId(), family.daughter().name());

        Http.Response refused = DemoCertificates.answerChallenge(portal, token, sisters);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("someone else");
        assertThat(family.status(family.son())).isEqualTo("INVITED");
        assertThat(portal.get("/api/v1/portal/me").status()).isEqualTo(401);
    }

    @Test
    void aCertificateFromAnUntrustedAuthorityIsRejected() throws Exception {
        family.startOnboarding(family.son());
        String token = family.invitationToken(family.son());
        Portal portal = new Portal(port);
        // A CA of the same make, but not one the server trusts.
        Path elsewhere = Files.createTempDirectory("untrusted-ca");
        DemoCitizenCa.Issued forged = DemoCitizenCa.openOrCreate(elsewhere)
                .issue(family.son().nationalId(), family.son().name(), Instant.now());
        DemoCertificates.Held held = new DemoCertificates.Held(forged.certificatePem() + forged.caCertificatePem(),
                forged.privateKeyPem());

        Http.Response refused = DemoCertificates.answerChallenge(portal, token, held);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("does not chain to a trusted issuer");
        assertThat(family.status(family.son())).isEqualTo("INVITED");
    }

    @Test
    void anAnsweredChallengeCannotBeReplayed() {
        family.startOnboarding(family.daughter());
        String token = family.invitationToken(family.daughter());
        Portal portal = new Portal(port);
        DemoCertificates.Held cert = DemoCertificates.issue(http, family.daughter().nationalId(), family.daughter().name());
        JsonNode challenge = portal.post("/api/v1/portal/invitations/" + token + "/certificate-challenges", "{}").json();

        assertThat(DemoCertificates.answer(portal, token, challenge, cert).status()).isEqualTo(200);
        Portal attacker = new Portal(port);
        Http.Response replay = DemoCertificates.answer(attacker, token, challenge, cert);

        assertThat(replay.status()).isEqualTo(409);
        assertThat(attacker.get("/api/v1/portal/me").status()).isEqualTo(401);
    }

    @Test
    void aMinorIsVerifiedThroughTheGuardiansCertificateNotTheirOwn() {
        String instance = family.startOnboarding(family.minor());
        String token = family.invitationToken(family.minor());
        Portal portal = new Portal(port);
        Http.Response invitation = portal.get("/api/v1/portal/invitations/" + token);
        assertThat(invitation.json().get("name").asText()).isEqualTo("陳秀英");
        assertThat(invitation.json().get("minorName").asText()).isEqualTo("王小寶");

        DemoCertificates.Held minorsOwn = DemoCertificates.issue(http, family.minor().nationalId(), family.minor().name());
        Http.Response refused = DemoCertificates.answerChallenge(portal, token, minorsOwn);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(family.status(family.minor())).isEqualTo("INVITED");

        DemoCertificates.Held guardians = DemoCertificates.issue(http, family.minor().guardianNationalId(), family.minor().guardianName());
        Http.Response verified = DemoCertificates.answerChallenge(portal, token, guardians);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(family.status(family.minor())).isEqualTo("VERIFIED");
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly("awaitAuthorisation");

        JsonNode acting = portal.get("/api/v1/portal/me").json().get("cases").get(0).get("actingFor").get(0);
        assertThat(acting.get("name").asText()).isEqualTo("王小寶");
        assertThat(acting.get("asGuardian").asBoolean()).isTrue();
    }
}

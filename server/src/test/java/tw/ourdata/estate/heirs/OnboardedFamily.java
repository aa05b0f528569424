package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;

/**
 * For tests of what comes after onboarding: a posted family (spouse, two adult children, a
 * predeceased child, a minor grandchild through a guardian) whose every active heir verified with
 * a demo certificate through the portal, consented and named the same proxy.
 */
public final class OnboardedFamily {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    /** The case, and its four active heirs each still logged in to the portal (certificate assurance). */
    public final UUID caseId;
    public final List<LoggedIn> heirs;
    private final Family family;
    private final int port;

    /**
     * An active heir and the browser-like portal client of whoever acts for them (the guardian for the minor).
     *
     * @param actingName       the name of whoever acts and signs: the guardian's for the minor
     * @param actingNationalId the national ID of whoever acts and signs
     */
    public record LoggedIn(UUID heirId, int position, String name, String actingName, String actingNationalId,
                           boolean asGuardian, Portal portal) {
    }

    private OnboardedFamily(UUID caseId, List<LoggedIn> heirs, Family family, int port) {
        this.caseId = caseId;
        this.heirs = List.copyOf(heirs);
        this.family = family;
        this.port = port;
    }

    /** @return the case id */
    public static UUID postAndOnboard(int port, JdbcClient jdbc, RuntimeService runtime, int proxyPosition) {
        return postOnboardAndStayLoggedIn(port, jdbc, runtime, proxyPosition).caseId;
    }

    /** Like {@link #postAndOnboard}, keeping each heir's portal session (spouse, son, daughter, minor's guardian). */
    public static OnboardedFamily postOnboardAndStayLoggedIn(int port, JdbcClient jdbc, RuntimeService runtime,
                                                            int proxyPosition) {
        return postOnboardAndStayLoggedIn(port, jdbc, runtime, "{\"heirPosition\": " + proxyPosition + "}");
    }

    /** The same, every heir naming the proxy as {@code proxyJson} says (an outside agent, say). */
    public static OnboardedFamily postOnboardAndStayLoggedIn(int port, JdbcClient jdbc, RuntimeService runtime,
                                                            String proxyJson) {
        Http http = new Http(port);
        Family family = Family.post(http, jdbc, runtime);
        List<LoggedIn> loggedIn = new ArrayList<>();
        for (Family.Member heir : List.of(family.spouse(), family.son(), family.daughter(), family.minor())) {
            family.startOnboarding(heir);
            Portal portal = new Portal(port);
            boolean guardian = heir.guardianNationalId() != null;
            String nid = guardian ? heir.guardianNationalId() : heir.nationalId();
            DemoCertificates.Held cert = DemoCertificates.issue(http, nid, "測試");
            assertThat(DemoCertificates.answerChallenge(portal, family.invitationToken(heir), cert).status()).isEqualTo(200);
            Http.Response authorised = portal.post("/api/v1/portal/heirs/" + heir.id() + "/authorisation",
                    "{\"consentToDataSharing\": true, \"proxy\": " + proxyJson + "}");
            assertThat(authorised.status()).as(authorised.body()).isEqualTo(200);
            loggedIn.add(new LoggedIn(heir.id(), heir.position(), heir.name(), guardian ? heir.guardianName() : heir.name(),
                    nid, guardian, portal));
        }
        return new OnboardedFamily(family.caseId, loggedIn, family, port);
    }

    /** A new portal session for this heir, logged in with a one-time code sent to their contact (weaker assurance). */
    public Portal logInWithOneTimeCode(LoggedIn heir) {
        Family.Member member = family.members.stream().filter(m -> m.id().equals(heir.heirId())).findFirst().orElseThrow();
        String token = family.invitationToken(member);
        Portal portal = new Portal(port);
        Http.Response sent = portal.post("/api/v1/portal/invitations/" + token + "/one-time-code", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        List<JsonNode> inbox = family.awaitInbox(member.email(),
                m -> m.stream().anyMatch(x -> x.get("subject").asText().contains("驗證碼")));
        JsonNode message = inbox.stream().filter(x -> x.get("subject").asText().contains("驗證碼")).reduce((a, b) -> b)
                .orElseThrow();
        Matcher code = CODE.matcher(message.get("body").asText());
        assertThat(code.find()).isTrue();
        Http.Response verified = portal.post("/api/v1/portal/invitations/" + token + "/one-time-code/verification",
                "{\"code\":\"" + code.group(1) + "\"}");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("assuranceLevel").asText()).isEqualTo("ONE_TIME_CODE");
        return portal;
    }
}

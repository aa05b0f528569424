package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;

/**
 * For tests of what comes after onboarding: a posted family (spouse, two adult children, a
 * predeceased child, a minor grandchild through a guardian) whose every active heir verified with
 * a demo certificate through the portal, consented and named the same proxy.
 */
public final class OnboardedFamily {

    private OnboardedFamily() {
    }

    /** @return the case id */
    public static UUID postAndOnboard(int port, JdbcClient jdbc, RuntimeService runtime, int proxyPosition) {
        Http http = new Http(port);
        Family family = Family.post(http, jdbc, runtime);
        for (Family.Member heir : List.of(family.spouse(), family.son(), family.daughter(), family.minor())) {
            family.startOnboarding(heir);
            Portal portal = new Portal(port);
            String nid = heir.guardianNationalId() != null ? heir.guardianNationalId() : heir.nationalId();
            DemoCertificates.Held cert = DemoCertificates.issue(http, nid, "測試");
            assertThat(DemoCertificates.answerChallenge(portal, family.invitationToken(heir), cert).status()).isEqualTo(200);
            Http.Response authorised = portal.post("/api/v1/portal/heirs/" + heir.id() + "/authorisation",
                    "{\"consentToDataSharing\": true, \"proxy\": {\"heirPosition\": " + proxyPosition + "}}");
            assertThat(authorised.status()).as(authorised.body()).isEqualTo(200);
        }
        return family.caseId;
    }
}

package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.TestIds;

/**
 * A death notice with two adult heirs, a spouse and a son, each with their own e-mail address (so each test
 * reads only its own messages in the dev inbox), and what those heirs receive: the invitation link and the
 * one-time codes.
 */
final class PortalFamily {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/portal/invitations/[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    final UUID caseId;
    final String spouseEmail;
    final String sonEmail;
    private final Http http;

    private PortalFamily(UUID caseId, String spouseEmail, String sonEmail, Http http) {
        this.caseId = caseId;
        this.spouseEmail = spouseEmail;
        this.sonEmail = sonEmail;
        this.http = http;
    }

    static PortalFamily post(Http http) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String spouse = "spouse-" + tag + "@example.tw";
        String son = "son-" + tag + "@example.tw";
        String notice = """
                { "registrationNumber": "%s", "registrationOffice": "臺北市大安區戶政事務所",
                  "decedent": { "nationalId": "%s", "name": "王大明", "birthDate": "1948-03-02", "dateOfDeath": "2025-03-01",
                                "address": "臺北市大安區和平東路二段 100 號", "diedInLineOfDuty": false },
                  "heirs": [
                    { "nationalId": "%s", "name": "林美麗", "birthDate": "1952-07-19", "relation": "SPOUSE",
                      "contact": { "email": "%s" } },
                    { "nationalId": "%s", "name": "王小明", "birthDate": "1975-05-01", "relation": "CHILD",
                      "contact": { "email": "%s" } } ] }
                """.formatted(TestIds.registrationNumber(), TestIds.citizen(1), TestIds.citizen(2), spouse, TestIds.citizen(1), son);
        Http.Response created = http.postJson("/api/v1/death-notices", Http.bearer("dev-registration-office"), notice);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return new PortalFamily(UUID.fromString(created.json().get("caseId").asText()), spouse, son, http);
    }

    /** The invitation link in the newest invitation to this address, exactly as the message says it. */
    String invitationLink(String address) {
        JsonNode message = awaitMessage(address, m -> LINK.matcher(m.get("body").asText()).find(), "an invitation");
        Matcher link = LINK.matcher(message.get("body").asText());
        assertThat(link.find()).isTrue();
        return link.group();
    }

    /** The newest one-time code sent to this address. */
    String oneTimeCode(String address) {
        JsonNode message = awaitMessage(address, m -> m.get("subject").asText().contains("驗證碼"), "a one-time code");
        Matcher code = CODE.matcher(message.get("body").asText());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private JsonNode awaitMessage(String address, java.util.function.Predicate<JsonNode> wanted, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Http.Response inbox = http.get("/api/v1/dev/inbox?to=" + address, null);
            assertThat(inbox.status()).isEqualTo(200);
            List<JsonNode> matching = new ArrayList<>();
            inbox.json().forEach(m -> {
                if (wanted.test(m)) {
                    matching.add(m);
                }
            });
            if (!matching.isEmpty()) {
                return matching.stream().max(java.util.Comparator.comparing(m -> m.get("sentAt").asText())).orElseThrow();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(address + " never received " + what + ": " + inbox.body());
            }
            Browser.sleep(250);
        }
    }
}

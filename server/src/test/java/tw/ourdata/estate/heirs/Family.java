package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Timers;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.TestIds;

/**
 * A family whose death notice the registration office posted: the heirs with fresh national IDs
 * and their own e-mail addresses (so each test reads only its own dev inbox), and helpers to
 * start onboarding, read invitations and drive timers.
 */
final class Family {

    static final String OFFICE = Http.bearer("dev-registration-office");
    private static final Pattern LINK = Pattern.compile("/portal/invitations/([A-Za-z0-9_-]+)");

    final UUID caseId;
    final List<Member> members;
    private final Http http;
    private final JdbcClient jdbc;
    private final RuntimeService runtime;

    record Member(UUID id, int position, String nationalId, String name, String email, String guardianNationalId,
                  String guardianName) {
    }

    private Family(UUID caseId, List<Member> members, Http http, JdbcClient jdbc, RuntimeService runtime) {
        this.caseId = caseId;
        this.members = members;
        this.http = http;
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** A spouse (0), two adult children (1, 2), a predeceased child (3) and a minor grandchild through a guardian (4). */
    static Family post(Http http, JdbcClient jdbc, RuntimeService runtime) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String predeceasedId = TestIds.citizen(1);
        String guardianId = TestIds.citizen(2);
        String[] ids = {TestIds.citizen(2), TestIds.citizen(1), TestIds.citizen(2), predeceasedId, TestIds.citizen(1)};
        String notice = """
                {
                  "registrationNumber": "%s",
                  "registrationOffice": "臺北市大安區戶政事務所",
                  "decedent": { "nationalId": "%s", "name": "王大明", "birthDate": "1948-03-02",
                                "dateOfDeath": "2025-01-15", "address": "臺北市大安區和平東路二段 100 號", "diedInLineOfDuty": false },
                  "heirs": [
                    { "nationalId": "%s", "name": "林美麗", "birthDate": "1952-07-19", "relation": "SPOUSE",
                      "contact": { "phone": "0912345678", "email": "spouse-%s@example.tw" } },
                    { "nationalId": "%s", "name": "王小明", "birthDate": "1975-05-01", "relation": "CHILD",
                      "contact": { "email": "son-%s@example.tw" } },
                    { "nationalId": "%s", "name": "王小華", "birthDate": "1978-09-09", "relation": "CHILD",
                      "contact": { "email": "daughter-%s@example.tw" } },
                    { "nationalId": "%s", "name": "王大華", "birthDate": "1972-01-01", "relation": "CHILD",
                      "dateOfDeath": "2020-02-02" },
                    { "nationalId": "%s", "name": "王小寶", "birthDate": "2012-05-01", "relation": "GRANDCHILD",
                      "representsNationalId": "%s",
                      "guardian": { "nationalId": "%s", "name": "陳秀英" },
                      "contact": { "email": "guardian-%s@example.tw" } }
                  ]
                }
                """.formatted(TestIds.registrationNumber(), TestIds.citizen(1), ids[0], tag, ids[1], tag, ids[2], tag,
                ids[3], ids[4], predeceasedId, guardianId, tag);
        Http.Response created = http.postJson("/api/v1/death-notices", OFFICE, notice);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        UUID caseId = UUID.fromString(created.json().get("caseId").asText());
        String[] emails = {"spouse-" + tag + "@example.tw", "son-" + tag + "@example.tw", "daughter-" + tag + "@example.tw",
                null, "guardian-" + tag + "@example.tw"};
        List<Member> members = new ArrayList<>();
        jdbc.sql("select id, position, national_id, name, guardian_national_id, guardian_name from heir where case_id = :c order by position")
                .param("c", caseId)
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("national_id"),
                        rs.getString("name"), emails[rs.getInt("position")], rs.getString("guardian_national_id"),
                        rs.getString("guardian_name")))
                .list().forEach(members::add);
        return new Family(caseId, members, http, jdbc, runtime);
    }

    Member spouse() {
        return members.get(0);
    }

    Member son() {
        return members.get(1);
    }

    Member daughter() {
        return members.get(2);
    }

    Member predeceased() {
        return members.get(3);
    }

    Member minor() {
        return members.get(4);
    }

    /**
     * The heir's onboarding, as estate-settlement started it for the notice (its heir branch starts
     * asynchronously, so this waits, bounded, for the call to be made).
     */
    String startOnboarding(Member heir) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            var instance = runtime.createProcessInstanceQuery().processDefinitionKey("heir-onboarding")
                    .variableValueEquals("heirId", heir.id().toString()).singleResult();
            if (instance != null) {
                return instance.getId();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("estate-settlement never started the onboarding of heir " + heir.position());
            }
            sleep(100);
        }
    }

    /** The case's estate-settlement process. */
    String settlement() {
        return jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId).query(String.class).single();
    }

    /** Waits (bounded) until the dev inbox of this address holds a message matching the predicate. */
    List<JsonNode> awaitInbox(String address, Predicate<List<JsonNode>> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Http.Response inbox = http.get("/api/v1/dev/inbox?to=" + address, null);
            assertThat(inbox.status()).isEqualTo(200);
            List<JsonNode> messages = new ArrayList<>();
            inbox.json().forEach(messages::add);
            if (until.test(messages)) {
                return messages;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the dev inbox of " + address + " never got the expected message: " + inbox.body());
            }
            sleep(200);
        }
    }

    /** The invitation token of the newest invitation in this heir's inbox. */
    String invitationToken(Member heir) {
        List<JsonNode> messages = awaitInbox(heir.email(), m -> m.stream().anyMatch(x -> LINK.matcher(x.get("body").asText()).find()));
        for (JsonNode message : messages) {
            Matcher m = LINK.matcher(message.get("body").asText());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no invitation link");
    }

    long invitationsIn(String address) {
        Http.Response inbox = http.get("/api/v1/dev/inbox?to=" + address, null);
        List<JsonNode> messages = new ArrayList<>();
        inbox.json().forEach(messages::add);
        return messages.stream().filter(x -> LINK.matcher(x.get("body").asText()).find()).count();
    }

    String status(Member heir) {
        return jdbc.sql("select onboarding_status from heir where id = :id").param("id", heir.id()).query(String.class).single();
    }

    /**
     * Moves the engine's clock to {@code at} and runs the instance's timers due by then — from the
     * test, not by waiting. The job executor may race for the same job; the engine's optimistic
     * locking lets exactly one of us run it.
     */
    /**
     * Fires the process's timers that are due by {@code at}, as if that time had come: each is made
     * due now and executed. The engine's clock is not moved: a global ClockUtil would also be seen by
     * the running job executor, which could then fire or reschedule the same timer against another
     * "now" than the test's (that race made the reminder tests flaky).
     */
    static void runTimersDue(ManagementService management, String processInstanceId, Instant at) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(Date.from(at.plusSeconds(1))).list()) {
            Timers.fireNow(management, job.getId());
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;
import static tw.ourdata.estate.support.Http.bearer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/** The six-month filing deadline over a case: its timers, an officer's extension, the heirs' reminder. */
@IntegrationTest
class FilingDeadlineProcessTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService management;

    private Job timer(String process, String activityId) {
        return management.createJobQuery().processInstanceId(process).timers().list().stream()
                .filter(j -> management.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult()
                        .getActivityId().equals(activityId))
                .findFirst().orElseThrow(() -> new AssertionError("no timer " + activityId));
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(TAIPEI).toLocalDate();
    }

    @Test
    void theDeadlineTimersFollowAnOfficersExtensionAndTheReminderReachesTheHeirs() {
        Http http = new Http(port);
        LocalDate death = LocalDate.now(TAIPEI).minusDays(10);
        String email = "spouse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tw";
        String notice = """
                { "registrationNumber": "%s", "registrationOffice": "臺北市大安區戶政事務所",
                  "decedent": { "nationalId": "%s", "name": "王大明", "birthDate": "1948-03-02", "dateOfDeath": "%s" },
                  "heirs": [ { "nationalId": "%s", "name": "林美麗", "birthDate": "1952-07-19", "relation": "SPOUSE",
                               "contact": { "email": "%s" } } ] }
                """.formatted(TestIds.registrationNumber(), TestIds.citizen(1), death, TestIds.citizen(2), email);
        Http.Response created = http.postJson("/api/v1/death-notices", bearer("dev-registration-office"), notice);
        assertThat(created.status()).isEqualTo(202);
        UUID caseId = UUID.fromString(created.json().get("caseId").asText());
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();

        FilingDeadline statutory = FilingDeadline.forDeathOn(death);
        assertThat(day(timer(process, FilingDeadlines.DEADLINE_TIMER).getDuedate())).isEqualTo(statutory.inForce());
        assertThat(day(timer(process, FilingDeadlines.REMINDER_TIMER).getDuedate())).isEqualTo(statutory.reminderOn());

        String extension = """
                { "requestedOn": "%s", "newDeadline": "%s", "reason": "繼承人書面申請延期 (Art. 26)" }
                """.formatted(LocalDate.now(TAIPEI), statutory.inForce().plusMonths(2));
        assertThat(http.postJson("/api/v1/cases/" + caseId + "/filing-deadline/extension", bearer("dev-registration-office"),
                extension).status()).as("only officers extend").isEqualTo(403);
        Http.Response extended = http.postJson("/api/v1/cases/" + caseId + "/filing-deadline/extension",
                basic("officer", "officer"), extension);
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.json().get("inForce").asText()).isEqualTo(statutory.inForce().plusMonths(2).toString());

        assertThat(day(timer(process, FilingDeadlines.DEADLINE_TIMER).getDuedate())).isEqualTo(statutory.inForce().plusMonths(2));
        assertThat(day(timer(process, FilingDeadlines.REMINDER_TIMER).getDuedate())).isEqualTo(statutory.inForce().plusMonths(1));
        assertThat(http.postJson("/api/v1/cases/" + caseId + "/filing-deadline/extension", basic("officer", "officer"),
                extension).status()).as("one extension only").isEqualTo(422);
        assertThat(http.get("/api/v1/cases/" + caseId, basic("officer", "officer")).json().get("filingDeadline")
                .get("extended").asBoolean()).isTrue();

        // The reminder's day comes: every heir still in the case hears of the new date.
        management.executeJob(timer(process, FilingDeadlines.REMINDER_TIMER).getId());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                http.get("/api/v1/dev/inbox?to=" + email, null).body())
                .contains("申報期限").contains(statutory.inForce().plusMonths(2).toString()));
    }
}

package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/** The invitation, the reminders and the escalation of heir-onboarding, as the heir and the officer see them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HeirInvitationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    Http http;
    Family family;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        family = Family.post(http, jdbc, runtime);
    }

    @Test
    void theInvitationReachesTheDevInboxAndTheLogNeverShowsTheAddress(CapturedOutput output) {
        family.startOnboarding(family.son());

        List<JsonNode> inbox = family.awaitInbox(family.son().email(), m -> !m.isEmpty());
        JsonNode invitation = inbox.get(0);
        assertThat(invitation.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(invitation.get("body").asText()).contains("王小明").contains("/portal/invitations/")
                .doesNotContain(family.son().nationalId());
        assertThat(family.status(family.son())).isEqualTo("INVITED");

        String masked = "s***@example.tw";
        Instant deadline = Instant.now().plusSeconds(10);
        while (!output.getAll().contains(masked) && Instant.now().isBefore(deadline)) {
            Family.sleep(100);
        }
        assertThat(output.getAll()).as("the dispatcher logs the masked recipient").contains(masked)
                .doesNotContain(family.son().email()).doesNotContain(family.son().nationalId());
    }

    @Test
    void theDevEndpointsDoNotExistForAnOfficeKeyBeyondDemoNeedsAndTheTokenIsNotANationalId() {
        family.startOnboarding(family.daughter());
        String token = family.invitationToken(family.daughter());
        assertThat(token).hasSizeGreaterThanOrEqualTo(40).doesNotContain(family.daughter().nationalId());
        // The token is stored only hashed.
        assertThat(jdbc.sql("select count(*) from heir_invitation where token_sha256 = :t").param("t", token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOfficersCaseViewShowsOnboardingStatusAndNoneForThePredeceased() {
        family.startOnboarding(family.spouse());
        family.awaitInbox(family.spouse().email(), m -> !m.isEmpty());

        JsonNode heirs = http.get("/api/v1/cases/" + family.caseId, Family.OFFICE).json().get("heirs");
        assertThat(heirs.get(0).get("onboardingStatus").asText()).isEqualTo("INVITED");
        assertThat(heirs.get(0).has("assuranceLevel")).isFalse();
        assertThat(heirs.get(3).get("predeceased").asBoolean()).isTrue();
        assertThat(heirs.get(3).has("onboardingStatus")).isFalse();
    }

    @Test
    void theReminderResendsTheInvitationEverySevenDays() {
        String instance = family.startOnboarding(family.son());
        family.awaitInbox(family.son().email(), m -> m.size() == 1);
        Instant start = Instant.now();

        Family.runTimersDue(management, instance, start.plus(Duration.ofDays(6)));
        Family.sleep(300);
        assertThat(family.invitationsIn(family.son().email())).as("nothing before seven days").isEqualTo(1);

        Family.runTimersDue(management, instance, start.plus(Duration.ofDays(7)).plusSeconds(60));
        List<JsonNode> inbox = family.awaitInbox(family.son().email(), m -> m.size() == 2);
        assertThat(inbox.get(0).get("subject").asText()).contains("提醒").contains("Reminder");

        Family.runTimersDue(management, instance, start.plus(Duration.ofDays(14)).plusSeconds(120));
        family.awaitInbox(family.son().email(), m -> m.size() == 3);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as("no escalation yet").isZero();
    }

    @Test
    void afterThirtyDaysATaxOfficerGetsTheHeirHasNotRespondedTaskAndCanResend() throws Exception {
        String instance = family.startOnboarding(family.minor());
        family.awaitInbox(family.minor().email(), m -> m.size() == 1);

        Family.runTimersDue(management, instance, Instant.now().plus(Duration.ofDays(30)).plusSeconds(60));

        Task task = tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup("tax-officers").singleResult();
        assertThat(task).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("heirNotResponding");
        assertThat(task.getName()).contains("繼承人未回應");
        Map<String, Object> shown = tasks.getVariablesLocal(task.getId());
        assertThat(shown.get("heirName").toString()).contains("王小寶").contains("陳秀英");
        assertThat(shown.get("heirNationalId")).isEqualTo(family.minor().nationalId().substring(0, 3) + "****"
                + family.minor().nationalId().substring(7));
        assertThat(shown.get("missingSteps").toString()).contains("identity verification");
        assertThat(shown.values().toString()).doesNotContain(family.minor().nationalId()).doesNotContain(family.minor().email());
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"heir-not-responding\"")
                    .contains("resendInvitation");
        }

        long before = family.invitationsIn(family.minor().email());
        tasks.complete(task.getId(), Map.of("resendInvitation", true));
        family.awaitInbox(family.minor().email(), m -> m.size() > before);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count())
                .as("the heir is still awaited").isOne();
    }
}

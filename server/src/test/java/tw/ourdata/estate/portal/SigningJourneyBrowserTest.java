package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;

import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.simulator.SimulatedTreasury;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * Two heirs in Traditional Chinese, in two headless Chromium browsers, from their invitation links to a
 * closed case: each confirms their identity with the one-time code from the dev inbox, consents and names
 * the spouse as proxy; the case page shows the institutions' answers and the tax under review; the tax
 * officer approves (through the engine's REST API, as Tasklist does); the spouse, as proxy, first types a
 * plan whose fractions do not add up (the page says so at once), then submits the statutory shares; both
 * heirs read and sign the agreement with a key their browser made, and see it verified; the simulator pays
 * and confirms the transfers, and the case page says the case is closed.
 */
@IntegrationTest
class SigningJourneyBrowserTest {

    private static final Duration PROCESS = Duration.ofSeconds(120);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    SimulatedTreasury treasury;

    @AfterEach
    void treasuryOff() {
        treasury.disable();
    }

    @Test
    void twoHeirsGoFromTheirInvitationsToASignedAgreementAndAClosedCase() {
        // The simulated treasury pays the tax when there is one (the tests' context starts with it off).
        treasury.enable();
        Http http = new Http(port);
        PortalFamily family = PortalFamily.post(http);
        String casePage = "/portal/cases/" + family.caseId;

        try (Browser spouse = new Browser(port, "zh-spouse"); Browser son = new Browser(port, "zh-son")) {
            Steps.onboard(spouse, family, family.spouseEmail, "林美麗");
            Steps.onboard(son, family, family.sonEmail, "王小明");

            // The institutions answer (the simulator), the tax is computed; the tax office reviews it.
            Task review = awaitReview(family);
            spouse.open(casePage);
            spouse.text(By.id("timeline"), "9 / 9 個機關已回覆");
            spouse.text(By.id("tax"), "國稅局審核中");
            spouse.text(By.id("heirs"), "已同意並委任代理人");
            spouse.text(By.id("proxy-line"), "本案代理人：林美麗");
            assertThat(spouse.find(By.id("inventory")).getText()).contains("NT$");
            spouse.screenshot("case-tax-under-review");

            // The public calculator, prefilled from the case for its heir.
            spouse.open("/estimate?case=" + family.caseId);
            spouse.text(By.id("status"), "已帶入 王大明");
            spouse.click(By.id("compute"));
            spouse.text(By.id("tax-payable"), "應納遺產稅額試算");
            spouse.screenshot("estimate-prefilled");

            Http.Response approved = http.postJson("/engine-rest/task/" + review.getId() + "/complete", basic("officer", "officer"),
                    "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(204);

            // The proxy drafts the plan: a wrong sum is refused on the page, the statutory shares go through.
            spouse.open(casePage);
            spouse.reloadUntil(() -> spouse.find(By.id("next-plan")).isDisplayed(), PROCESS, "the plan to draft");
            spouse.text(By.id("tax"), "國稅局已於");
            spouse.screenshot("case-plan-to-draft");
            spouse.click(By.id("next-plan"));
            spouse.visible(By.id("fraction-0-0"));
            spouse.text(By.id("sum-0"), "合計為 1");
            spouse.type(By.id("fraction-0-0"), "1");
            spouse.text(By.id("sum-0"), "必須等於 1");
            assertThat(spouse.find(By.id("fraction-0-0")).getDomAttribute("aria-invalid")).isEqualTo("false");
            assertThat(spouse.find(By.id("submit-plan")).isEnabled()).isFalse();
            spouse.screenshot("plan-invalid-sum");
            spouse.type(By.id("fraction-0-0"), "abc");
            spouse.text(By.id("sum-0"), "請填寫 0 到 1 之間的比例");
            assertThat(spouse.find(By.id("fraction-0-0")).getDomAttribute("aria-invalid")).isEqualTo("true");
            spouse.click(By.id("reset"));
            spouse.text(By.id("sum-0"), "合計為 1");
            spouse.click(By.id("save"));
            spouse.text(By.id("status"), "已儲存");
            spouse.click(By.id("submit-plan"));
            spouse.text(By.id("status"), "方案已送出");
            spouse.screenshot("plan-submitted");

            // Each heir reads and signs in their own browser, and sees the verification.
            Steps.signFromCasePage(spouse, casePage, PROCESS);
            Steps.signFromCasePage(son, casePage, PROCESS);

            // The simulator pays the tax and confirms the transfers; the case closes by itself.
            spouse.open(casePage);
            spouse.reloadUntil(() -> spouse.find(By.id("next-body")).getText().contains("本案已經結案"), PROCESS, "the closed case");
            spouse.text(By.id("documents"), "遺產分割協議書");
            assertThat(spouse.findAll(By.cssSelector("#documents a.download"))).isNotEmpty();
            spouse.screenshot("case-closed");
        }

        assertThat(jdbc.sql("select status from estate_case where id = :c").param("c", family.caseId).query(String.class).single())
                .isEqualTo("CLOSED");
    }

    private Task awaitReview(PortalFamily family) {
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", family.caseId)
                .query(String.class).single();
        await().atMost(PROCESS).pollInterval(Duration.ofMillis(500)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1);
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").singleResult();
    }
}

package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tw.ourdata.estate.support.Http.basic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * An automated accessibility audit: axe-core's WCAG 2.0/2.1 level A and AA rules on every portal page an heir
 * meets, as Chromium renders it after the page's scripts filled it in (axe checks the live page: contrast of
 * what is shown, labels of the inputs the scripts made, ids, landmarks, language). Traditional Chinese
 * throughout; the invitation and the case page also in English.
 *
 * <p>One walk through one case instead of a test per page: the later pages (plan editor, signing) exist only
 * once the heirs have consented, the institutions answered and the tax office approved, which takes most of
 * the time; each page is audited on the way, in the state with the most on it (forms shown, details open). The
 * violations of all pages are collected and reported together, so one run shows everything there is to fix.
 */
@IntegrationTest
class AccessibilityAuditBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityAuditBrowserTest.class);
    private static final Duration PROCESS = Duration.ofSeconds(120);
    /** WCAG 2.0 and 2.1, levels A and AA: what the portal promises (axe's best-practice rules are not asked for). */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    private final List<String> violations = new ArrayList<>();

    @Test
    void everyPortalPageAnHeirMeetsPassesTheWcag21AaRules() {
        Http http = new Http(port);
        PortalFamily family = PortalFamily.post(http);
        String casePage = "/portal/cases/" + family.caseId;
        String invitation = family.invitationLink(family.spouseEmail);

        try (Browser spouse = new Browser(port, "a11y-spouse"); Browser son = new Browser(port, "a11y-son")) {
            // Before any login: the landing page and the public calculator.
            spouse.open("/");
            spouse.text(By.id("start-heading"), "如何開始");
            audit(spouse, "landing");
            // A keyboard user's first Tab lands on the skip link, shown only while it has focus (so only then audited).
            spouse.find(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(spouse.driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("skip-link");
            audit(spouse, "landing-skip-link");
            spouse.open("/estimate");
            spouse.visible(By.cssSelector(".heir-row select"));
            audit(spouse, "estimate");

            // The invitation in English first (nothing sent yet), then in Chinese with the code form shown.
            spouse.open(invitation + "?lang=en");
            spouse.text(By.id("invitation-intro"), "Dear 林美麗");
            spouse.click(By.cssSelector("#certificate-section summary"));
            spouse.visible(By.id("certificate"));
            audit(spouse, "invitation-en");
            spouse.open(invitation + "?lang=zh-TW");
            spouse.text(By.id("invitation-intro"), "林美麗 您好");
            spouse.click(By.cssSelector("#certificate-section summary"));
            spouse.click(By.id("send-code"));
            spouse.text(By.id("status"), "驗證碼已寄到");
            spouse.visible(By.id("code"));
            audit(spouse, "invitation");

            // The authorisation page with everything unfolded: the other agent's fields and the renunciation form.
            spouse.type(By.id("code"), family.oneTimeCode(family.spouseEmail));
            spouse.click(By.id("verify-code"));
            spouse.urlContains("/authorisation");
            spouse.text(By.id("authorisation-intro"), "您的身分已確認");
            spouse.visible(By.xpath("//div[@id='proxy-heirs']//label[contains(., '林美麗')]/input"));
            spouse.click(By.id("proxy-agent"));
            spouse.visible(By.id("agent-name"));
            spouse.click(By.cssSelector("#renounce-details summary"));
            spouse.visible(By.id("court-reference"));
            audit(spouse, "authorisation");
            spouse.click(By.id("consent"));
            spouse.click(By.xpath("//div[@id='proxy-heirs']//label[contains(., '林美麗')]/input"));
            spouse.click(By.id("authorise"));
            spouse.urlContains(casePage);
            spouse.text(By.id("heirs"), "已同意並委任代理人");
            Steps.onboard(son, family, family.sonEmail, "王小明");

            // The case page at its fullest: the institutions' inventory, the approved tax, the plan to draft.
            approveTax(http, family);
            spouse.open(casePage);
            spouse.reloadUntil(() -> spouse.find(By.id("next-plan")).isDisplayed(), PROCESS, "the plan to draft");
            spouse.text(By.id("tax"), "國稅局已於");
            spouse.visible(By.cssSelector("#access table"));
            audit(spouse, "case");
            spouse.open(casePage + "?lang=en");
            spouse.text(By.id("case-heading"), "The estate of 王大明");
            spouse.visible(By.id("next-plan"));
            spouse.visible(By.cssSelector("#access table"));
            audit(spouse, "case-en");

            // Back in Chinese: the landing page with the heir's cases, the calculator filled in and computed.
            spouse.open("/?lang=zh-TW");
            spouse.visible(By.id("my-cases-list"));
            spouse.visible(By.id("logout"));
            audit(spouse, "landing-logged-in");
            spouse.open("/estimate?case=" + family.caseId);
            spouse.text(By.id("status"), "已帶入 王大明");
            spouse.click(By.id("compute"));
            spouse.text(By.id("tax-payable"), "應納遺產稅額試算");
            audit(spouse, "estimate-computed");

            // The proxy's plan editor, then submitted as drafted (the statutory shares).
            spouse.open(casePage + "/partition-plan");
            spouse.visible(By.id("fraction-0-0"));
            spouse.text(By.id("sum-0"), "合計為 1");
            audit(spouse, "plan");
            // The same with a mistake: the marked input, the asset's message, the error alert after saving.
            spouse.type(By.id("fraction-0-0"), "abc");
            spouse.text(By.id("sum-0"), "請填寫 0 到 1 之間的比例");
            spouse.click(By.id("save"));
            spouse.visible(By.id("error"));
            audit(spouse, "plan-invalid");
            spouse.click(By.id("reset"));
            spouse.text(By.id("sum-0"), "合計為 1");
            spouse.click(By.id("submit-plan"));
            spouse.text(By.id("status"), "方案已送出");

            // The signing page before signing (the refusal form open), and after, with the verification's verdict.
            spouse.open(casePage);
            spouse.reloadUntil(() -> spouse.find(By.cssSelector("a.sign-link")).isDisplayed(), PROCESS, "the agreement to sign");
            spouse.click(By.cssSelector("a.sign-link"));
            spouse.text(By.id("plan-summary"), "林美麗");
            spouse.visible(By.id("sign-section"));
            spouse.click(By.cssSelector("#refuse-section summary"));
            spouse.visible(By.id("reason"));
            audit(spouse, "signing");
            Steps.signOnSigningPage(spouse);
            spouse.text(By.id("verdict"), "尚有 1 位未簽署");
            audit(spouse, "signing-signed");
        }

        assertThat(violations).withFailMessage(() -> violations.size() + " accessibility violation(s) (axe-core "
                + "WCAG 2.1 A/AA) on the portal pages:\n\n" + String.join("\n\n", violations)).isEmpty();
    }

    /** Runs axe on the page as it is now; keeps a screenshot of what was audited and every violation found. */
    private void audit(Browser browser, String page) {
        browser.settled();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver);
        assertThat(results.isErrored()).as("axe could not audit %s: %s", page, results.getErrorMessage()).isFalse();
        // Proof that axe really read this page (an audit that ran on nothing would find nothing wrong either).
        assertThat(results.getPasses()).extracting(Rule::getId).as("rules passed on %s", page)
                .contains("html-has-lang", "color-contrast");
        browser.screenshot("audited-" + page);
        String url = browser.driver.getCurrentUrl().replace("http://localhost:" + port, "");
        results.getViolations().forEach(rule -> violations.add(describe(page, url, rule, rule.getNodes())));
        results.getIncomplete().stream().filter(rule -> rule.getId().equals("color-contrast")).forEach(rule -> {
            List<CheckedNode> tooLow = rule.getNodes().stream().filter(AccessibilityAuditBrowserTest::measuredTooLow).toList();
            if (!tooLow.isEmpty()) {
                violations.add(describe(page, url, rule, tooLow));
            }
        });
        // What axe could not decide (e.g. a background behind a pseudo-element) is for a person to look at.
        log.info("axe on {} ({}): {} violation(s), {} rule(s) passed, to review by hand: {}", page, url,
                results.getViolations().size(), results.getPasses().size(), results.getIncomplete().stream()
                        .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(CheckedNode::getTarget).toList()).toList());
    }

    /**
     * Whether axe measured a contrast below the threshold and still filed it under "needs review": it does so for
     * text the same colour as its background (1:1), taking it for text hidden on purpose. The portal hides no text
     * that way (hidden is {@code hidden}), so here such a measurement is a violation.
     */
    private static boolean measuredTooLow(CheckedNode node) {
        return node.getAny().stream().map(Check::getData).filter(Map.class::isInstance).map(Map.class::cast)
                .anyMatch(data -> data.get("contrastRatio") instanceof Number ratio && ratio.doubleValue() > 0
                        && data.get("expectedContrastRatio") instanceof String expected
                        && ratio.doubleValue() < Double.parseDouble(expected.substring(0, expected.indexOf(':'))));
    }

    /** One violation as a reader fixes it: which rule, how bad, what it asks for, and where on the page. */
    private static String describe(String page, String url, Rule rule, List<CheckedNode> nodes) {
        StringBuilder text = new StringBuilder("[%s] %s\n  %s (%s): %s\n  %s".formatted(page, url, rule.getId(),
                rule.getImpact(), rule.getHelp(), rule.getHelpUrl()));
        for (CheckedNode node : nodes) {
            String why = node.getFailureSummary() != null ? node.getFailureSummary()
                    : node.getAny().stream().map(Check::getMessage).collect(Collectors.joining("\n"));
            text.append("\n    - ").append(node.getTarget()).append("  ").append(node.getHtml())
                    .append("\n      ").append(why.replace("\n", "\n      "));
        }
        return text.toString();
    }

    /** The institutions answer (the simulator), the tax is computed; the officer approves it, as Tasklist does. */
    private void approveTax(Http http, PortalFamily family) {
        String process = jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", family.caseId)
                .query(String.class).single();
        await().atMost(PROCESS).pollInterval(Duration.ofMillis(500)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1);
        String task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment")
                .singleResult().getId();
        Http.Response approved = http.postJson("/engine-rest/task/" + task + "/complete", basic("officer", "officer"),
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    }
}

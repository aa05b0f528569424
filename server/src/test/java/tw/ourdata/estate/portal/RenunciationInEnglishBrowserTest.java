package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * An heir who reads English opens the invitation in headless Chromium, switches the portal to English,
 * confirms their identity with the one-time code from the dev inbox, and renounces the inheritance with the
 * court's reference; the case page then says so.
 */
@IntegrationTest
class RenunciationInEnglishBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anHeirRenouncesInEnglishFromTheInvitationLink() {
        Http http = new Http(port);
        PortalFamily family = PortalFamily.post(http);
        String link = family.invitationLink(family.sonEmail);

        try (Browser son = new Browser(port, "en-renunciation")) {
            son.open(link);
            son.text(By.id("invitation-intro"), "王小明");
            assertThat(son.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hant-TW");

            son.click(By.id("lang-switch"));
            son.text(By.id("invitation-intro"), "Dear 王小明");
            assertThat(son.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(son.driver.getCurrentUrl()).doesNotContain("A1").doesNotContain("F1");
            son.screenshot("invitation");

            son.click(By.id("send-code"));
            son.text(By.id("status"), "The code was sent to");
            son.type(By.id("code"), family.oneTimeCode(family.sonEmail));
            son.screenshot("one-time-code");
            son.click(By.id("verify-code"));

            son.urlContains("/authorisation");
            son.text(By.id("authorisation-intro"), "your identity is confirmed");
            son.click(By.cssSelector("#renounce-details summary"));
            son.type(By.id("court-reference"), "Taipei District Court 114 Si-Ji 4567");
            son.find(By.id("renunciation-date")).sendKeys("04102025");
            son.click(By.id("renounce-confirm"));
            son.screenshot("renunciation");
            son.click(By.id("renounce"));

            son.urlContains("/portal/cases/" + family.caseId);
            son.text(By.id("heirs"), "renounced");
            son.text(By.id("heirs"), "Taipei District Court 114 Si-Ji 4567");
            son.text(By.id("timeline"), "heirs done");
            son.text(By.id("case-heading"), "The estate of 王大明");
            son.screenshot("case-after-renunciation");

            // On a phone the page reflows to one column: nothing wider than the screen but the tables' own scroll areas.
            son.phone();
            son.open("/portal/cases/" + family.caseId);
            son.text(By.id("heirs"), "renounced");
            assertThat(((Number) son.driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(((Number) son.driver.executeScript("return window.innerWidth")).intValue());
            son.screenshot("case-on-a-phone");
        }

        assertThat(jdbc.sql("select onboarding_status from heir where case_id = :c and position = 1")
                .param("c", family.caseId).query(String.class).single()).isEqualTo("RENOUNCED");
    }
}

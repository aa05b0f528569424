package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;

/** What an heir does in the portal, step by step, in Traditional Chinese. */
final class Steps {

    private Steps() {
    }

    /** From the invitation link to the case page: one-time code, consent, the spouse as proxy. */
    static void onboard(Browser heir, PortalFamily family, String email, String name) {
        heir.open(family.invitationLink(email));
        heir.text(By.id("invitation-intro"), name + " 您好");
        assertThat(heir.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hant-TW");
        heir.screenshot("invitation");
        heir.click(By.id("send-code"));
        heir.text(By.id("status"), "驗證碼已寄到");
        heir.type(By.id("code"), family.oneTimeCode(email));
        heir.click(By.id("verify-code"));
        heir.urlContains("/authorisation");
        heir.text(By.id("authorisation-intro"), "您的身分已確認");
        heir.click(By.id("consent"));
        heir.click(By.xpath("//div[@id='proxy-heirs']//label[contains(., '林美麗')]/input"));
        heir.screenshot("consent-and-proxy");
        heir.click(By.id("authorise"));
        heir.urlContains("/portal/cases/" + family.caseId);
        heir.text(By.id("heirs"), "已同意並委任代理人");
        heir.screenshot("case-after-consent");
    }

    static void signFromCasePage(Browser heir, String casePage, Duration bound) {
        heir.open(casePage);
        heir.reloadUntil(() -> heir.find(By.cssSelector("a.sign-link")).isDisplayed(), bound, "the agreement to sign");
        heir.screenshot("case-agreement-to-sign");
        heir.click(By.cssSelector("a.sign-link"));
        heir.text(By.id("plan-summary"), "林美麗");
        signOnSigningPage(heir);
    }

    /** On the signing page: trying without confirming the reading is refused; then sign and see it verified. */
    static void signOnSigningPage(Browser heir) {
        heir.visible(By.id("sign-section"));
        heir.text(By.id("document-line"), "遺產分割協議書");
        heir.text(By.id("signers"), "林美麗");
        heir.click(By.id("sign"));
        heir.text(By.id("error"), "請先閱讀協議書");
        heir.click(By.id("read-confirm"));
        heir.screenshot("signing");
        heir.click(By.id("sign"));
        heir.text(By.id("verdict"), "簽章有效");
        assertThat(heir.find(By.id("verdict")).getDomAttribute("data-verdict")).isEqualTo("VALID");
        heir.screenshot("signed-and-verified");
    }

}

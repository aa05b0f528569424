package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.StoredDocument;
import tw.ourdata.estate.signatures.PartitionAgreements;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * The signing page on its own: two heirs who verified with a one-time code in their browsers (the demo's
 * assurance policy lets them sign) sign an agreement drafted at the statutory shares, each with a
 * non-extractable P-256 key made by WebCrypto; the page shows the public verification's verdict, and the
 * server holds both signatures.
 */
@IntegrationTest
class SigningPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PartitionAgreements agreements;

    @Test
    void eachHeirSignsInTheBrowserAndSeesTheAgreementVerified() {
        PortalFamily family = PortalFamily.post(new Http(port));
        try (Browser spouse = new Browser(port, "zh-signing-spouse"); Browser son = new Browser(port, "zh-signing-son")) {
            spouse.open("/");
            spouse.text(By.id("start-heading"), "如何開始");
            spouse.screenshot("landing");
            Steps.onboard(spouse, family, family.spouseEmail, "林美麗");
            Steps.onboard(son, family, family.sonEmail, "王小明");
            StoredDocument agreement = agreements.draft(family.caseId);

            spouse.open("/portal/documents/" + agreement.id() + "/signing");
            Steps.signOnSigningPage(spouse);
            spouse.text(By.id("verdict"), "尚有 1 位未簽署");

            son.open("/portal/documents/" + agreement.id() + "/signing");
            son.text(By.id("signers"), "已於");
            Steps.signOnSigningPage(son);
            son.text(By.id("document-line"), "已完成簽署");
            assertThat(son.find(By.id("verdict")).getText()).doesNotContain("未簽署");
            assertThat(son.find(By.id("sign-section")).isDisplayed()).isFalse();
        }
        assertThat(jdbc.sql("select count(*) from document_signer where document_id = (select id from document "
                        + "where case_id = :c and type = 'PARTITION_AGREEMENT') and signed_revision is not null")
                .param("c", family.caseId).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anHeirWhoDisagreesRefusesWithAReasonAndTheVersionIsVoid() {
        PortalFamily family = PortalFamily.post(new Http(port));
        StoredDocument agreement;
        try (Browser son = new Browser(port, "zh-refusal-son")) {
            Steps.onboard(son, family, family.sonEmail, "王小明");
            agreement = agreements.draft(family.caseId);
            son.open("/portal/documents/" + agreement.id() + "/signing");
            son.visible(By.id("refuse-section"));
            son.click(By.cssSelector("#refuse-section summary"));
            son.click(By.id("refuse"));
            son.text(By.id("error"), "請寫下拒絕的理由");
            son.type(By.id("reason"), "車輛應歸我，因為我一直在使用");
            son.screenshot("refusing");
            son.click(By.id("refuse"));
            son.text(By.id("status"), "您已拒絕簽署");
            son.text(By.id("document-line"), "已作廢");
            assertThat(son.find(By.id("sign-section")).isDisplayed()).isFalse();
            son.screenshot("refused");
        }
        assertThat(jdbc.sql("select reason from agreement_refusal where document_id = :d").param("d", agreement.id())
                .query(String.class).single()).isEqualTo("車輛應歸我，因為我一直在使用");
    }
}

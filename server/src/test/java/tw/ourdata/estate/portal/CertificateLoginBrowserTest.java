package tw.ourdata.estate.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * An heir with client software for their citizen certificate (here: a demo citizen certificate and its key)
 * confirms their identity by the certificate challenge: the page signs the server's nonce with the key in the
 * browser (WebCrypto) and sends only the certificate and the signature. The login then has certificate assurance.
 */
@IntegrationTest
class CertificateLoginBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anHeirConfirmsTheirIdentityWithTheirCertificateInTheBrowser() {
        Http http = new Http(port);
        PortalFamily family = PortalFamily.post(http);
        String nationalId = jdbc.sql("select national_id from heir where case_id = :c and position = 0")
                .param("c", family.caseId).query(String.class).single();
        Http.Response issued = http.postJson("/api/v1/dev/citizen-certificates", null,
                "{\"nationalId\":\"" + nationalId + "\",\"name\":\"林美麗\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode held = issued.json();

        try (Browser spouse = new Browser(port, "zh-certificate")) {
            spouse.open(family.invitationLink(family.spouseEmail));
            spouse.text(By.id("invitation-intro"), "林美麗 您好");
            spouse.click(By.cssSelector("#certificate-section summary"));
            spouse.visible(By.id("certificate"));
            spouse.driver.executeScript("document.getElementById('certificate').value = arguments[0];"
                    + "document.getElementById('private-key').value = arguments[1];",
                    held.get("certificatePem").asText(), held.get("privateKeyPem").asText());
            spouse.screenshot("certificate");
            spouse.click(By.cssSelector("#certificate-form button[type=submit]"));
            spouse.urlContains("/authorisation");
            spouse.text(By.id("authorisation-intro"), "您的身分已確認");
        }
        assertThat(jdbc.sql("select assurance_level from heir where case_id = :c and position = 0")
                .param("c", family.caseId).query(String.class).single()).isEqualTo("CERTIFICATE");
    }
}

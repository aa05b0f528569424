package tw.ourdata.estate.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.portal.Browser;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Officer;

/**
 * An officer in a real browser (the portal browser tests' {@link Browser}: Debian's headless Chromium): the credentials
 * given once for the dossier pages, the way from the case list to a dossier by the search box and the keyboard, and
 * a document link that the browser follows to the API with the same credentials, never asking again. The dossier is
 * kept as {@code target/screenshots/officer-dossier.png}.
 */
@IntegrationTest
class CaseDossierBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    DocumentStore documents;

    @Test
    void anOfficerFindsTheCaseOpensItsDossierAndDownloadsADocumentWithTheSameCredentials() {
        UUID caseId = OnboardedFamily.postAndOnboard(port, jdbc, runtime, 1);
        new Officer(port, jdbc, tasks).approveTaxAssessment(caseId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> !documents.ofCase(caseId).isEmpty());
        String number = jdbc.sql("select registration_number from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();

        try (Browser officer = new Browser(port, "officer")) {
            ChromeDriver driver = officer.driver;
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            // The credentials once, as an officer types them into the browser's prompt on a dossier's link (a headless
            // browser has no prompt: they come in the address). The browser keeps them for the realm and answers the
            // next challenge of the realm with them, unasked: here the list, outside the path it first asked for.
            driver.get("http://officer:officer@localhost:" + port + "/officers/cases/" + caseId);
            driver.get("http://localhost:" + port + "/officers/cases");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("案件列表");

            WebElement search = driver.findElement(By.id("number"));
            search.sendKeys(number, Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.urlContains("?number="));
            driver.findElement(By.linkText(number)).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/officers/cases/" + caseId));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("案件卷宗").contains(number);
            assertThat(driver.findElement(By.id("queries")).getText()).contains("已回覆");
            assertThat(driver.findElement(By.id("tax-payable")).getText()).startsWith("NT$");

            WebElement download = driver.findElements(By.cssSelector("#documents a.download")).get(0);
            String fetched = (String) driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                            + " e => done('failed ' + e));", download.getDomAttribute("href"));
            assertThat(fetched).as("the API's download, with the credentials the browser holds for the realm")
                    .isEqualTo("200 application/pdf");

            officer.screenshotAs("officer-dossier");
        }
    }
}


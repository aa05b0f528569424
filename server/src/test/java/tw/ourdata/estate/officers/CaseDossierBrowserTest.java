package tw.ourdata.estate.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.heirs.OnboardedFamily;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.Officer;

/**
 * An officer in a real browser (Debian's headless Chromium, as the portal's browser tests drive it): the credentials
 * given once for the dossier pages, the way from the case list to a dossier by the search box and the keyboard, and
 * a document link that the browser follows to the API with the same credentials, never asking again. The dossier is
 * kept as {@code target/screenshots/officer-dossier.png}.
 */
@IntegrationTest
class CaseDossierBrowserTest {

    private static final String CHROMIUM = System.getProperty("ourdata.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("ourdata.test.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
    void anOfficerFindsTheCaseOpensItsDossierAndDownloadsADocumentWithTheSameCredentials() throws IOException {
        UUID caseId = OnboardedFamily.postAndOnboard(port, jdbc, runtime, 1);
        new Officer(port, jdbc, tasks).approveTaxAssessment(caseId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> !documents.ofCase(caseId).isEmpty());
        String number = jdbc.sql("select registration_number from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();

        Path profile = Files.createTempDirectory("ourdata-chromium-");
        ChromeDriver driver = chromium(profile);
        try {
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

            screenshot(driver, "officer-dossier");
        } finally {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The whole page, beyond the window, as the portal's browser tests keep theirs. */
    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}

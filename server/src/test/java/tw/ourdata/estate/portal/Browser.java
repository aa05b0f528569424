package tw.ourdata.estate.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium driven through Debian's chromedriver. Both paths are set,
 * so Selenium Manager never downloads a browser or a driver; the profile is a fresh temporary directory, so
 * every person starts with no cookie. Every page can be kept as a screenshot (the whole page) under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("ourdata.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ourdata.test.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    private final String base;
    private final String who;
    private final Path profile;
    private int shots;

    public Browser(int port, String who) {
        this.base = "http://localhost:" + port;
        this.who = who;
        try {
            this.profile = Files.createTempDirectory("ourdata-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** A phone's screen (390 × 844 CSS pixels): the pages must work there too. */
    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Opens a path of the server, or a whole URL (an invitation link from a message). */
    void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits (bounded) until the element is there and visible. */
    WebElement visible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits (bounded) until the element's text contains the text. */
    WebElement text(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /** Waits (bounded) for the page to leave its current address. */
    void urlContains(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    void type(By by, String text) {
        WebElement field = visible(by);
        field.clear();
        field.sendKeys(text);
    }

    void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Reloads the page until the condition holds (a step the server finishes in the background, such as the
     * institutions' answers), within the bound; the page never refreshes itself.
     */
    void reloadUntil(Supplier<Boolean> condition, Duration bound, String what) {
        Instant deadline = Instant.now().plus(bound);
        while (true) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the element is not there yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the page never showed " + what + " (" + driver.getCurrentUrl() + "): "
                        + driver.findElement(By.tagName("main")).getText());
            }
            sleep(1500);
            driver.navigate().refresh();
            sleep(500);
        }
    }

    /** Waits until the page's scripts have no request running and the page is complete. */
    void settled() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        sleep(700);
    }

    /** The whole page (beyond the window) as PNG, kept as test output: target/screenshots/{who}-{nn}-{name}.png. */
    Path screenshot(String name) {
        return screenshotAs("%s-%02d-%s".formatted(who, ++shots, name));
    }

    /** The whole page as PNG under exactly this name: target/screenshots/{fileName}.png. */
    public Path screenshotAs(String fileName) {
        settled();
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(fileName + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dk.kl.partnerships.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's browser: Debian's Chromium, headless, driven by Debian's chromedriver (both paths given,
 * so nothing is ever downloaded), with a fresh profile. {@link #check} is what every page must pass:
 * no WCAG 2.1 A/AA violation found by axe-core, no sideways scrolling at 375 px, and screenshots
 * (desktop and phone) kept under {@code target/browser} with the page's load times.
 */
final class Browser implements AutoCloseable {

    static final Path ARTEFACTS = Path.of(System.getProperty("partnerships.browser.artefacts", "target/browser"));
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                  + v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary).join(' | '))))
              .catch(error => done(['axe failed: ' + error]));
            """;
    private static final String LOAD_TIMES = """
            const n = performance.getEntriesByType('navigation')[0];
            return n ? [Math.round(n.responseStart - n.requestStart), Math.round(n.domContentLoadedEventEnd),
                        Math.round(n.loadEventEnd)] : null;
            """;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final String person;
    private final Path downloads;
    private final String axe;
    private int pages;

    Browser(String baseUrl, String person) {
        this.baseUrl = baseUrl;
        this.person = person;
        try {
            Files.createDirectories(ARTEFACTS);
            this.downloads = Files.createTempDirectory("downloads-");
            this.axe = Files.readString(Path.of(System.getProperty("partnerships.axe")));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("partnerships.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--lang=da",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-"));
            Map<String, Object> preferences = new HashMap<>();
            preferences.put("download.default_directory", downloads.toString());
            preferences.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", preferences);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            Path.of(System.getProperty("partnerships.chromedriver", "/usr/bin/chromedriver"))
                                    .toFile())
                    .usingAnyFreePort()
                    .build();
            this.driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in at the identity server's page, as a person does, and waits for the page it leads to. */
    void signIn(String user, String landingHeading) {
        open("/");
        awaitText("h1", "Log ind");
        check("log-ind");
        type("#username", user);
        type("#password", Client.DEMO_PASSWORD);
        clickText("Log ind");
        awaitText("h1", landingHeading);
    }

    /** The HTTP status the page was served with. */
    int status() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
    }

    /** Clicks a download link and waits for the file the browser saves, named as the server named it. */
    /** Downloads by clicking the link; a file of the same name downloaded before is replaced. */
    Path download(String css, String fileName) throws IOException {
        Path file = downloads.resolve(fileName);
        Files.deleteIfExists(file);
        find(css).click();
        waiting().until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    void click(String css) {
        find(css).click();
    }

    void clickAndLoad(String css) {
        clickAndLoad(find(css));
    }

    /** Clicks the link or button whose visible text is {@code text}, and waits for the page it leads to. */
    void clickText(String text) {
        clickAndLoad(driver.findElement(By.xpath("//*[self::a or self::button][normalize-space()='" + text + "']")));
    }

    /**
     * Clicks, and waits for the page it leads to: the old document is marked before the click, and the
     * wait ends when a document without the mark has loaded. (Asking whether the old page's element has
     * gone stale is not enough: Chromium may answer that with "Node with given id does not belong to
     * the document" while it swaps documents.)
     */
    void clickAndLoad(WebElement element) {
        script("window.partnershipsPreviousPage = true");
        element.click();
        waiting()
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.partnershipsPreviousPage === undefined && document.readyState === 'complete'")));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void awaitText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    Path downloads() {
        return downloads;
    }

    /**
     * What every page must pass: axe-core finds no WCAG 2.1 A/AA violation, at desktop width and at
     * 375 px; at 375 px nothing scrolls sideways; screenshots of both are kept, and the page's load times.
     */
    void check(String name) {
        waiting().until(d -> "complete".equals(script("return document.readyState")));
        pages++;
        String file = String.format("%s-%02d-%s", person, pages, name);
        List<?> times = (List<?>) script(LOAD_TIMES);
        assertThat(script("return document.documentElement.lang"))
                .as(name + ": language")
                .isEqualTo("da");
        assertNoViolations(name + " at 1280 px");
        screenshot(file + ".png");
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            waiting().until(d -> ((Number) script("return window.innerWidth")).intValue() == 375);
            assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                    .as(name + ": nothing wider than a phone's 375 px screen")
                    .isLessThanOrEqualTo(375);
            assertNoViolations(name + " at 375 px");
            screenshot(file + "-375.png");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        record(file, times);
    }

    private void assertNoViolations(String page) {
        script(axe);
        Object violations = driver.executeAsyncScript(AXE_RUN);
        assertThat((List<?>) violations)
                .as("WCAG 2.1 A/AA violations on " + page)
                .isEmpty();
    }

    private void screenshot(String file) {
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.write(ARTEFACTS.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Server answer (request to first byte), DOM ready and fully loaded, in ms, per page: render-times.tsv. */
    private void record(String file, List<?> times) {
        String line = file + "\t" + url().replace(baseUrl, "") + "\t"
                + (times == null ? "-\t-\t-" : times.get(0) + "\t" + times.get(1) + "\t" + times.get(2)) + "\n";
        try {
            Path log = ARTEFACTS.resolve("render-times.tsv");
            if (!Files.exists(log)) {
                Files.writeString(log, "page\tpath\tserver ms\tDOM ready ms\tloaded ms\n");
            }
            Files.writeString(log, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.armscontrol.tracker.app.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded at test time (Selenium
 * Manager is never asked, since the driver's path is given). Both come from the packages {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs; {@code -Dtracker.it.chromium=} and
 * {@code -Dtracker.it.chromedriver=} point elsewhere.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("tracker.it.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("tracker.it.chromedriver", "/usr/bin/chromedriver"));
    /** Where the screenshots go: a test artifact, kept after the run. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    HeadlessChromium(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does it)");
        }
        try {
            profile = Files.createTempDirectory("tracker-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile,
                // This machine's network is closed: without these, Chromium keeps trying to reach Google.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        baseUrl = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits (up to 15 s) until {@code css} matches a visible element, and returns it. */
    WebElement await(String css) {
        return await(driver -> ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(driver));
    }

    <T> T await(Function<ChromeDriver, T> condition) {
        try {
            return waitFor().until(driver -> condition.apply((ChromeDriver) driver));
        } catch (TimeoutException e) {
            throw new AssertionError(whatThePageShows(), e);
        }
    }

    /** For a failed wait: where the browser is, a screenshot, and what the page logged. */
    private String whatThePageShows() {
        Path shot = screenshot("failed-" + System.currentTimeMillis());
        String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).collect(Collectors.joining("\n  "));
        return "The page did not get there: " + driver.getCurrentUrl() + ", screenshot " + shot.toAbsolutePath()
                + ", console:\n  " + console;
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void type(String css, String text) {
        WebElement field = await(css);
        field.clear();
        field.sendKeys(text);
    }

    void signIn(String user, String password) {
        open("/sign-in.html");
        type("#username", user);
        type("#password", password);
        find("#sign-in button[type=submit]").click();
    }

    /**
     * The accessibility rules (WCAG 2.1 A and AA, axe-core's) that the current page breaks: one line per rule,
     * with its impact and the elements at fault. axe-core comes from its WebJar, injected into the page.
     */
    List<String> accessibilityViolations() {
        driver.executeScript(AXE.get());
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(result => done(result.violations.map(v =>
                       `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
                   .catch(error => done(['axe failed: ' + error]));""");
        return violations;
    }

    private static final Supplier<String> AXE = new Supplier<>() {
        private String script;

        @Override
        public synchronized String get() {
            if (script == null) {
                try (var in = HeadlessChromium.class.getResourceAsStream(
                        "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
                    script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException | NullPointerException e) {
                    throw new IllegalStateException("axe-core's WebJar is not on the test classpath", e);
                }
            }
            return script;
        }
    };

    private static String axeVersion() throws IOException {
        var properties = new java.util.Properties();
        try (var in = HeadlessChromium.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}; returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}

package org.stocktake.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser for tests: Debian's Chromium, headless, driven by Debian's chromedriver through Selenium (the
 * driver's path is given, so Selenium never downloads one), in a throwaway profile with background networking off.
 * {@link #checkPage(String)} injects axe-core into the page and fails on any WCAG 2.0, 2.1 or 2.2 A/AA violation,
 * and saves a full-page screenshot under {@code target/screenshots/} to look at.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AXE = axeSource();

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final boolean javaScript;

    private Browser(ChromeDriver driver, Path profile, String base, boolean javaScript) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.javaScript = javaScript;
    }

    /**
     * Whether browser tests can run here: Chromium and its driver are installed ({@code apt-get install chromium
     * chromium-driver}). In CI ({@code CI} set) they always run, so a missing browser fails rather than skips.
     */
    public static boolean available() {
        return System.getenv("CI") != null
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
    }

    /** Starts Chromium for the portal at {@code http://localhost:port}. */
    public static Browser start(int port) {
        return start(port, true);
    }

    /** Starts Chromium with JavaScript on or off (the portal must work without it). */
    public static Browser start(int port, boolean javaScript) {
        try {
            Path profile = Files.createTempDirectory("stocktake-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                    "--disable-extensions", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                    "--metrics-recording-only", "--disable-features=Translate,OptimizationHints,MediaRouter",
                    "--lang=en-GB", "--window-size=1280,900", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (!javaScript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, "http://localhost:" + port, javaScript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the portal by path. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** The current path and query, as the address bar shows them after redirects. */
    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks a link or button that loads a page, and waits until the next page has replaced this one (WebDriver's
     * click may return before a form's submission has even begun).
     */
    public Browser click(String css) {
        WebElement page = find("html");
        find(css).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                page.isEnabled();
                Thread.sleep(50);
            } catch (StaleElementReferenceException replaced) {
                return this;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("clicking " + css + " on " + path() + " loaded no page within 60 s");
    }

    /** Signs in through the form, as a person would. */
    public Browser signIn(String email, String password) {
        open("/login").type("#username", email).type("#password", password).click("form[action='/login'] button");
        return this;
    }

    /**
     * Runs axe-core over the page (WCAG 2.0, 2.1 and 2.2, levels A and AA), saves a full-page screenshot named
     * {@code name}, and fails listing every violation with the elements concerned, or any console error. axe-core is
     * a script: a browser started without JavaScript cannot run it (check the same pages with JavaScript on).
     */
    public Browser checkPage(String name) {
        if (!javaScript) {
            throw new IllegalStateException("axe-core needs JavaScript: take a screenshot instead");
        }
        screenshot(name);
        List<String> console = consoleErrors();
        if (!console.isEmpty()) {
            throw new AssertionError("the browser's console reported errors on " + name + " (" + path() + "),"
                    + " such as a script or style the Content-Security-Policy refused:\n" + String.join("\n", console));
        }
        List<String> violations = axeViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " accessibility violation(s) on "
                    + name + " (" + path() + "):\n" + String.join("\n", violations));
        }
        return this;
    }

    /** The WCAG A/AA rules the page breaks, one line each: rule, impact, description and elements. */
    public List<String> axeViolations() {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(AXE);
        }
        String result = (String) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + JSON.writeValueAsString(WCAG_TAGS) + "}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'error', help: String(e),"
                + " nodes: []}])); });");
        List<String> lines = new ArrayList<>();
        for (JsonNode v : JSON.readTree(result)) {
            List<String> targets = new ArrayList<>();
            v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
            lines.add("  " + v.path("id").asString() + " (" + v.path("impact").asString() + "): "
                    + v.path("help").asString() + " at " + targets);
        }
        return lines;
    }

    /**
     * What the console reported as errors since the last call (a refused script, a missing file...), except the
     * status of the page itself (a test may open a page that answers 404 on purpose).
     */
    public List<String> consoleErrors() {
        String page = driver.getCurrentUrl();
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> "  " + entry.getMessage())
                .filter(message -> !message.startsWith("  " + page + " - Failed to load resource")).toList();
    }

    /** Saves a screenshot of the whole page (not only the window) as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension window = driver.manage().window().getSize();
            long height = javaScript ? (Long) ((JavascriptExecutor) driver)
                    .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
                    : window.getHeight();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height + 150, 600)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(window);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in /tmp is harmless
        }
    }

    /** axe-core's script, as Deque ships it in its Maven artifact (com.deque.html.axe-core:selenium). */
    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

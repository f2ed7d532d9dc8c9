package org.madang.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) driven by Selenium,
 * pointed at the server under test ({@code madang.url}).
 *
 * <p>Use it as a JUnit 5 extension, one browser per test class:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 * </pre>
 * Chromium starts on first use; before each test the cookies are cleared and the window goes back
 * to desktop size, so tests stay independent; a failed test leaves a screenshot and the page source
 * in {@code <build dir>/browser-failures/}; the browser closes after the class. It can also be used
 * on its own in try-with-resources.
 *
 * <p>Why this set-up: the driver path is given explicitly so Selenium Manager never tries to
 * download a driver (no internet in CI); one ChromeDriverService per browser, so {@code quit()}
 * stops its own driver process; a new empty profile directory, so no state leaks between runs.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, BeforeEachCallback,
        AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    /** A phone's CSS viewport (iPhone 12–15 class). */
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    /** WCAG 2.0 and 2.1, levels A and AA: what the issue and KWCAG 2.2 ask for. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String CHROMIUM = System.getProperty("madang.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("madang.chromedriver", "/usr/bin/chromedriver");

    private final String baseUrl;
    private final String acceptLanguage;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;
    private boolean classScoped;

    /** A browser whose user speaks Korean first (the portal's default audience). */
    public Browser() {
        this("ko-KR,ko");
    }

    /** @param acceptLanguage Chromium's language preference, sent as Accept-Language */
    public Browser(String acceptLanguage) {
        this.baseUrl = stripSlash(System.getProperty("madang.url", "http://localhost:9080"));
        this.acceptLanguage = acceptLanguage;
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    /** The underlying WebDriver, started if needed. */
    public ChromeDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private void start() {
        try {
            profile = Files.createTempDirectory("madang-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--lang=" + acceptLanguage.split(",")[0]);
        o.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        try {
            driver = new ChromeDriver(service, o);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        try {
            if (driver != null) {
                driver.quit(); // also stops this browser's ChromeDriverService
            }
        } finally {
            driver = null;
            if (service != null && service.isRunning()) {
                service.stop();
            }
            service = null;
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(profile)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
        profile = null;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classScoped = true; // only called for a static @RegisterExtension field
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (driver != null) {
            driver.manage().deleteAllCookies();
            desktop();
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("[^\\p{Alnum}_-]+", "_");
            Path shot = screenshot(name);
            System.err.println("[browser] failure screenshot: " + shot + " (at " + driver.getCurrentUrl() + ")");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!classScoped) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    // ---- navigation and input ------------------------------------------------------------------

    /** Opens a path of the portal, e.g. {@code "/"} or {@code "/accessibility.xhtml?lang=en"}. */
    public Browser open(String path) {
        driver().get(url(path));
        return this;
    }

    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The current address without the scheme, host and port. */
    public String currentPath() {
        return driver().getCurrentUrl().substring(baseUrl.length());
    }

    /** A phone-sized viewport, emulated as a mobile device (touch, meta viewport honoured). */
    public Browser phone() {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE.width, "height", PHONE.height, "deviceScaleFactor", 3, "mobile", true));
        return this;
    }

    public Browser desktop() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver().manage().window().setSize(DESKTOP);
        return this;
    }

    /** The layout viewport width the page sees, in CSS pixels. */
    public long viewportWidth() {
        return ((Number) driver().executeScript("return document.documentElement.clientWidth")).longValue();
    }

    public WebElement byId(String id) {
        return driver().findElement(By.id(id));
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    /** Types into the field with this id, replacing what was there. Faces ids contain ':', which By.id handles. */
    public Browser fill(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        byId(id).click();
        return this;
    }

    /** Clicks the element with this id and waits until the page it leads to has loaded. */
    public Browser clickAndWait(String id) {
        return clickAndWait(byId(id));
    }

    /**
     * Clicks (a link, a submit button) and waits until the next document has loaded. It marks the
     * old page's window object rather than watching an element go stale: while Chromium swaps
     * documents, ChromeDriver may answer an element query with "Node with given id does not belong to
     * the document" instead of a stale-element error, which breaks ExpectedConditions.stalenessOf.
     */
    public Browser clickAndWait(WebElement element) {
        driver().executeScript("window.__madangOldPage = true");
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class) // the document is being replaced: ask again
                .withMessage("no new page after the click (still on " + driver().getCurrentUrl() + ")")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__madangOldPage === undefined && document.readyState === 'complete'")));
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** {@code <html lang>} of the current page. */
    public String htmlLang() {
        return find("html").getAttribute("lang");
    }

    // ---- keyboard ------------------------------------------------------------------------------

    /** Presses Tab {@code times} times from wherever the focus is and returns the focused element. */
    public WebElement tab(int times) {
        Actions a = new Actions(driver());
        for (int i = 0; i < times; i++) {
            a.sendKeys(Keys.TAB);
        }
        a.perform();
        return focused();
    }

    /** Presses one key (e.g. {@link Keys#ENTER}) on the focused element and returns the element focused afterwards. */
    public WebElement press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
        return focused();
    }

    public WebElement focused() {
        return driver().switchTo().activeElement();
    }

    // ---- evidence ------------------------------------------------------------------------------

    /**
     * Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the current page and fails with one
     * line per offending element (rule, impact, CSS target, what to fix). Every page a journey
     * checks this way is also checked for plain words ({@link #assertPlainWords()}).
     */
    public void assertNoAxeViolations() {
        assertPlainWords();
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver());
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not run on " + driver().getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            String report = violations.stream().map(Browser::describe).collect(Collectors.joining("\n"));
            throw new AssertionError("axe-core found " + violations.size() + " WCAG 2.1 AA violation(s) on "
                    + driver().getCurrentUrl() + " (" + viewportWidth() + " px wide):\n" + report);
        }
    }

    /**
     * Fails when the page's visible text speaks the system's language instead of the reader's: a
     * raw message key, a status code in capitals, {@code true}/{@code false} or an ISO timestamp
     * (see {@link PlainWords}). Text a page marks as technical on purpose (code, pre, kbd, samp,
     * class "mono": hashes, commands, department codes for administrators) is left out.
     */
    public void assertPlainWords() {
        String visible = (String) driver().executeScript(
                "var t = document.body.innerText;"
                + "document.querySelectorAll('code, pre, kbd, samp, .mono').forEach(function (e) {"
                + "  var x = e.innerText; if (x) { t = t.split(x).join(' '); } });"
                + "return t;");
        List<String> problems = PlainWords.problems(visible);
        if (!problems.isEmpty()) {
            throw new AssertionError("system language in the visible text of " + driver().getCurrentUrl() + ":\n- "
                    + String.join("\n- ", problems));
        }
    }

    private static String describe(Rule rule) {
        StringBuilder b = new StringBuilder()
                .append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
        for (CheckedNode node : rule.getNodes()) {
            b.append("\n    at ").append(node.getTarget());
            if (node.getFailureSummary() != null) {
                b.append(": ").append(node.getFailureSummary().replace('\n', ' '));
            }
        }
        return b.toString();
    }

    /** Saves a PNG screenshot and the page source under {@code <build dir>/browser-failures/}. */
    public Path screenshot(String name) {
        try {
            Path dir = buildDir().resolve("browser-failures");
            Files.createDirectories(dir);
            Path png = dir.resolve(name + ".png");
            Files.write(png, driver().getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver().getPageSource());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Maven build directory: the built WAR's folder (failsafe passes madang.war), else ./target. */
    static Path buildDir() {
        String war = System.getProperty("madang.war");
        return war != null ? Path.of(war).toAbsolutePath().getParent() : Path.of("target");
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

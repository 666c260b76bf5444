package cn.guifanku.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.guifanku.ApplicationTestBase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Tests that use the application as people do, in headless Chromium, on the same Spring context as the other
 * application tests.
 *
 * <p>The browser is Debian's {@code chromium} with its {@code chromedriver}, both named by path, so Selenium never
 * runs Selenium Manager to download a browser or a driver (this machine and CI have no internet). Without them the
 * tests are skipped with the reason, except where {@code CI=true}: there a skipped browser test would hide that the
 * pages were never tried, so they fail instead.
 *
 * <p>Each person gets their own browser (own cookies, own session), signed in through the sign-in page; several may
 * be open at once. They are closed after each test, and the test fails if any page reported a violation of its
 * Content-Security-Policy (an inline script or style, a resource from elsewhere): such a page is broken for its
 * users even when the step that follows works.
 */
public abstract class BrowserTestBase extends ApplicationTestBase {

    static final Path CHROMIUM = Path.of(System.getProperty("guifanku.browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("guifanku.browser.chromedriver", "/usr/bin/chromedriver"));
    static final String MISSING = "Chromium not installed: apt-get install chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Map<String, Browser> open = new LinkedHashMap<>();
    /** The CSP violations of the windows closed during this test, by person. */
    private final List<String> cspViolations = new ArrayList<>();

    /**
     * Without Chromium the browser tests are skipped, with the reason, before the application starts; with
     * {@code CI=true} they run regardless and {@link #chromiumInstalled()} fails them.
     */
    @RegisterExtension
    static final ExecutionCondition CHROMIUM_OR_SKIP = context -> installed() || onCi()
            ? ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM)
            : ConditionEvaluationResult.disabled(MISSING);

    @BeforeAll
    static void chromiumInstalled() {
        if (onCi()) {
            assertTrue(installed(), MISSING + " (CI=true: the browser tests must run here, not be skipped)");
        } else {
            assumeTrue(installed(), MISSING);
        }
        // Belt and braces: Selenium finds the driver by path and never asks Selenium Manager, which would try to
        // download a browser and send usage statistics.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A fresh browser, signed in as the demo user through the sign-in form. */
    protected Browser signIn(String user) {
        Browser b = start(user);
        b.open("/login");
        b.type("#username", user);
        b.type("#password", "admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD);
        b.clickAndWait("form.login button[type=submit]");
        if (b.path().startsWith("/login")) {
            throw new AssertionError(user + " could not sign in:\n" + b.text());
        }
        return b;
    }

    /** A fresh browser with JavaScript switched off, signed in as the demo user: the pages must work without it. */
    protected Browser signInWithoutScript(String user) {
        Browser b = start(user + "-noscript", false);
        b.open("/login");
        b.type("#username", user);
        b.type("#password", "admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD);
        b.clickAndWait("form.login button[type=submit]");
        return b;
    }

    /** A fresh browser nobody signed in to: a library's visitor. */
    protected Browser anonymous() {
        return start("anonymous");
    }

    /** Closes one person's browser (a session ends, memory comes back: the machine has two cores). */
    protected void close(Browser b) {
        open.values().remove(b);
        noteCspViolations(b);
        b.close();
    }

    /** Pages that are not ours (Camunda's webapps bring their own policy) may opt out of the CSP check. */
    protected boolean checksCsp(String violation) {
        return true;
    }

    private void noteCspViolations(Browser b) {
        b.cspViolations().stream().filter(this::checksCsp).forEach(v -> cspViolations.add(b.who() + ": " + v));
    }

    private Browser start(String who) {
        return start(who, true);
    }

    private Browser start(String who, boolean script) {
        String key = who;
        for (int n = 2; open.containsKey(key); n++) {
            key = who + "-" + n;
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.WARNING)
                .withAppendLog(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run");
        // A Chinese librarian's browser asks for Chinese (the pages are Chinese first anyway). The browser's own
        // controls (date fields) stay en-US: Debian's chromium carries only that locale without chromium-l10n.
        options.setExperimentalOption("prefs", script ? Map.of("intl.accept_languages", "zh-CN,zh")
                : Map.of("intl.accept_languages", "zh-CN,zh", "profile.managed_default_content_settings.javascript", 2));
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        // The console, for the CSP violations the pages report (see closeBrowsers).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        Browser b = new Browser(new ChromeDriver(service, options), "http://localhost:" + port, who, SCREENSHOTS);
        open.put(key, b);
        return b;
    }

    /** When a step fails, every open window is photographed as it was, before the windows close. */
    @RegisterExtension
    final AfterTestExecutionCallback photographFailures = context -> {
        if (context.getExecutionException().isPresent()) {
            open.forEach((who, b) -> {
                try {
                    b.screenshot("FAILED-" + context.getRequiredTestMethod().getName() + "-" + who);
                } catch (RuntimeException | AssertionError ignored) {
                    // the window may be the thing that broke
                }
            });
        }
    };

    @AfterEach
    void closeBrowsers() {
        open.values().forEach(b -> {
            try {
                noteCspViolations(b);
                b.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        });
        open.clear();
        List<String> seen = List.copyOf(cspViolations);
        cspViolations.clear();
        assertTrue(seen.isEmpty(), "The pages reported Content-Security-Policy violations:\n" + String.join("\n", seen));
    }
}

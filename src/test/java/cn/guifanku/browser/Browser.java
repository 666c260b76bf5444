package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser window on the application: a headless Chromium signed in (or not) as one demo user. The
 * helpers wait the way a person does — for the page to load, for an element to show — and fail with the page's
 * address and text, so a broken step says where it broke.
 */
public final class Browser implements AutoCloseable {

    // Generous: on a loaded 2-core machine a long page (the 征求意见稿 with its draft) has taken over 30 s to load.
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final String base;
    private final String who;
    private final Path screenshots;
    /** What the browser's console said so far (Chromium hands each entry over once). */
    private final List<String> console = new ArrayList<>();

    Browser(ChromeDriver driver, String base, String who, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.who = who;
        this.screenshots = screenshots;
    }

    public WebDriver driver() {
        return driver;
    }

    public String who() {
        return who;
    }

    /** Opens a page of the application by its path ("/proposals/new"). */
    public Browser open(String path) {
        driver.get(base + path);
        loaded();
        return this;
    }

    /** The current page's path and query, without the server. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement el(String css) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (RuntimeException e) {
            throw new AssertionError(who + " found no '" + css + "' on " + path() + ":\n" + text(), e);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !all(css).isEmpty();
    }

    /** Types into a field as a person does: click into it, clear what is there, type. */
    public Browser type(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Puts text into a field at once, as a paste does (typing a whole standard key by key takes minutes). */
    public Browser paste(String css, String text) {
        WebElement field = visible(css);
        js("arguments[0].focus(); arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, text);
        return this;
    }

    public String value(String css) {
        return el(css).getDomProperty("value");
    }

    public Browser select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(visible(css)).selectByValue(value);
        return this;
    }

    /** Clicks something that stays on the page (a tab, a radio button, a button handled by script). */
    public Browser click(String css) {
        WebElement target = clickable(css);
        scrollIntoView(target);
        target.click();
        return this;
    }

    /** Clicks an element found before (a control in a list), without waiting for a page. */
    public Browser click(WebElement target) {
        scrollIntoView(target);
        target.click();
        return this;
    }

    /** Clicks a link or a submit button and waits for the next page to load. */
    public Browser clickAndWait(String css) {
        return clickAndWait(clickable(css), css);
    }

    /** Clicks a link or button already found and waits for the next page to load. */
    public Browser clickAndWait(WebElement target, String what) {
        scrollIntoView(target);
        driver.executeScript("window.guifankuBeforeClick = true;");
        target.click();
        try {
            // The next page is there when the window holds a new document: the mark set on the old one is gone.
            // Chromium answers questions about the old page's elements while the next one loads in several ways
            // ("stale element", "node does not belong to the document", "timed out receiving message from
            // renderer" on a busy machine): each is asked again at the next poll, not taken as the answer.
            new WebDriverWait(driver, PATIENCE).pollingEvery(Duration.ofMillis(200))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !Boolean.TRUE.equals(
                            driver.executeScript("return window.guifankuBeforeClick === true;")));
        } catch (RuntimeException e) {
            throw new AssertionError(who + ": clicking '" + what + "' on " + path() + " led nowhere:\n" + text(), e);
        }
        loaded();
        return this;
    }

    /** Waits until a condition holds, failing with the page's text. */
    public <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return waitFor(what, PATIENCE, condition);
    }

    public <T> T waitFor(String what, Duration patience, Function<WebDriver, T> condition) {
        try {
            // An element the page replaced while it was read is read again at the next poll.
            return new WebDriverWait(driver, patience).pollingEvery(Duration.ofMillis(200))
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (RuntimeException e) {
            throw new AssertionError(who + " waited in vain for " + what + " on " + path() + ":\n" + text(), e);
        }
    }

    /** Waits until the page shows the text. */
    public Browser sees(String text) {
        waitFor("\"" + text + "\"", d -> text().contains(text));
        return this;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the page (not only the window, up to 2400 pixels down) as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        return screenshot(name, 2400);
    }

    /**
     * Saves the top of the page, at most {@code maxHeight} pixels, as target/screenshots/{name}.png. The window is
     * made as tall as the page for the picture (the sandboxed preview frame does not survive Chromium's own
     * "beyond the viewport" capture), then put back.
     */
    public Path screenshot(String name, int maxHeight) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            var window = driver.manage().window();
            org.openqa.selenium.Dimension before = window.getSize();
            long inner = ((Number) js("return window.innerHeight")).longValue();
            long page = ((Number) js("return document.documentElement.scrollHeight")).longValue();
            long wanted = Math.min(maxHeight, Math.max(page, inner));
            Object scrolled = js("return window.scrollY");
            if (wanted != inner) {
                window.setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) (before.getHeight() - inner + wanted)));
                js("window.scrollTo(0, 0)");
            }
            try {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } finally {
                if (wanted != inner) {
                    window.setSize(before);
                    js("window.scrollTo(0, arguments[0])", scrolled);
                }
            }
            return file;
        } catch (IOException e) {
            throw new AssertionError("screenshot " + name, e);
        }
    }

    /** Fails with the page's text unless it shows all the texts. */
    public Browser shows(String... texts) {
        String page = text();
        assertThat(page).as(who + " on " + path()).contains(texts);
        return this;
    }

    private WebElement visible(String css) {
        try {
            WebElement e = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
            scrollIntoView(e);
            return e;
        } catch (RuntimeException e) {
            throw new AssertionError(who + " found no visible '" + css + "' on " + path() + ":\n" + text(), e);
        }
    }

    private WebElement clickable(String css) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        } catch (RuntimeException e) {
            throw new AssertionError(who + " found nothing clickable at '" + css + "' on " + path() + ":\n" + text(), e);
        }
    }

    private void scrollIntoView(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'})", e);
    }

    private void loaded() {
        new WebDriverWait(driver, PATIENCE).pollingEvery(Duration.ofMillis(200))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(js("return document.readyState")));
    }

    /** Everything the pages wrote to the browser's console so far, oldest first ("LEVEL message"). */
    public List<String> console() {
        try {
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                console.add(e.getLevel() + " " + e.getMessage());
            }
        } catch (RuntimeException e) {
            // the window is gone: what was read before stays
        }
        return List.copyOf(console);
    }

    /**
     * The Content-Security-Policy violations the pages reported (Chromium logs each to the console, for the page and
     * for every frame in it, with the directive and what was blocked).
     */
    public List<String> cspViolations() {
        return console().stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}

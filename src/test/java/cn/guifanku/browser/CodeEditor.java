package cn.guifanku.browser;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The draft page's code editor (CodeMirror, from static/js/editor/draft-editor.js), used as a person uses it: typing
 * and pasting into it, clicking in the outline, reading the line the cursor is on. The form still posts the page's
 * textarea, which the editor keeps current: {@link #text()} reads what a save would send.
 */
final class CodeEditor {

    static final String CONTENT = ".code-editor .cm-content";

    private final Browser b;

    CodeEditor(Browser b) {
        this.b = b;
        b.waitFor("the code editor", d -> b.has(CONTENT) ? Boolean.TRUE : null);
    }

    /** The text as the form would post it. */
    String text() {
        return b.value("#source");
    }

    /** Selects everything and pastes the text in its place (a real paste event, as Ctrl+V sends it). */
    CodeEditor replaceAll(String text) {
        WebElement content = b.el(CONTENT);
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        b.js("const data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
                content, text);
        b.waitFor("the pasted text in the form", d -> text.equals(text()) ? Boolean.TRUE : null);
        return this;
    }

    /** Goes to the end of the text and types there, key by key. */
    CodeEditor typeAtEnd(String keys) {
        WebElement content = b.el(CONTENT);
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        content.sendKeys(keys);
        return this;
    }

    /** The number of the line the cursor is on, as the line-number gutter shows it. */
    int cursorLine() {
        return Integer.parseInt(b.el(".code-editor .cm-lineNumbers .cm-activeLineGutter").getText().strip());
    }

    /** The text of the line the cursor is on. */
    String cursorLineText() {
        return b.el(".code-editor .cm-activeLine").getText();
    }

    /** Whether the line the cursor is on is marked as a problem of the given severity ("error", "warning"). */
    boolean cursorLineMarked(String severity) {
        return !b.all(".code-editor .cm-activeLine .cm-lintRange-" + severity).isEmpty();
    }

    /** The outline's entries as shown ("1 范围", "3.1 古籍"). */
    List<String> outline() {
        // In one call: the outline is rebuilt as the text changes, and buttons read one by one may be gone.
        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) b.js(
                "return [...document.querySelectorAll('#outline button')].map(e => e.textContent.trim());");
        return entries;
    }

    /** Clicks the outline's entry that starts with the text. */
    CodeEditor jumpTo(String entry) {
        if (!b.el("#outline-box").isDisplayed() || b.el("#outline-box").getDomAttribute("open") == null) {
            b.click("#outline-box summary");
        }
        WebElement button = b.waitFor("the outline entry " + entry, d -> b.all("#outline button").stream()
                .filter(e -> e.getDomProperty("textContent").strip().startsWith(entry)).findFirst().orElse(null));
        b.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        return this;
    }
}

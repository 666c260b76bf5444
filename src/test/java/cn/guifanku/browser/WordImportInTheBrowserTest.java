package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.wordimport.SampleStandard;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;

/**
 * A librarian starts a proposal from a Word file in the browser: 提出新提案, 从 Word 文档导入, the .docx chosen, and the
 * draft page that follows shows the import report and the check's problems, each with the Word paragraph to fix. The
 * form and the report pass axe (WCAG 2.1 AA) like every other page. Its screenshots are the README's
 * (docs/screenshots/word-import-form.png and word-import-report.png, copied from target/screenshots).
 */
class WordImportInTheBrowserTest extends BrowserTestBase {

    @TempDir
    Path dir;

    private String id;

    @Test
    void aLibrarianImportsAWordFileAndSeesTheReportAndWhatToFixWithItsWordParagraph() throws Exception {
        // The sample standard as a library has it in Word, with a requirement written with 必须 (Word paragraph 38),
        // which the drafting rules refuse.
        Path docx = dir.resolve("图书馆无障碍服务规范.docx");
        Files.write(docx, SampleStandard.withMust());

        Browser editor = signIn("editor1");
        editor.open("/workbench");
        editor.clickAndWait("a[href='/proposals/new']");
        editor.click("input[name=kind][value=NEW]");
        editor.type("#title", "图书馆无障碍服务规范");
        editor.type("#scope", "规定图书馆无障碍服务的总体要求、服务设施和服务内容");
        editor.type("#reason", "起草组已有 Word 稿，从 Word 导入后在系统中修改");
        editor.click("input[name=start][value=docx]");
        WebElement file = editor.el("input[type=file][name=docx]");
        file.sendKeys(docx.toAbsolutePath().toString());
        assertThat(editor.el("input[name=start][value=docx]").isSelected()).isTrue();
        editor.shows("从 Word 文档导入（.docx，不超过 20 MB）");
        axeFinds(editor, "the form with a Word file chosen");
        editor.screenshot("word-import-form", 1180);

        editor.clickAndWait("#proposal-form button[type=submit]");
        assertThat(editor.path()).matches("/proposals/[^/]+/draft/word/\\d+");
        id = editor.path().replaceAll("/proposals/([^/]+)/draft/word/.*", "$1");

        // The report: what was not imported, with its Word paragraph and a quote.
        WebElement report = editor.el("#word-import");
        assertThat(report.getText()).contains("从 Word 导入：图书馆无障碍服务规范.docx", "Word 段落", "原文", "说明",
                "目次由系统生成，文档中的目次未导入");
        // The check, at once: the sentence with 必须 is an error, pointing at the Word paragraph it came from.
        WebElement must = editor.waitFor("the problem with 必须", d -> editor.all("#findings li.error").stream()
                .filter(li -> li.getText().contains("必须")).findFirst().orElse(null));
        assertThat(must.getText()).contains("（Word 第 38 段）", "错误");
        axeFinds(editor, "the draft with the import report and the check");

        // The picture a librarian sees: the report and the problems, below the editor.
        editor.js("document.getElementById('word-import').scrollIntoView({block: 'start'})");
        Path shot = dir.resolve("viewport.png");
        Files.write(shot, ((org.openqa.selenium.TakesScreenshot) editor.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve("word-import-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // Following the link of the problem takes the editor to its line in the source.
        WebElement line = must.findElement(org.openqa.selenium.By.cssSelector(".goto-line"));
        int at = Integer.parseInt(line.getDomAttribute("data-line"));
        editor.click(line);
        assertThat(new CodeEditor(editor).cursorLine()).isEqualTo(at);
        assertThat(new CodeEditor(editor).cursorLineText()).contains("必须");
    }

    /** axe's WCAG 2.1 AA violations on the page as it is now: none. */
    static void axeFinds(Browser b, String what) {
        Results axe = new AxeBuilder().withTags(AccessibilityInTheBrowserTest.WCAG_21_AA).analyze(b.driver());
        assertThat(axe.isErrored()).as("axe ran on " + what).isFalse();
        List<String> violations = axe.getViolations().stream().map(v -> v.getId() + " " + v.getHelp() + " — "
                + v.getNodes().stream().limit(3).map(n -> n.getHtml()).collect(Collectors.joining(" | "))).toList();
        assertThat(violations).as("axe on " + what).isEmpty();
    }

    @AfterEach
    void withdraw() {
        if (id != null) {
            as("editor1").post().uri("/api/proposals/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", "导入测试结束")).retrieve().toBodilessEntity();
            id = null;
        }
    }
}

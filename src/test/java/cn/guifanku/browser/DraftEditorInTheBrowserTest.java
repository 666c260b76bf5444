package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;

/**
 * The draft editor as an editor uses it: the AsciiDoc source in a code editor with line numbers and highlighting, the
 * check's problems marked at their lines, the outline of clauses to jump to, the preview beside the source on a wide
 * screen and behind a tab on a narrow one; and without JavaScript the plain textarea still saves.
 */
class DraftEditorInTheBrowserTest extends BrowserTestBase {

    private String id;

    @Test
    void theEditorNumbersHighlightsMarksProblemsAtTheirLinesAndJumpsToClauses() {
        id = revisionInDrafting("wh-t-202", "古籍数字化元数据规范");
        Browser editor = signIn("editor1");
        editor.driver().manage().window().setSize(new Dimension(1680, 1050));
        editor.open("/proposals/" + id + "/draft");
        CodeEditor source = new CodeEditor(editor);
        assertThat(editor.el("#source").isDisplayed()).as("the textarea gives way to the editor").isFalse();
        assertThat(editor.all(".code-editor .cm-lineNumbers .cm-gutterElement")).as("line numbers").hasSizeGreaterThan(10);

        // Highlighting: the document title and the attribute entries look different from the text.
        WebElement title = editor.waitFor("the title line", d -> editor.all(".code-editor .cm-line").stream()
                .filter(l -> l.getText().startsWith("= 古籍数字化元数据规范")).findFirst().orElse(null));
        assertThat(styleOf(editor, title, "= 古籍数字化元数据规范", "color")).isEqualTo("rgb(140, 28, 19)");
        assertThat(styleOf(editor, title, "= 古籍数字化元数据规范", "font-weight")).isEqualTo("700");
        WebElement attribute = editor.all(".code-editor .cm-line").stream()
                .filter(l -> l.getText().startsWith(":std-number:")).findFirst().orElseThrow();
        assertThat(styleOf(editor, attribute, ":std-number:", "color")).isEqualTo("rgb(31, 90, 166)");

        // The outline numbers the clauses as the standard does and takes the cursor to the one clicked.
        assertThat(source.outline()).contains("前言", "1 范围", "2 规范性引用文件", "3 术语和定义", "3.1 古籍", "4 总体要求",
                "4.1 元数据结构", "⤷ annex-a.adoc");
        source.jumpTo("3.1 古籍");
        assertThat(source.cursorLineText()).isEqualTo("=== 古籍");
        assertThat(editor.el("#outline button[aria-current]").getText()).isEqualTo("3.1 古籍");

        // What the catalog finds before any check (the 前言 says nothing of what it replaces) is marked at its line,
        // and the problem's link takes the cursor there.
        WebElement problem = editor.el("#findings li.error .goto-line");
        int line = Integer.parseInt(problem.getDomAttribute("data-line"));
        editor.click("#findings li.error .goto-line");
        assertThat(source.cursorLine()).isEqualTo(line);
        assertThat(source.cursorLineMarked("error")).as("line " + line + " is marked").isTrue();
        assertThat(editor.all(".code-editor .cm-gutter-lint .cm-lint-marker-error")).as("problems in the gutter").isNotEmpty();
        editor.screenshot("draft-editor-wide", 1050);

        // Typing: the outline follows, and the form posts what was typed.
        source.typeAtEnd("\n== 新增条款\n\n新增条款的内容。\n");
        assertThat(source.text()).endsWith("== 新增条款\n\n新增条款的内容。\n");
        editor.waitFor("the new clause in the outline", d -> source.outline().contains("新增条款") ? true : null);
        editor.type("#message", "增加一条");
        editor.clickAndWait("#save");
        editor.sees("已保存。");
        assertThat(new CodeEditor(editor).text()).contains("新增条款的内容。");

        // A narrow screen: the source and the preview are two tabs.
        editor.driver().manage().window().setSize(new Dimension(700, 1000));
        editor.waitFor("the tabs", d -> editor.el("#editor-tabs").isDisplayed() ? true : null);
        assertThat(editor.el("#preview").isDisplayed()).isFalse();
        editor.screenshot("draft-editor-narrow", 1000);
        editor.click("#tab-preview");
        assertThat(editor.el("#tab-preview").getDomAttribute("aria-selected")).isEqualTo("true");
        editor.waitFor("the preview", d -> editor.el("#preview").isDisplayed() ? true : null);
        assertThat(editor.el(".code-editor").isDisplayed()).isFalse();
        editor.screenshot("draft-editor-narrow-preview", 1000);
        editor.click("#tab-source");
        assertThat(editor.el(".code-editor").isDisplayed()).isTrue();
        editor.driver().manage().window().setSize(new Dimension(1280, 1000));
        editor.waitFor("both panes", d -> editor.el("#preview").isDisplayed() && !editor.el("#editor-tabs").isDisplayed() ? true : null);
    }

    @Test
    void withoutJavaScriptTheTextareaStillSaves() {
        id = revisionInDrafting("wh-t-202", "古籍数字化元数据规范");
        Browser editor = signInWithoutScript("editor1");
        editor.open("/proposals/" + id + "/draft");
        assertThat(editor.el("#source").isDisplayed()).as("the plain textarea").isTrue();
        assertThat(editor.has(".code-editor")).isFalse();
        WebElement textarea = editor.el("#source");
        textarea.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END), "\n// 无脚本的修改\n");
        editor.type("#message", "无脚本保存");
        editor.clickAndWait("#save");
        editor.sees("已保存。");
        assertThat(editor.value("#source")).contains("// 无脚本的修改");
    }

    /** A computed style of the highlighted span inside a line whose text is the given one. */
    static String styleOf(Browser b, WebElement line, String text, String property) {
        return (String) b.js("const e = [...arguments[0].querySelectorAll('span')].find(s => s.textContent === arguments[1]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[2]) : null;", line, text, property);
    }

    /** A revision proposed by editor1 and accepted by the secretariat: its draft is open for editing. */
    String revisionInDrafting(String slug, String title) {
        var created = as("editor1").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "REVISION", "targetSlug", slug, "title", title, "scope", "编辑器测试", "reason", "测试"))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String proposal = String.valueOf(created.getBody().get("id"));
        as("secretary").post().uri("/api/proposals/" + proposal + "/formal-check").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-ED")).retrieve().toBodilessEntity();
        return proposal;
    }

    @AfterEach
    void withdraw() {
        if (id != null) {
            as("editor1").post().uri("/api/proposals/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", "编辑器测试结束")).retrieve().toBodilessEntity();
            id = null;
        }
    }
}

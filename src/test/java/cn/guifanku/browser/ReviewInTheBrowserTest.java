package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A revision of WH/T 203 carried through the whole review from the pages alone, as the committee's people do it in
 * their browsers: the editor proposes and drafts, the secretariat accepts it, two members comment, the editor
 * disposes, the members vote, the chair approves, and a library's visitor downloads the new edition's PDF.
 * Screenshots of the main pages go to {@code target/screenshots}.
 */
class ReviewInTheBrowserTest extends BrowserTestBase {

    static final String SLUG = "wh-t-203";
    static final String OLD_SENTENCE = "本文件规定了图书馆员职业能力的构成与等级，以及职业道德、知识、技能、继续教育和能力评价的要求。";
    static final String NEW_SENTENCE = "本文件规定了图书馆员职业能力的构成与等级，以及职业道德、知识、技能（含数字素养）、继续教育和能力评价的要求。";

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    /** Proposals this test opened: withdrawn afterwards if a failure left them running, so wh-t-203 stays free. */
    private final List<String> opened = new ArrayList<>();

    @Test
    void aRevisionGoesFromProposalToADownloadedPdfThroughThePages() throws Exception {
        // 提案 — editor1 starts from 我的待办.
        Browser editor = signIn("editor1");
        editor.open("/workbench").clickAndWait("main a[href$='/proposals/new']");
        editor.select("#targetSlug", SLUG)
                .type("#title", "图书馆员职业能力要求")
                .type("#scope", "在职业能力构成中增加数字素养要求")
                .type("#reason", "图书馆数字化、智慧化转型对馆员能力提出新要求");
        editor.screenshot("01-proposal-form");
        editor.clickAndWait("#proposal-form button[type=submit]");
        String id = proposalId(editor.path());
        opened.add(id);
        editor.shows(id, "图书馆员职业能力要求");
        assertThat(editor.el("#stage").getText()).isEqualTo("立项审查");

        // 立项审查 — the secretary finds the task in 我的待办 and accepts with a 计划号.
        Browser secretary = signIn("secretary");
        openTask(secretary, id, "立项审查");
        secretary.clickAndWait("#formalCheck button[value=ACCEPT]");
        secretary.shows("受理提案时应填写计划号");
        assertThat(secretary.el("#stage").getText()).isEqualTo("立项审查");
        secretary.type("#planNumber", "2026-TC389-203");
        secretary.clickAndWait("#formalCheck button[value=ACCEPT]");
        secretary.sees("已完成。").shows("2026-TC389-203");
        assertThat(secretary.el("#stage").getText()).isEqualTo("起草");

        // 起草 — editor1 changes a sentence, sees it in the preview, saves with a message.
        openTask(editor, id, "起草");
        assertThat(editor.path()).startsWith("/proposals/" + id + "/draft");
        // A second window of the same draft, opened now: its save will come too late.
        Browser otherWindow = signIn("editor1");
        otherWindow.open("/proposals/" + id + "/draft");

        CodeEditor source = new CodeEditor(editor);
        String text = source.text();
        assertThat(text).contains(OLD_SENTENCE);
        source.replaceAll(text.replace(OLD_SENTENCE, NEW_SENTENCE));
        // The preview follows the unsaved text after a pause in typing.
        editor.waitFor("the preview of the unsaved text", d -> {
            String src = editor.el("#preview").getDomAttribute("src");
            return src != null && src.contains("/draft/preview/");
        });
        assertThat(inPreview(editor)).contains("数字素养");
        showInPreview(editor, "数字素养");
        editor.type("#message", "范围增加数字素养要求");
        editor.screenshot("02-draft-editor-with-preview");
        editor.clickAndWait("#save");
        editor.sees("已保存。");
        WebElement latest = editor.el("table.revisions tbody tr");
        assertThat(latest.getText()).contains("范围增加数字素养要求").containsAnyOf("张明", "editor1");

        // The other window still edits the revision before the save: refused, and what was typed stays.
        new CodeEditor(otherWindow).typeAtEnd("\n// 另一窗口的修改\n");
        otherWindow.type("#message", "另一窗口的修改");
        otherWindow.clickAndWait("#save");
        otherWindow.sees("草案已被他人修改");
        assertThat(otherWindow.value("#source")).contains("// 另一窗口的修改").doesNotContain("数字素养");
        otherWindow.screenshot("03-draft-conflict");
        close(otherWindow);

        // The draft was copied from 2025: its 前言 says nothing of what it replaces, nor of the editions before it, and
        // its header still has 2025's number. Sending out is refused with the catalog's wording to accept.
        editor.open("/proposals/" + id + "/draft");
        assertThat(editor.el("#findings").getText()).contains("与目录记录不一致之处",
                "本文件代替 WH/T 203—2025《图书馆员职业能力要求》", "2025年首次发布为 WH/T 203—2025；", "本次为第一次修订。");
        editor.clickAndWait("#send");
        editor.shows("草案有", "前言缺少本文件与所代替版本的关系");
        assertThat(editor.all("#findings li").stream().filter(li -> li.getText().contains("前言缺少本文件与所代替版本的关系"))
                .count()).as("each problem once").isEqualTo(1);
        assertThat(editor.el("#preview").getDomAttribute("src")).as("the preview is a page, never JSON")
                .startsWith("/proposals/" + id + "/draft/preview");
        editor.screenshot("03b-draft-check-with-suggestions", 1400);
        // The editor accepts the 前言's suggestions one by one (each a commit in their name) and leaves the header.
        for (int accepted = 0; accepted < 2; accepted++) {
            WebElement item = editor.waitFor("a 前言 suggestion", d -> d.findElements(By.cssSelector("#findings li")).stream()
                    .filter(li -> li.getText().contains("前言") && !li.findElements(By.cssSelector(".accept-suggestion")).isEmpty())
                    .findFirst().orElse(null));
            editor.clickAndWait(item.findElement(By.cssSelector(".accept-suggestion")), "采纳建议");
            editor.sees("已采纳建议");
        }
        assertThat(editor.value("#source")).contains(":std-number: WH/T 203—2025",
                "本文件代替 WH/T 203—2025《图书馆员职业能力要求》", "* 本次为第一次修订。");
        assertThat(editor.el("table.revisions tbody tr").getText()).contains("采纳检查建议");

        // 提交征求意见 — the check runs, then the proposal shows its new stage.
        editor.open("/proposals/" + id + "/draft");
        editor.clickAndWait("#send");
        editor.waitFor("the proposal page", d -> editor.path().startsWith("/proposals/" + id) && editor.has("#stage"));
        assertThat(editor.el("#stage").getText()).isEqualTo("征求意见");

        // A library's visitor may read the 征求意见稿 but must sign in to comment. It looks like a draft: its stage
        // and date, the patent request, the number with its year open, no published dates; its PDF is linked.
        Browser visitor = anonymous();
        visitor.open("/proposals/" + id + "/review");
        visitor.shows(NEW_SENTENCE, "登录后可提出意见", "（征求意见稿）", "WH/T 203—××××", "在提交反馈意见时");
        assertThat(visitor.el("article.std-body").getText()).doesNotContain("2025-01-20", "2025-05-01");
        String draftPdf = visitor.el("#comment-draft-pdf").getDomAttribute("href");
        var circulated = http.get().uri(draftPdf).retrieve().toEntity(byte[].class);
        assertThat(circulated.getStatusCode().value()).isEqualTo(200);
        assertThat(cn.guifanku.EditionFacts.firstPage(circulated.getBody())).contains("征求意见稿", "WH/T203—××××",
                "代替WH/T203—2025").doesNotContain("2025-01-20", "2025-05-01");
        java.nio.file.Files.createDirectories(SCREENSHOTS);
        java.nio.file.Files.write(SCREENSHOTS.resolve("comment-draft.pdf"), circulated.getBody());
        visitor.screenshot("03c-review-page-of-the-draft");
        close(visitor);

        // 征求意见 — two members find the 征求意见稿 from the proposals and comment on a clause each.
        Browser member1 = signIn("member1");
        member1.open("/proposals").clickAndWait("a[href='/proposals/" + id + "']");
        member1.clickAndWait("nav.actions a[href$='/review']");
        commentOn(member1, "范围", "te", "建议明确数字素养的具体内容。",
                "本文件规定了图书馆员职业能力的构成与等级，以及职业道德、知识、技能（含数字素养与数据素养）、继续教育和能力评价的要求。");
        // member1 changes the comment while the period is open: the change is kept, the comment says so.
        WebElement own = member1.waitFor("member1's comment", d -> d.findElements(By.cssSelector("#comments .comment"))
                .stream().filter(e -> e.getText().contains("建议明确数字素养的具体内容")).findFirst().orElse(null));
        member1.clickAndWait(own.findElement(By.cssSelector("a.edit-comment")), "修改");
        WebElement editing = member1.el("form.comment-edit textarea[name=body]");
        editing.clear();
        editing.sendKeys("建议明确数字素养的具体内容，并与第6章技能要求对应。");
        member1.clickAndWait("form.comment-edit button.save-comment");
        assertThat(member1.el("#comments").getText()).contains("建议明确数字素养的具体内容，并与第6章技能要求对应。", "修改）");
        close(member1);

        Browser member2 = signIn("member2");
        member2.open("/proposals/" + id).clickAndWait("nav.actions a[href$='/review']");
        commentOn(member2, "术语和定义", "ed", "3.1 注中的“图书资料系列”宜加引号。", null);
        // A second thought, then withdrawn: after a confirmation, it leaves the list (and stays in the history).
        // On the same page, not reloaded: the form opens again under another clause.
        commentOn(member2, "范围", "ge", "此条意见稍后撤回。", null);
        WebElement second = member2.waitFor("the second comment", d -> d.findElements(By.cssSelector("#comments .comment"))
                .stream().filter(e -> e.getText().contains("此条意见稍后撤回")).findFirst().orElse(null));
        member2.click(second.findElement(By.cssSelector("button.withdraw-comment")));
        confirm(member2, "撤回");
        member2.shows("建议明确数字素养的具体内容", "“图书资料系列”宜加引号", "意见（2）");
        assertThat(member2.el("#comments").getText()).doesNotContain("此条意见稍后撤回");
        member2.screenshot("04-review-with-comments", 1300);
        close(member2);

        // The secretary ends the comment period early, from 我的待办, after saying yes to what it will do.
        openTask(secretary, id, "征求意见");
        secretary.click("#close-comments");
        confirm(secretary, "将通知");
        secretary.sees("已完成。");
        // After closing, no comment controls remain on the page.
        secretary.open("/proposals/" + id + "/review");
        assertThat(secretary.all("a.comment-on")).isEmpty();
        assertThat(secretary.all("a.edit-comment, button.withdraw-comment")).isEmpty();
        assertThat(stageOnProposalPage(secretary, id)).isEqualTo("意见处理");

        // 意见处理 — editor1 accepts the technical comment and rejects the editorial one, with a reason.
        openTask(editor, id, "意见处理");
        dispose(editor, "建议明确数字素养的具体内容", "ACCEPTED", "");
        dispose(editor, "“图书资料系列”宜加引号", "REJECTED", "");
        // The refusal stands beside the comment's reason field, with the choice kept.
        editor.sees("部分采纳或不采纳的意见应说明理由");
        dispose(editor, "“图书资料系列”宜加引号", "REJECTED", "“图书资料系列”是职称系列的正式名称，不加引号。");
        editor.shows("不采纳", "“图书资料系列”是职称系列的正式名称");
        editor.screenshot("05-review-dispositions", 1300);
        editor.click("#finish-disposition");
        confirm(editor, "将通知");
        assertThat(stageOnProposalPage(editor, id)).isEqualTo("审查投票");

        // 审查投票 — member1 first says no (a no needs a reason), then changes to yes; the others say yes.
        member1 = signIn("member1");
        openTask(member1, id, "审查投票");
        member1.click("input[name=position][value=DISAPPROVE]").clickAndWait("#cast-vote");
        member1.shows("投“不同意”票时应说明理由");
        member1.click("input[name=position][value=DISAPPROVE]").type("#reason", "数字素养的要求尚不具体，难以评价。")
                .clickAndWait("#cast-vote");
        member1.sees("已记录您的投票").shows("您目前的投票：不同意");
        member1.click("input[name=position][value=APPROVE]").clickAndWait("#cast-vote");
        member1.shows("您目前的投票：同意");
        close(member1);
        for (String member : List.of("member2", "member3", "member4")) {
            Browser voter = signIn(member);
            openTask(voter, id, "审查投票");
            voter.click("input[name=position][value=APPROVE]").clickAndWait("#cast-vote");
            voter.sees("已记录您的投票").shows("您目前的投票：同意");
            close(voter);
        }
        Browser chair = signIn("chair");
        openTask(chair, id, "审查投票");
        chair.click("input[name=position][value=APPROVE]").clickAndWait("#cast-vote");
        chair.sees("已记录您的投票").shows("您目前的投票：同意");
        assertThat(chair.el("#tally").getText()).contains("同意 5", "不同意 0");
        assertThat(chair.el("#explanation").getText()).isNotBlank();
        chair.screenshot("06-ballot-with-tally");

        // The secretary ends the ballot early and counts.
        openTask(secretary, id, "审查投票");
        secretary.click("#close-ballot");
        confirm(secretary, "将通知");
        assertThat(stageOnProposalPage(secretary, id)).isEqualTo("批准");

        // 批准 — the chair decides with the facts: each member's vote (member1 changed to yes) by name, the comments
        // and their disposition, then fixes number and dates, typed with an ASCII hyphen, and confirms.
        openTask(chair, id, "批准");
        if (!chair.path().endsWith("/approval")) {
            chair.open("/proposals/" + id + "/approval");
        }
        chair.shows("陈静（首都图书馆）", "同意", "法定人数", "通过条件", "“图书资料系列”是职称系列的正式名称");
        chair.screenshot("06b-approval-with-the-facts", 2400);
        chair.type("#number", "WH/T 203-2026");
        date(chair, "#issued", "2026-12-01");
        date(chair, "#effective", "2027-03-01");
        chair.click("button[value=APPROVE]");
        confirm(chair, "WH/T 203—2026");
        chair.sees("已完成。");
        assertThat(chair.el("#stage").getText()).isEqualTo("发布中");

        // 发布 — the job executor is off in tests: run the proposal's jobs here, then look again.
        publish(id);
        chair.open("/proposals/" + id);
        assertThat(chair.el("#stage").getText()).isEqualTo("已发布");
        chair.shows("WH/T 203—2026", "2026-12-01", "2027-03-01");
        assertThat(chair.el("table.history").getText()).contains("批准", "发布", "投票", "改票", "处理意见");
        chair.screenshot("07-proposal-after-approval");
        close(chair);
        close(secretary);
        close(editor);

        // A library's visitor finds the standard in the catalog and downloads the new edition's PDF.
        visitor = anonymous();
        visitor.open("/").type("#q", "图书馆员").clickAndWait("form.search button[type=submit]");
        visitor.clickAndWait("table.catalog a[href='/standards/" + SLUG + "']");
        WebElement edition = visitor.el("#edition-2026");
        assertThat(edition.getText()).contains("WH/T 203—2026", "即将实施", "2027-03-01");
        assertThat(visitor.el("#guidance").getText()).isEqualTo("现在执行 WH/T 203—2025；自 2027-03-01 起执行 WH/T 203—2026（已发布，即将实施）。");
        visitor.screenshot("08-catalog-with-new-edition");
        String pdf = edition.findElement(By.cssSelector("a[href$='.pdf']")).getDomAttribute("href");
        var download = http.get().uri(pdf).retrieve().toEntity(byte[].class);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(download.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // The catalog's 即将实施 filter finds it, listed with the edition in force and the new one's day.
        visitor.open("/").select("#status", "UPCOMING").clickAndWait("form.search button[type=submit]");
        WebElement row = visitor.waitFor("WH/T 203 in the list", d -> d.findElements(By.cssSelector("table.catalog tbody tr"))
                .stream().filter(r -> r.getText().contains("WH/T 203—2025")).findFirst().orElse(null));
        assertThat(row.getText()).contains("WH/T 203—2026", "现行", "即将实施", "2025-05-01", "2027-03-01");
        visitor.screenshot("08b-catalog-upcoming-filter");
        assertThat(cn.guifanku.EditionFacts.text(http.get().uri("/standards/" + SLUG + "/2026.pdf").retrieve().body(byte[].class)))
                .contains("本文件代替WH/T203—2025《图书馆员职业能力要求》", "2025年首次发布为WH/T203—2025；", "本次为第一次修订。");
        // A replaced edition's page says so at the top and leads to the edition in force.
        visitor.open("/standards/wh-t-201/2019.html");
        assertThat(visitor.el("#edition-status").getText()).contains("被代替", "WH/T 201—2019", "现行版本");
        visitor.screenshot("10-superseded-edition");
        visitor.clickAndWait("#edition-in-force");
        assertThat(visitor.path()).matches("/standards/wh-t-201/\\d{4}\\.html");
        assertThat(visitor.el("#edition-status").getText()).contains("现行");
    }

    /**
     * Follows the "提意见" link under a clause: the form opens right there, the page neither reloads nor jumps; the
     * comment is sent and the list follows, still on the same page.
     */
    static void commentOn(Browser b, String heading, String type, String body, String proposedChange) {
        WebElement link = b.waitFor("提意见 under " + heading, d -> d.findElements(By.cssSelector("article.std-body a.comment-on"))
                .stream().filter(e -> String.valueOf(e.getDomAttribute("data-label")).contains(heading)).findFirst().orElse(null));
        Object page = b.js("return window.performance.timeOrigin");
        b.click(link);
        WebElement form = b.waitFor("the form under " + heading, d -> d.findElements(By.cssSelector("article.std-body #comment-form"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(form.findElement(By.cssSelector(".clause-label")).getText()).as("the clause of the link").contains(heading);
        b.click("#comment-form input[name=type][value=" + type + "]").type("#comment-form #body", body);
        if (proposedChange != null) {
            b.type("#comment-form #proposedChange", proposedChange);
        }
        b.click("#submit-comment");
        b.waitFor("the comment in the list", java.time.Duration.ofMinutes(3), d -> b.el("#comments").getText().contains(body));
        assertThat(b.js("return window.performance.timeOrigin")).as("the same page, not reloaded").isEqualTo(page);
    }

    /** Says yes in the confirmation dialog (no inline script: static/js/confirm.js) after reading what it says. */
    static void confirm(Browser b, String says) {
        WebElement ok = b.waitFor("the confirmation dialog", d -> d.findElements(By.cssSelector("dialog.confirm-dialog[open] #confirm-dialog-ok"))
                .stream().findFirst().orElse(null));
        assertThat(b.el("dialog.confirm-dialog").getText()).contains(says);
        b.clickAndWait(ok, "确认");
    }

    /** Records the editor's disposition of the comment whose text is given. */
    static void dispose(Browser b, String comment, String disposition, String note) {
        WebElement c = b.waitFor("the comment " + comment, d -> d.findElements(By.cssSelector("#comments .comment"))
                .stream().filter(e -> e.getText().contains(comment)).findFirst().orElse(null));
        new org.openqa.selenium.support.ui.Select(c.findElement(By.cssSelector("select[name=disposition]")))
                .selectByValue(disposition);
        WebElement field = c.findElement(By.cssSelector("input[name=note]"));
        field.clear();
        field.sendKeys(note);
        b.clickAndWait(c.findElement(By.cssSelector("form.dispose button[type=submit]")), "记录处理意见");
    }

    /**
     * Types a date into a date field as a person does, part by part in the order the browser's own locale shows them
     * (Debian's chromium without chromium-l10n is en-US: month, day, year). Two-digit parts move on by themselves;
     * a year not last needs the arrow key.
     */
    static void date(Browser b, String css, String isoDate) {
        WebElement field = b.el(css);
        String[] ymd = isoDate.split("-");
        Map<String, String> parts = Map.of("year", ymd[0], "month", ymd[1], "day", ymd[2]);
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) b.js("return new Intl.DateTimeFormat().formatToParts(new Date(2026, 11, 1))"
                + ".filter(p => p.type === 'year' || p.type === 'month' || p.type === 'day').map(p => p.type)");
        for (int i = 0; i < order.size(); i++) {
            field.sendKeys(parts.get(order.get(i)));
            if (order.get(i).equals("year") && i < order.size() - 1) {
                field.sendKeys(Keys.ARROW_RIGHT);
            }
        }
        assertThat(field.getDomProperty("value")).as("the date typed into " + css + " (" + order + ")").isEqualTo(isoDate);
    }

    /** The stage shown on the proposal's own page. */
    static String stageOnProposalPage(Browser b, String id) {
        if (!b.path().startsWith("/proposals/" + id) || !b.has("#stage")) {
            b.open("/proposals/" + id);
        }
        return b.el("#stage").getText();
    }

    /** Runs the publication the chair's approval started (the job executor is off in tests). */
    void publish(String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> "PUBLISHED".equals(stage(id)));
    }

    String stage(String id) {
        var p = as("secretary").get().uri("/api/proposals/" + id).retrieve().body(Map.class);
        return p == null ? "" : String.valueOf(p.get("stage"));
    }

    @Test
    void theDraftCheckListsEachProblemOnceInChineseAndThePreviewShowsAListNeverJson() {
        var created = as("editor2").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "NEW", "title", "图书馆检查测试规范", "scope", "规定检查测试的要求", "reason", "测试"))
                .retrieve().body(Map.class);
        String id = String.valueOf(created.get("id"));
        opened.add(id);
        as("secretary").post().uri("/api/proposals/" + id + "/formal-check").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-CHK")).retrieve().toBodilessEntity();

        Browser editor = signIn("editor2");
        editor.open("/proposals/" + id + "/draft");
        CodeEditor source = new CodeEditor(editor);
        String text = source.text();
        assertThat(text).contains("本文件适用于……。");
        source.replaceAll(text.replace("本文件适用于……。", "本文件适用于……（见<<不存在的条>>）。") + "\n====\n未结束的示例\n");
        editor.type("#message", "检查测试");
        editor.clickAndWait("#save");
        editor.sees("已保存。");

        // The preview pane shows the problems as a list in Chinese, never the API's JSON.
        editor.driver().switchTo().frame(editor.el("#preview"));
        String preview = editor.waitFor("the preview", d -> {
            String body = d.findElement(By.tagName("body")).getText();
            return body.contains("草案暂时无法显示") ? body : null;
        });
        editor.driver().switchTo().defaultContent();
        assertThat(preview).contains("standard.adoc:", "块没有结束").doesNotContain("{", "Unprocessable", "problems");

        // The check lists each problem once, on its line, in Chinese.
        editor.clickAndWait("#check");
        List<String> items = editor.all("#findings li").stream().map(WebElement::getText).toList();
        assertThat(items.stream().filter(t -> t.contains("交叉引用的目标“不存在的条”不存在")).count()).isEqualTo(1);
        assertThat(items).allSatisfy(t -> assertThat(t).doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}"));
        editor.screenshot("03d-draft-check-problems", 1200);
        close(editor);
    }

    @Test
    void aFormWithoutATitleSaysSoNextToTheFieldAndKeepsWhatWasTyped() {
        Browser editor = signIn("editor2");
        editor.open("/proposals/new");
        editor.click("input[name=kind][value=NEW]")
                .type("#scope", "规定公共图书馆无障碍阅读服务的要求")
                .type("#reason", "落实无障碍环境建设法");

        // Title left empty: the browser itself keeps the form and says so at the field.
        editor.click("#proposal-form button[type=submit]");
        assertThat(editor.path()).isEqualTo("/proposals/new");
        assertThat(editor.el("#title").getDomProperty("validationMessage")).as("the browser's own message").isNotBlank();

        // Only spaces get past the browser; the server refuses, says why next to the field, keeps the rest.
        editor.type("#title", "   ");
        editor.clickAndWait("#proposal-form button[type=submit]");
        if (editor.path().matches("^/proposals/P[^/]+$")) {
            opened.add(proposalId(editor.path()));
        }
        editor.screenshot("09-proposal-form-missing-title");
        assertThat(editor.path()).as("no proposal is made without a title").doesNotMatch("^/proposals/P.*");
        assertThat(messageAt(editor, "#title")).as("the message next to the title field").contains("名称");
        assertThat(editor.value("#scope")).isEqualTo("规定公共图书馆无障碍阅读服务的要求");
        assertThat(editor.value("#reason")).isEqualTo("落实无障碍环境建设法");
        assertThat(editor.el("input[name=kind][value=NEW]").isSelected()).isTrue();
    }

    /**
     * The message a page shows at a field: the element the field names in aria-describedby, else a message element
     * right after the field (not the next field's label), else "" — a message only at the top of the page does not
     * count: on a long form nobody sees which field it means.
     */
    static String messageAt(Browser b, String css) {
        WebElement field = b.el(css);
        String described = field.getDomAttribute("aria-describedby");
        if (described != null && !described.isBlank()) {
            return b.el("#" + described.strip().split("\\s+")[0]).getText();
        }
        List<WebElement> next = field.findElements(By.xpath("following-sibling::*[1]"));
        if (!next.isEmpty() && !List.of("label", "input", "textarea", "select", "fieldset", "button")
                .contains(next.get(0).getTagName())) {
            return next.get(0).getText();
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The proposal id in "/proposals/{id}…". */
    static String proposalId(String path) {
        Matcher m = Pattern.compile("^/proposals/([^/?#]+)").matcher(path);
        assertThat(m.find()).as("a proposal page: " + path).isTrue();
        return m.group(1);
    }

    /** In 我的待办, follows the task of the proposal whose row names the stage. */
    static void openTask(Browser b, String id, String stage) {
        b.open("/workbench");
        WebElement row = b.waitFor("a task for " + id + " (" + stage + ")", d -> d.findElements(By.cssSelector("table.tasks tbody tr"))
                .stream().filter(r -> r.getText().contains(id) && r.getText().contains(stage)).findFirst().orElse(null));
        WebElement link = row.findElement(By.cssSelector("a.task-link"));
        b.clickAndWait(link, "the task " + link.getText() + " of " + id);
    }

    /** The text of the rendered preview in the sandboxed frame. */
    static String inPreview(Browser b) {
        var driver = b.driver();
        return b.waitFor("the rendered preview", d -> {
            try {
                d.switchTo().frame(b.el("#preview"));
                String body = d.findElement(By.tagName("body")).getText();
                return body.isBlank() ? null : body;
            } catch (RuntimeException e) {
                return null;
            } finally {
                driver.switchTo().defaultContent();
            }
        });
    }

    /** Scrolls the preview to the text with the mouse wheel over it, as a reader does (the sandbox runs no script). */
    static void showInPreview(Browser b, String text) {
        var driver = b.driver();
        WebElement frame = b.el("#preview");
        int y;
        try {
            driver.switchTo().frame(frame);
            y = driver.findElement(By.xpath("//*[contains(text(), '" + text + "')]")).getRect().getY();
        } finally {
            driver.switchTo().defaultContent();
        }
        new org.openqa.selenium.interactions.Actions(driver)
                .scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(frame), 0,
                        Math.max(0, y - 80))
                .perform();
    }

    @AfterEach
    void withdrawWhatAFailureLeftOpen() {
        for (String id : opened) {
            var p = as("secretary").get().uri("/api/proposals/" + id).retrieve().body(Map.class);
            String stage = p == null ? "" : String.valueOf(p.get("stage"));
            if (List.of("PROPOSED", "RETURNED", "DRAFTING", "COMMENTING", "DISPOSITION", "BALLOT", "APPROVAL").contains(stage)) {
                as(String.valueOf(p.get("proposer"))).post().uri("/api/proposals/" + id + "/withdrawal")
                        .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "浏览器测试未走完，撤回以免占用"))
                        .retrieve().toBodilessEntity();
            }
        }
    }
}

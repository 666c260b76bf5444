package cn.guifanku.render;

import static cn.guifanku.render.PublishedLayoutTest.CENTRE;
import static cn.guifanku.render.PublishedLayoutTest.LEFT;
import static cn.guifanku.render.PublishedLayoutTest.RIGHT;
import static cn.guifanku.render.PublishedLayoutTest.TOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.guifanku.render.PdfLines.Line;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Drafts: the stage, the date and the patent request on the cover, the stage beside the number in every header. */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftRenderingTest {

    private static final LocalDate DRAFTED = LocalDate.of(2024, 1, 15);
    private static final String PATENTS = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";

    private RenderedStandard draft;
    private List<Line> lines;
    /** A 报批稿 whose header has no 发布 or 实施 date yet. */
    private RenderedStandard approval;

    @BeforeAll
    void render(RenderedFixtures fixtures, AsciidoctorStandardRenderer renderer) {
        draft = fixtures.draft("basic", DraftStage.COMMENT_DRAFT, DRAFTED);
        lines = PdfLines.of(PdfGlyphs.of(draft.pdf()));
        String undated = TestSources.HEADER.replaceAll(":std-(issued|effective):.*\\n", "");
        approval = renderer.renderDraft(TestSources.of("approval", java.util.Map.of(SourceFiles.MAIN,
                undated + "\n[preface]\n== 前言\n\n前言。\n\n== 范围\n\n本文件规定了测试。\n")), DraftStage.APPROVAL_DRAFT, DRAFTED);
    }

    @Test
    void coverShowsTheStageAndDateUnderTheTitlesAndPlaceholdersForTheDates() {
        Line english = line(1, "Specificationforreadingservicesofancientbooksinlibraries");
        Line stage = line(1, "（征求意见稿）");
        Line date = line(1, "（本稿完成日期：2024-01-15）");
        assertThat(stage.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(date.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(stage.y()).isGreaterThan(english.y()).isLessThan(date.y());
        Line issued = line(1, "XXXX-XX-XX发布");
        Line effective = line(1, "XXXX-XX-XX实施");
        assertThat(issued.left()).isCloseTo(LEFT, offset(1.5f));
        assertThat(effective.right()).isCloseTo(RIGHT, offset(1.5f));
        assertThat(PdfGlyphs.text(draft.pdf(), 1)).as("no number or dates of a published edition")
                .doesNotContain("2019-05-20", "2019-09-01", "87.1—2019")
                .contains("WH/T 87.1—××××", "代替 WH/T 87.1—2012", "中华人民共和国文化和旅游部");
    }

    @Test
    void coverAsksForPatentsInABoxAboveTheDates() {
        Line request = line(1, PATENTS);
        assertThat(request.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(request.y()).isGreaterThan(line(1, "（本稿完成日期：2024-01-15）").y()).isLessThan(line(1, "XXXX-XX-XX发布").y());
        List<PdfRules.Segment> box = PdfRules.of(draft.pdf()).stream()
                .filter(s -> s.page() == 1 && Math.abs(s.y1() - s.y2()) < 0.1f && Math.abs(s.y1() - request.y()) < 20).toList();
        assertThat(box).as("rules of the box above and below the request").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.left()).isLessThan(request.left()))
                .anyMatch(s -> s.y1() < request.y() - 8).anyMatch(s -> s.y1() > request.y());
    }

    @Test
    void everyPageAfterTheCoverShowsTheStageBesideTheNumber() throws IOException {
        try (PDDocument document = Loader.loadPDF(draft.pdf())) {
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                int p = page;
                assertThat(lines).as("header of page %d", page)
                        .anyMatch(l -> l.page() == p && l.y() < TOP && l.compact().equals("WH/T87.1—××××（征求意见稿）"));
            }
        }
        assertThat(lines).noneMatch(l -> l.page() == 1 && l.y() < TOP);
    }

    @Test
    void htmlShowsTheStage() {
        Document page = Jsoup.parse(new String(draft.html(), StandardCharsets.UTF_8));
        assertThat(page.title()).isEqualTo("WH/T 87.1—×××× 图书馆古籍阅览服务规范（征求意见稿）");
        assertThat(page.body().hasClass("gbt-draft")).isTrue();
        assertThat(page.select(".gbt-running-header").text()).isEqualTo("WH/T 87.1—××××（征求意见稿）");
        assertThat(page.select(".gbt-number-main").text()).isEqualTo("WH/T 87.1—××××");
        Element cover = page.selectFirst("header.gbt-cover");
        assertThat(cover.select(".gbt-stage").text()).isEqualTo("（征求意见稿）");
        assertThat(cover.select(".gbt-draft-date").text()).isEqualTo("（本稿完成日期：2024-01-15）");
        assertThat(cover.select(".gbt-draft-date time").attr("datetime")).isEqualTo("2024-01-15");
        assertThat(cover.select(".gbt-patent-request").text()).isEqualTo(PATENTS);
        assertThat(cover.select(".gbt-dates").text()).isEqualTo("XXXX-XX-XX 发布 XXXX-XX-XX 实施");
        assertThat(page.select("main.gbt-body h2").eachText()).contains("1\u3000范围");
    }

    @Test
    void anApprovalDraftNeedsNoDatesAndAsksForNoPatents() {
        assertThat(approval.metadata().issued()).isNull();
        assertThat(approval.metadata().effective()).isNull();
        String cover = PdfGlyphs.text(approval.pdf(), 1);
        assertThat(cover).contains("（报批稿）", "（本稿完成日期：2024-01-15）", "XXXX-XX-XX 发布").doesNotContain("专利");
        assertThat(PdfGlyphs.text(approval.pdf(), 2)).contains("T/LSC 3—××××（报批稿）");
        Document page = Jsoup.parse(new String(approval.html(), StandardCharsets.UTF_8));
        assertThat(page.select(".gbt-stage").text()).isEqualTo("（报批稿）");
        assertThat(page.select(".gbt-patent-request")).isEmpty();
    }

    @Test
    void theHtmlOnlyRenderOfADraftIsTheDraftsHtml(RenderedFixtures fixtures, AsciidoctorStandardRenderer renderer) {
        assertThat(renderer.renderDraftHtml(TestSources.fixture("basic"), DraftStage.COMMENT_DRAFT, DRAFTED))
                .isEqualTo(draft.html());
    }

    @Test
    void aDraftMayLeaveItsYearOpen(AsciidoctorStandardRenderer renderer) {
        String open = TestSources.HEADER.replaceAll("(:std-number: .*—)\\d{4}", "$1××××");
        byte[] html = renderer.renderDraftHtml(TestSources.of("open", java.util.Map.of(SourceFiles.MAIN,
                open + "\n[preface]\n== 前言\n\n前言。\n\n== 范围\n\n本文件规定了测试。\n")), DraftStage.COMMENT_DRAFT, DRAFTED);
        assertThat(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select(".gbt-number-main").text()).endsWith("—××××");
    }

    @Test
    void aPublishedRenderOfTheSameFilesShowsNoStage(RenderedFixtures fixtures) {
        RenderedStandard published = fixtures.get("basic");
        assertThat(PdfGlyphs.text(published.pdf(), 1)).doesNotContain("征求意见稿", "XXXX").contains("2019-05-20 发布");
        assertThat(PdfGlyphs.text(published.pdf(), 2)).doesNotContain("征求意见稿");
        Document page = Jsoup.parse(new String(published.html(), StandardCharsets.UTF_8));
        assertThat(page.body().text()).doesNotContain("征求意见稿", "XXXX");
        assertThat(page.select(".gbt-running-header, .gbt-stage, .gbt-patent-request")).isEmpty();
    }

    private Line line(int page, String compact) {
        return lines.stream().filter(l -> l.page() == page && l.compact().equals(compact)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + compact + " on page " + page + ": "
                        + lines.stream().filter(l -> l.page() == page).map(Line::compact).toList()));
    }
}

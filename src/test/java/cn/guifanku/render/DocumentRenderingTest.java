package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.guifanku.render.PdfGlyphs.DrawnChar;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plain committee documents (render/committee): a 征求意见汇总处理表 in landscape and an 编制说明 in portrait,
 * without a cover or std-* metadata, the title heading page 1, the :doc-header: on top of every page.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentRenderingTest {

    private static final String DOC_HEADER = "WH/T 201—2024《公共图书馆读者服务规范》（征求意见稿）";
    private static final String TABLE_TITLE = "《公共图书馆读者服务规范》征求意见汇总处理表";
    private static final String NOTE_TITLE = "《公共图书馆读者服务规范》编制说明";
    private static final List<String> TABLE_HEAD = List.of("序号", "章条号", "意见内容", "提出人/单位", "处理意见及理由");

    private RenderedDocument table;
    private RenderedDocument note;
    /** The resolution table with 30 rows: it cannot fit on one page. */
    private RenderedDocument longTable;

    @BeforeAll
    void render(RenderedFixtures fixtures, AsciidoctorStandardRenderer renderer) {
        table = fixtures.document("committee", "comment-resolution.adoc");
        note = fixtures.document("committee", "explanatory-note.adoc");
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            rows.append("|").append(i).append(" |5.").append(i).append(" |建议把第").append(i)
                    .append("条的要求写得更具体，便于基层馆执行。 |某图书馆 |采纳。\n");
        }
        String source = "= " + TABLE_TITLE + "\n:doc-header: " + DOC_HEADER + "\n:page-layout: landscape\n\n"
                + "[cols=\"1,2,8,4,7\",options=\"header\"]\n|===\n|序号 |章条号 |意见内容 |提出人/单位 |处理意见及理由\n\n"
                + rows + "|===\n";
        longTable = renderer.renderDocument(TestSources.of("long", Map.of("long.adoc", source)), "long.adoc");
    }

    @Test
    void returnsThePlainTitleAndNoWarnings() {
        assertThat(table.title()).isEqualTo(TABLE_TITLE);
        assertThat(note.title()).isEqualTo(NOTE_TITLE);
        assertThat(table.warnings()).isEmpty();
        assertThat(note.warnings()).isEmpty();
    }

    @Test
    void resolutionTableHasNoCoverItsFirstPageShowsTheTitleAndTheTable() {
        String first = pdfText(table.pdf(), 1);
        assertThat(first).contains(TABLE_TITLE, "“范围”中“各级公共图书馆”宜改为", "上海图书馆", "部分采纳。")
                .contains(TABLE_HEAD)
                .doesNotContain("发布", "实施", "ICS", "目次", "前言");
        // the title, then the table: the title stands above the table's head
        assertThat(line(table.pdf(), 1, TABLE_TITLE).get(0).y()).isLessThan(line(table.pdf(), 1, "处理意见及理由").get(0).y());
    }

    @Test
    void titleIsCentredInHeiAtTheTopOfTheFirstPageBelowTheRunningHeader() throws IOException {
        for (RenderedDocument document : List.of(table, note)) {
            List<DrawnChar> title = line(document.pdf(), 1, document.title());
            float left = title.get(0).x();
            float right = title.get(title.size() - 1).x() + title.get(title.size() - 1).width();
            assertThat((left + right) / 2).as("centre of %s", document.title()).isCloseTo(pageWidth(document.pdf()) / 2, offset(3f));
            assertThat(title).as("黑体 title").allSatisfy(c -> assertThat(c.fontName()).contains("WenQuanYiMicroHei"));
            float headerY = line(document.pdf(), 1, DOC_HEADER).get(0).y();
            assertThat(title.get(0).y()).as("title below the running header").isGreaterThan(headerY).isLessThan(headerY + 60);
            List<DrawnChar> body = PdfGlyphs.of(document.pdf()).stream()
                    .filter(c -> c.page() == 1 && !c.text().isBlank() && c.y() > headerY + 1).toList();
            assertThat(body.stream().map(DrawnChar::y).min(Float::compare).orElseThrow())
                    .as("nothing between the running header and the title").isCloseTo(title.get(0).y(), offset(1f));
        }
    }

    @Test
    void resolutionTableIsOnA4LandscapePages() throws IOException {
        try (PDDocument document = Loader.loadPDF(table.pdf())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getRotation()).isZero();
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            }
        }
    }

    @Test
    void explanatoryNoteIsOnA4PortraitPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(note.pdf())) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            }
        }
    }

    @Test
    void everyPageCarriesTheDocHeaderOnTopAndItsNumberAtTheFoot() throws IOException {
        for (RenderedDocument document : List.of(table, note, longTable)) {
            int pages = pageCount(document.pdf());
            for (int page = 1; page <= pages; page++) {
                String text = pdfText(document.pdf(), page);
                assertThat(text).as("%s page %d", document.title(), page).contains(DOC_HEADER.replace(" ", ""))
                        .contains("第" + page + "页共" + pages + "页");
                List<DrawnChar> header = line(document.pdf(), page, DOC_HEADER);
                List<DrawnChar> folio = line(document.pdf(), page, "第" + page + "页");
                assertThat(header.get(0).y()).as("header on top").isLessThan(25 * 72 / 25.4f);
                assertThat(folio.get(0).y()).as("folio at the foot").isGreaterThan(pageHeight(document.pdf()) - 20 * 72 / 25.4f);
            }
        }
    }

    @Test
    void longTableRunsOnOverLandscapePagesWithItsHeadRepeated() throws IOException {
        assertThat(pageCount(longTable.pdf())).isGreaterThan(1);
        assertThat(pdfText(longTable.pdf(), 2)).contains(TABLE_HEAD).doesNotContain(TABLE_TITLE);
        try (PDDocument document = Loader.loadPDF(longTable.pdf())) {
            assertThat(document.getPage(1).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
    }

    @Test
    void drawsChineseTextWithRealGlyphsOfOurEmbeddedFonts() {
        for (RenderedDocument document : List.of(table, note)) {
            List<DrawnChar> cjk = PdfGlyphs.of(document.pdf()).stream()
                    .filter(c -> PdfGlyphs.isCjk(c.text()) && !c.text().isBlank()).toList();
            assertThat(cjk).as(document.title()).hasSizeGreaterThan(200).allSatisfy(c -> {
                assertThat(c.embedded()).as("%s embedded", c.text()).isTrue();
                assertThat(PdfGlyphs.isOurCjkFont(c.fontName())).as("font of %s: %s", c.text(), c.fontName()).isTrue();
                assertThat(c.realGlyph()).as("glyph of %s in %s on page %d", c.text(), c.fontName(), c.page()).isTrue();
            });
        }
    }

    @Test
    void explanatoryNoteAsksForNumberedClausesAndGetsThemAfterGbt11() {
        String pdf = pdfText(note.pdf(), 1);
        assertThat(pdf).contains(NOTE_TITLE, "1工作简况", "1.1任务来源", "1.2主要工作过程", "2标准编制原则和主要内容",
                "表1试点验证结果", "——规定了读者服务的基本要求", "2023年6月，成立起草组");
        Document page = html(note);
        assertThat(page.select("h2").eachText()).containsExactly("1\u3000工作简况", "2\u3000标准编制原则和主要内容",
                "3\u3000主要试验（或验证）情况", "4\u3000与有关法律、行政法规及相关标准的关系");
        assertThat(page.select("h3").eachText()).containsExactly("1.1\u3000任务来源", "1.2\u3000主要工作过程");
        assertThat(page.select("caption").eachText()).containsExactly("表 1\u3000试点验证结果");
        assertThat(page.text()).contains("2023年6月，成立起草组"); // from note/process.adoc
    }

    @Test
    void clausesAreNotNumberedAndThereIsNoTableOfContentsUnlessTheDocumentAsks(AsciidoctorStandardRenderer renderer) {
        RenderedDocument plain = renderer.renderDocument(TestSources.of("plain", Map.of("note.adoc",
                "= 说明\n\n== 工作简况\n\n正文。\n\n=== 任务来源\n\n计划。\n")), "note.adoc");
        Document page = html(plain);
        assertThat(page.select("h2").eachText()).containsExactly("工作简况");
        assertThat(page.select("h3").eachText()).containsExactly("任务来源");
        assertThat(page.select("#toc")).isEmpty();
        assertThat(page.select(".gbt-doc-header")).isEmpty();
        assertThat(pdfText(plain.pdf(), 1)).contains("说明", "工作简况\n", "任务来源\n", "第1页共1页")
                .doesNotContain("1工作简况", "目次", "{doc-header}");
    }

    @Test
    void htmlPageHasTheTitleTheHeaderAndTheTableAndNoCoverOrScript() {
        String html = new String(table.html(), StandardCharsets.UTF_8);
        Document page = html(table);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"UTF-8\">");
        assertThat(page.title()).isEqualTo(TABLE_TITLE);
        assertThat(page.select("h1").eachText()).containsExactly(TABLE_TITLE);
        assertThat(page.select("h1.gbt-doc-title")).hasSize(1);
        assertThat(page.select(".gbt-doc-header").text()).isEqualTo(DOC_HEADER);
        assertThat(page.body().hasClass("gbt-landscape")).isTrue();
        assertThat(page.select("table thead th").eachText()).containsExactlyElementsOf(TABLE_HEAD);
        assertThat(page.select("table tbody tr")).hasSize(6);
        assertThat(page.select("table tbody tr").get(0).select("td").eachText())
                .containsExactly("1", "1", "“范围”中“各级公共图书馆”宜改为“县级以上公共图书馆”，乡镇（街道）综合文化站图书室的条件差别较大，难以统一要求。",
                        "上海图书馆", "采纳。范围改为“本文件适用于县级以上公共图书馆，其他公共图书馆参照执行”。");
        assertThat(page.select("header.gbt-cover, .gbt-number, .gbt-end-line")).isEmpty();
        assertThat(page.select("script, link, iframe, object, embed")).isEmpty();
        assertThat(html).doesNotContain("@import", "url(", "http://", "https://", "Table 1", "Last updated");
        assertThat(html(note).body().hasClass("gbt-landscape")).isFalse();
    }

    private static Document html(RenderedDocument document) {
        return Jsoup.parse(new String(document.html(), StandardCharsets.UTF_8));
    }

    /** The characters that draw {@code text} (spaces aside) on a page, in order. */
    static List<DrawnChar> line(byte[] pdf, int page, String text) {
        List<DrawnChar> drawn = PdfGlyphs.of(pdf).stream().filter(c -> c.page() == page && !c.text().isBlank()).toList();
        String wanted = text.replaceAll("\\s", "");
        StringBuilder all = new StringBuilder();
        List<Integer> charAt = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            all.append(drawn.get(i).text());
            for (int k = 0; k < drawn.get(i).text().length(); k++) {
                charAt.add(i);
            }
        }
        int start = all.indexOf(wanted);
        assertThat(start).as("“%s” on page %d of %s", text, page, all).isNotNegative();
        return drawn.subList(charAt.get(start), charAt.get(start + wanted.length() - 1) + 1);
    }

    /** A page's text with spaces (ideographic ones too) taken out: PDF text extraction guesses them. */
    private static String pdfText(byte[] pdf, int page) {
        return PdfGlyphs.text(pdf, page).replaceAll("[ \t\u3000\u00a0]", "");
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static float pageWidth(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox().getWidth();
        }
    }

    private static float pageHeight(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox().getHeight();
        }
    }
}

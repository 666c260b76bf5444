package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.PdfGlyphs.DrawnChar;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRenderingTest {

    private RenderedFixtures fixtures;
    private byte[] pdf;

    @BeforeAll
    void render(RenderedFixtures fixtures) {
        this.fixtures = fixtures;
        pdf = fixtures.get("basic").pdf();
    }

    @Test
    void extractsTheTitleAndTheBodyText() {
        String all = PdfGlyphs.text(pdf, 1) + PdfGlyphs.text(pdf, 2) + PdfGlyphs.text(pdf, 3) + PdfGlyphs.text(pdf, 4);
        assertThat(all).contains("图书馆古籍阅览服务规范", "本文件规定了图书馆古籍阅览服务的基本要求", "中国古代书籍的简称");
    }

    @Test
    void drawsChineseTextWithRealGlyphsOfOurEmbeddedFonts() {
        List<DrawnChar> cjk = PdfGlyphs.of(pdf).stream().filter(c -> PdfGlyphs.isCjk(c.text()) && !c.text().isBlank()).toList();
        assertThat(cjk).hasSizeGreaterThan(300).allSatisfy(c -> {
            assertThat(c.embedded()).as("%s embedded", c.text()).isTrue();
            assertThat(ourFont(c.fontName())).as("font of %s: %s", c.text(), c.fontName()).isTrue();
            assertThat(c.realGlyph()).as("glyph of %s in %s on page %d", c.text(), c.fontName(), c.page()).isTrue();
        });
    }

    @Test
    void drawsRareCharactersOutsideGb2312WithTheFallbackFonts() {
        RenderedStandard rare = fixtures.get("rare-characters");
        List<DrawnChar> drawn = PdfGlyphs.of(rare.pdf());
        for (String character : List.of("㐂", "䶮", "𪚥", "鬱", "龘", "𠀾", "⿰", "⿱")) {
            assertThat(drawn).as(character).filteredOn(c -> c.text().equals(character)).isNotEmpty().allSatisfy(c -> {
                assertThat(ourFont(c.fontName())).as("font of %s: %s", character, c.fontName()).isTrue();
                assertThat(c.realGlyph()).as("glyph of %s in %s", character, c.fontName()).isTrue();
            });
        }
        assertThat(rare.warnings()).noneMatch(w -> w.message().contains("Could not locate"));
    }

    @Test
    void coverFollowsGbt11AndHasNoRunningHeader() {
        String cover = PdfGlyphs.text(pdf, 1);
        assertThat(cover).contains("ICS 01.140.20", "CCS A14", "中华人民共和国文化行业标准", "WH/T 87.1—2019", "代替 WH/T 87.1—2012",
                "图书馆古籍阅览服务规范", "Specification for reading services of ancient books in libraries", "2019-05-20 发布",
                "2019-09-01 实施", "中华人民共和国文化和旅游部");
        assertThat(cover).containsOnlyOnce("WH/T 87.1—2019");
    }

    @Test
    void everyPageAfterTheCoverCarriesTheNumberInItsHeader() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(4);
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                assertThat(PdfGlyphs.text(pdf, page)).as("page %d", page).contains("WH/T 87.1—2019");
            }
            PDRectangle a4 = PDRectangle.A4;
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void pagesTheFrontMatterInRomanAndTheBodyInArabicFromScope() {
        assertThat(lastLine(PdfGlyphs.text(pdf, 2))).isEqualTo("I"); // 目次
        assertThat(PdfGlyphs.text(pdf, 2).replaceAll("[\\s\u3000]", "")).contains("目次");
        assertThat(lastLine(PdfGlyphs.text(pdf, 3))).isEqualTo("II"); // 前言
        assertThat(PdfGlyphs.text(pdf, 4)).contains("范围");
        assertThat(lastLine(PdfGlyphs.text(pdf, 4))).isEqualTo("1");
    }

    @Test
    void labelsAnnexesTablesAndListsAfterGbt11() {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= 8; page++) {
            try {
                all.append(PdfGlyphs.text(pdf, page));
            } catch (RuntimeException pastTheEnd) {
                break;
            }
        }
        assertThat(all).contains("附录 A", "（规范性）", "表 1", "表 A.1", "注：", "[1] GB/T 4894—2009", "a) 温度宜为",
                        "b) 相对湿度", "—— 古籍版本知识")
                .doesNotContain("Chapter", "Appendix", "Table", "\u25aa");
    }

    private static boolean ourFont(String name) {
        return PdfGlyphs.isOurCjkFont(name);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}

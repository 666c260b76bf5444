package cn.guifanku.render;

import static cn.guifanku.render.PublishedLayoutTest.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.data.Offset.offset;

import cn.guifanku.render.PdfLines.Line;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures from the standard's folder: WH/T 203—2025 has an SVG with Chinese labels (图 1) and a PNG with transparency
 * in annex B (图 B.1); documents made here try every way an image could come from elsewhere.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureRenderingTest {

    /** The line of the first line of a body given to {@link #document}. */
    private static final int BODY = TestSources.HEADER.split("\n").length + 2;

    private AsciidoctorStandardRenderer renderer;
    private RenderedStandard sample;
    private Document html;
    private List<Line> lines;

    @BeforeAll
    void render(AsciidoctorStandardRenderer renderer, RenderedFixtures fixtures) {
        this.renderer = renderer;
        sample = fixtures.sample("wh-t-203/2025");
        html = Jsoup.parse(new String(sample.html(), StandardCharsets.UTF_8));
        lines = PdfLines.of(PdfGlyphs.of(sample.pdf()));
    }

    @Test
    void figuresAreEmbeddedInTheHtmlWithTheirNumberAndTitleBelow() {
        List<Element> figures = html.select(".imageblock");
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).selectFirst("img").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(figures.get(1).selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(figures).allSatisfy(figure -> assertThat(figure.child(0).hasClass("content")).isTrue());
        assertThat(figures.get(0).child(1).text()).isEqualTo("图 1\u3000图书馆员职业能力构成");
        assertThat(figures.get(1).child(1).text()).isEqualTo("图 B.1\u3000年度继续教育学时构成示例");
        assertThat(sample.warnings()).isEmpty();
    }

    @Test
    void aReferenceToAFigureReadsAsItsNumber() {
        assertThat(html.select("a[href=\"#fig-competence\"]").eachText()).containsExactly("图 1");
        assertThat(html.select("a[href=\"#fig-hours\"]").eachText()).containsExactly("图 B.1");
        assertThat(lines).anyMatch(l -> l.compact().equals("职业能力的构成见图1。"));
    }

    @Test
    void thePdfDrawsTheSvgTextInOurFontsAndCentresEachTitleUnderItsFigure() {
        Line svgLabel = line("职业道德");
        assertThat(svgLabel.chars()).allSatisfy(c -> {
            assertThat(PdfGlyphs.isOurCjkFont(c.fontName())).as(c.fontName()).isTrue();
            assertThat(c.realGlyph()).isTrue();
        });
        Line caption = line("图1图书馆员职业能力构成");
        assertThat(caption.centre()).isCloseTo(CENTRE, offset(1.5f));
        assertThat(caption.y()).as("below the drawing").isGreaterThan(svgLabel.y());
        assertThat(caption.page()).isEqualTo(svgLabel.page());

        Line annexCaption = line("图B.1年度继续教育学时构成示例");
        List<PdfRules.Image> images = PdfRules.images(sample.pdf());
        assertThat(images).singleElement().satisfies(png -> {
            assertThat(png.page()).isEqualTo(annexCaption.page());
            assertThat(png.x() + png.width() / 2).isCloseTo(CENTRE, offset(1f));
            assertThat(annexCaption.y()).isGreaterThan(png.y() + png.height());
        });
        assertThat(annexCaption.centre()).isCloseTo(CENTRE, offset(1.5f));
    }

    @Test
    void anImageOutsideTheFolderIsNotEmbeddedAndNamedWithItsLine() {
        RenderedStandard rendered = renderer.render(document("""
                == 范围

                image::https://tracker.example/p.png[远程]

                image::../other/leak.png[上级]

                image::/etc/leak.png[绝对]

                image::data:image/svg+xml;base64,PHN2Zy8+[写在文中的数据]
                """, Map.of()));
        assertThat(TestSources.warningLines(rendered.warnings(), "不允许的图片")).containsExactly(
                "standard.adoc:" + (BODY + 2), "standard.adoc:" + (BODY + 4), "standard.adoc:" + (BODY + 6),
                "standard.adoc:" + (BODY + 8));
        String page = new String(rendered.html(), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("img, a[href*=tracker]")).isEmpty();
        assertThat(Jsoup.parse(page).select(".sectionbody p").eachText()).containsExactly(
                "[不允许的图片：https?//tracker.example/p.png]", "[不允许的图片：../other/leak.png]", "[不允许的图片：/etc/leak.png]",
                "[不允许的图片：data?image/svg?xml?base64?PHN2Zy8?]");
        assertThat(PdfRules.images(rendered.pdf())).isEmpty();
    }

    @Test
    void aMissingOversizedOrScriptedImageIsAnErrorAtItsLine() throws IOException {
        byte[] huge = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 6, 0, 0, 0}, 0, huge, 0, 29);
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put("huge.png", huge);
        images.put("evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));
        images.put("big.jpg", new byte[(int) RenderLimits.DEFAULTS.maxImageSize() + 1]);
        RenderFailedException failed = catchThrowableOfType(RenderFailedException.class, () -> renderer.renderHtml(document("""
                == 范围

                image::missing.png[缺]

                image::huge.png[大]

                image::evil.svg[脚本]

                image::big.jpg[文件大]
                """, images)));
        assertThat(failed.problems()).extracting(p -> p.file() + ":" + p.line() + " " + p.severity()).containsExactly(
                "standard.adoc:" + (BODY + 2) + " ERROR", "standard.adoc:" + (BODY + 4) + " ERROR",
                "standard.adoc:" + (BODY + 6) + " ERROR", "standard.adoc:" + (BODY + 8) + " ERROR");
        assertThat(failed.problems()).extracting(RenderProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("找不到图片文件：missing.png"),
                m -> assertThat(m).contains("30000×30000 像素"),
                m -> assertThat(m).contains("<script>", "onload="),
                m -> assertThat(m).contains("超过每个图片的上限"));
    }

    @Test
    void aJpegInASubfolderIsAFigureToo() throws IOException {
        RenderedStandard rendered = renderer.render(document("""
                == 范围

                .馆舍照片
                image::images/photo.jpg[馆舍,width=200]
                """, Map.of("images/photo.jpg", FigureImagesTest.png(120, 80, "jpg"))));
        assertThat(Jsoup.parse(new String(rendered.html(), StandardCharsets.UTF_8)).select(".imageblock img").attr("src"))
                .startsWith("data:image/jpeg;base64,");
        assertThat(PdfRules.images(rendered.pdf())).singleElement()
                .satisfies(jpeg -> assertThat(jpeg.width()).isCloseTo(150f, offset(1f)));
        assertThat(rendered.warnings()).isEmpty();
    }

    @Test
    void aDraftShowsItsFigures() {
        byte[] draft = renderer.renderDraftHtml(TestSources.folder(java.nio.file.Path.of("standards", "wh-t-203", "2025")),
                DraftStage.COMMENT_DRAFT, java.time.LocalDate.of(2026, 1, 5));
        assertThat(Jsoup.parse(new String(draft, StandardCharsets.UTF_8)).select(".imageblock img").eachAttr("src"))
                .hasSize(2).allSatisfy(src -> assertThat(src).startsWith("data:image/"));
    }

    private Line line(String compact) {
        return lines.stream().filter(l -> l.compact().equals(compact)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + compact));
    }

    private static SourceFiles document(String body, Map<String, byte[]> images) {
        SourceFiles text = TestSources.document(body);
        return new SourceFiles() {
            @Override
            public String label() {
                return text.label();
            }

            @Override
            public Optional<String> read(String relativePath) {
                return text.read(relativePath);
            }

            @Override
            public Optional<byte[]> readBytes(String relativePath) {
                return Optional.ofNullable(images.get(relativePath));
            }
        };
    }
}

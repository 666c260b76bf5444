package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Renders render/hostile/hostile-note.adoc as a plain document, once: the same guards hold as for a standard,
 * and the document cannot make itself a standard (cover, GB/T 1.1 paging) or change the page.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeDocumentRenderingTest {

    private static final String MAIN = "hostile-note.adoc";

    private RenderedDocument rendered;
    private String html;
    private Document page;

    @BeforeAll
    void render(AsciidoctorStandardRenderer renderer) {
        rendered = renderer.renderDocument(TestSources.fixture("hostile"), MAIN);
        html = new String(rendered.html(), StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    @Test
    void rejectsIncludesOutsideTheFolderAndNamesTheDocumentInWarnings() {
        for (String output : List.of(html, allPdfText())) {
            assertThat(output).doesNotContain("SECRET-MARKER", "root:x:0");
        }
        assertThat(page.text()).contains("[不允许的引用：../other/secret.adoc]", "[不允许的引用：/etc/passwd]",
                "PART-MARKER", "NOTE-MARKER");
        assertThat(warningLines("不允许的引用")).contains(MAIN + ":21", MAIN + ":23", "sub/part.adoc:3");
    }

    @Test
    void passthroughsReachTheOutputOnlyAsText() {
        assertThat(page.select("script, iframe, object, embed")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style")));
        assertThat(page.text()).contains("<script>alert('block')</script>", "<script>alert('inline')</script>",
                "<script>alert('paragraph')</script>");
        assertThat(warningLines("直通")).contains(MAIN + ":29", MAIN + ":33", MAIN + ":35");
    }

    @Test
    void linksAndImagesAreGuarded() throws IOException {
        assertThat(html.toLowerCase()).doesNotContain("javascript:");
        assertThat(page.select(".blocked-link").eachText()).contains("点我");
        assertThat(page.select("a[href]").eachAttr("href")).contains("https://www.nlc.cn");
        assertThat(new String(rendered.pdf(), StandardCharsets.ISO_8859_1).toLowerCase()).doesNotContain("javascript");
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            for (PDPage pdfPage : document.getPages()) {
                for (COSName name : pdfPage.getResources().getXObjectNames()) {
                    assertThat(pdfPage.getResources().isImageXObject(name)).as("image %s", name).isFalse();
                }
            }
        }
        assertThat(warningLines("不允许的链接")).contains(MAIN + ":38");
        assertThat(warningLines("不允许的图片")).contains(MAIN + ":40");
    }

    @Test
    void documentCannotTurnItselfIntoAStandardOrChangeThePage() throws IOException {
        Element attributes = page.select("p").stream().filter(p -> p.text().startsWith("布局=")).findFirst().orElseThrow();
        assertThat(attributes.text()).isEqualTo(
                "布局=document；主题=gbt-document；主题目录=uri:classloader:/themes；远程读取={allow-uri-read}；样式={stylesheet}。");
        String first = PdfGlyphs.text(rendered.pdf(), 1);
        // no cover: page 1 starts with the title and goes on with the body, and has no issue dates
        assertThat(first).contains("恶意说明测试", "引用", "恶意页眉").doesNotContain("发布", "实施");
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        }
        assertThat(page.select("header.gbt-cover")).isEmpty();
        assertThat(rendered.title()).isEqualTo("恶意说明测试");
    }

    private String allPdfText() {
        return PdfGlyphs.allText(rendered.pdf());
    }

    private List<String> warningLines(String messagePart) {
        return TestSources.warningLines(rendered.warnings(), messagePart);
    }
}

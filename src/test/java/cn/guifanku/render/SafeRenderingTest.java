package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Renders render/hostile, a document that tries every way out we know of, once, and checks what came out. */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeRenderingTest {

    /** The theme folder the hostile document names; it exists, so only our locking keeps it out. */
    private static final Path EVIL_THEMES = Path.of("/tmp/guifanku-evil-theme");

    private RenderedStandard rendered;
    private String html;
    private Document page;

    @BeforeAll
    void render(AsciidoctorStandardRenderer renderer) throws IOException {
        Files.createDirectories(EVIL_THEMES);
        Files.writeString(EVIL_THEMES.resolve("evil-theme.yml"), "extends: default\npage:\n  size: A6\nbase:\n  font_color: FF0000\n");
        BufferedImage pixel = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(pixel, "png", EVIL_THEMES.resolve("leak.png").toFile());
        rendered = renderer.render(TestSources.fixture("hostile"));
        html = new String(rendered.html(), StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    @AfterAll
    void removeEvilTheme() throws IOException {
        Files.deleteIfExists(EVIL_THEMES.resolve("evil-theme.yml"));
        Files.deleteIfExists(EVIL_THEMES.resolve("leak.png"));
        Files.deleteIfExists(EVIL_THEMES);
    }

    @Test
    void rejectsIncludesOutsideTheFolderAndShowsAPlaceholder() {
        String pdfText = allPdfText();
        for (String output : List.of(html, pdfText)) {
            assertThat(output).doesNotContain("SECRET-MARKER", "root:x:0");
        }
        assertThat(page.text()).contains("[不允许的引用：../other/secret.adoc]", "[不允许的引用：/etc/passwd]",
                "[不允许的引用：https?//example.com/remote.adoc]");
        assertThat(warningLines("不允许的引用")).contains("standard.adoc:27", "standard.adoc:29", "standard.adoc:31",
                "sub/part.adoc:3");
    }

    @Test
    void servesIncludesInsideTheFolderRelativeToTheIncludingFile() {
        assertThat(page.text()).contains("PART-MARKER", "NOTE-MARKER");
    }

    @Test
    void passthroughsReachTheOutputOnlyAsText() {
        assertThat(page.select("script, iframe, object, embed")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style")));
        assertThat(page.text()).contains("<script>alert('block')</script>", "<script>alert('inline')</script>",
                "<img src=x onerror=alert(3)>", "<script>alert('paragraph')</script>", "<i onclick=alert(6)>subs</i>");
        assertThat(warningLines("直通")).contains("standard.adoc:37", "standard.adoc:41", "standard.adoc:43",
                "standard.adoc:45");
        assertThat(warningLines("subs")).contains("standard.adoc:48");
    }

    @Test
    void linksWithOtherSchemesBecomePlainTextInHtml() {
        assertThat(html.toLowerCase()).doesNotContain("javascript:", "file:", "data:");
        assertThat(page.select("a[href]").eachAttr("href")).contains("https://www.nlc.cn", "mailto:tc389@example.org", "#_引用")
                .allMatch(href -> href.startsWith("https:") || href.startsWith("mailto:") || href.startsWith("#"));
        assertThat(page.select(".blocked-link").eachText()).contains("点我", "[不允许的链接]", "再点", "本地文件", "数据");
        assertThat(warningLines("不允许的链接")).contains("standard.adoc:53", "standard.adoc:55");
    }

    @Test
    void linksWithOtherSchemesBecomeNoPdfAnnotation() throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            for (PDPage pdfPage : document.getPages()) {
                for (PDAnnotation annotation : pdfPage.getAnnotations()) {
                    COSDictionary action = annotation.getCOSObject().getCOSDictionary(COSName.A);
                    if (action != null) {
                        assertThat(action.getNameAsString(COSName.S)).isEqualTo("URI");
                        uris.add(action.getString(COSName.URI));
                    }
                }
            }
        }
        assertThat(uris).contains("https://www.nlc.cn", "mailto:tc389@example.org")
                .allMatch(uri -> uri.startsWith("https:") || uri.startsWith("mailto:"));
        assertThat(new String(rendered.pdf(), StandardCharsets.ISO_8859_1).toLowerCase()).doesNotContain("javascript");
    }

    @Test
    void documentCannotOverrideTheAttributesThatSteerTheRenderer() throws IOException {
        Element attributes = page.select("p").stream().filter(p -> p.text().startsWith("主题目录=")).findFirst().orElseThrow();
        assertThat(attributes.text()).isEqualTo("主题目录=uri:classloader:/themes；远程读取={allow-uri-read}；样式={stylesheet}。");
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(PdfGlyphs.of(rendered.pdf())).filteredOn(c -> PdfGlyphs.isCjk(c.text()))
                .allMatch(c -> c.fontName().contains("BousungEG") || c.fontName().contains("WenQuanYi"));
    }

    @Test
    void readsNoImageFromTheFileSystem() throws IOException {
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            for (PDPage pdfPage : document.getPages()) {
                for (COSName name : pdfPage.getResources().getXObjectNames()) {
                    assertThat(pdfPage.getResources().isImageXObject(name)).as("image %s", name).isFalse();
                }
            }
            assertThat(PdfGlyphs.text(rendered.pdf(), 1)).contains("恶意文档测试");
        }
        assertThat(warningLines("不允许的图片")).contains("standard.adoc:61", "standard.adoc:63");
    }

    private String allPdfText() {
        return PdfGlyphs.allText(rendered.pdf());
    }

    private List<String> warningLines(String messagePart) {
        return TestSources.warningLines(rendered.warnings(), messagePart);
    }
}

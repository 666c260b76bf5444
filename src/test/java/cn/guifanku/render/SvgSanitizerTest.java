package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An SVG figure keeps its drawing and loses everything that could act or reach out; its fonts become ours. */
class SvgSanitizerTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"100\" height=\"50\">";

    private final SvgSanitizer sanitizer = new SvgSanitizer();

    private SvgSanitizer.Result sanitize(String body) {
        return sanitizer.sanitize((OPEN + body + "</svg>").getBytes(StandardCharsets.UTF_8));
    }

    private String clean(String body) {
        SvgSanitizer.Result result = sanitize(body);
        assertThat(result.refusal()).isNull();
        return new String(result.svg(), StandardCharsets.UTF_8);
    }

    @Test
    void aScriptAnEventHandlerOrForeignHtmlRefusesTheFigure() {
        assertThat(sanitize("<script>alert(1)</script>").refusal()).contains("<script>");
        assertThat(sanitize("<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>").refusal()).contains("onload=");
        assertThat(sanitize("<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>").refusal())
                .contains("<foreignObject>");
        assertThat(sanitize("<a href=\"javascript:alert(1)\"><text>x</text></a>").refusal()).contains("<a>");
        assertThat(sanitize("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>").refusal()).contains("<set>");
    }

    @Test
    void aReferenceOutsideTheFileRefusesTheFigure() {
        assertThat(sanitize("<use xlink:href=\"file:///etc/passwd#x\"/>").refusal()).contains("外部引用");
        assertThat(sanitize("<image href=\"https://tracker.example/p.png\"/>").refusal()).contains("<image>");
        assertThat(sanitize("<rect fill=\"url(https://tracker.example/p.svg#g)\"/>").refusal()).contains("外部引用");
        assertThat(sanitize("<style>@import url(https://tracker.example/a.css);</style>").refusal()).contains("外部引用");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + OPEN + "<text>&b;</text></svg>";
        assertThat(sanitizer.sanitize(bomb.getBytes(StandardCharsets.UTF_8)).refusal()).contains("DOCTYPE");
    }

    @Test
    void referencesInsideTheFileStay() {
        String svg = clean("<defs><marker id=\"m\"><path d=\"M0,0 L1,1\"/></marker></defs>"
                + "<path d=\"M0,0 L9,9\" marker-end=\"url(#m)\"/><use xlink:href=\"#m\"/>");
        assertThat(svg).contains("url(#m)", "href=\"#m\"");
    }

    @Test
    void anEditorsOwnElementsAndAttributesAndCommentsAreDropped() {
        String svg = clean("<!-- made by hand --><metadata><x/></metadata>"
                + "<inkscape:grid/><g inkscape:label=\"层 1\"><rect width=\"1\" height=\"1\"/></g>");
        assertThat(svg).doesNotContain("inkscape:grid", "inkscape:label", "metadata", "made by hand").contains("<rect");
    }

    @Test
    void everyFontBecomesOneThePdfEmbeds() {
        String svg = clean("<text font-family=\"Arial, sans-serif\">流程</text><text style=\"font-family:'SimSun';fill:red\">开始</text>"
                + "<style>.t { font-family: Microsoft YaHei; }</style><text>结束</text>");
        assertThat(svg).contains("font-family=\"GBT Hei, sans-serif\"", "font-family: GBT Song, serif;fill:red",
                ".t { font-family: GBT Hei, sans-serif; }").doesNotContain("Arial", "SimSun", "YaHei");
        assertThat(svg).as("the root's font, for text that names none").containsPattern("<svg [^>]*font-family=\"GBT Song, serif\"");
    }

    @Test
    void aLabelWithACharacterOurSvgFontsLackIsRefused() {
        assertThat(sanitize("<text>文献 ABC 123 —　。</text>").refusal()).isNull();
        assertThat(sanitize("<text>古籍 𪚥</text>").refusal()).contains("“𪚥”", "宋体", "PNG");
    }

    @Test
    void whatIsNotSvgIsRefused() {
        assertThat(sanitizer.sanitize("<html/>".getBytes(StandardCharsets.UTF_8)).refusal()).contains("不是 SVG 文件");
        assertThat(sanitizer.sanitize("not xml".getBytes(StandardCharsets.UTF_8)).refusal()).contains("不是可读的 SVG 文件");
    }
}

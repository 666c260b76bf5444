package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void removesScriptsHandlersAndStyles() {
        String clean = sanitizer.clean("<div class=\"paragraph\" style=\"color:red\" onclick=\"x()\"><p>文<script>alert(1)</script>"
                + "<img src=\"x.png\" onerror=\"alert(2)\" alt=\"图\"></p></div><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).isEqualTo("<div class=\"paragraph\"><p>文<img src=\"x.png\" alt=\"图\"></p></div>");
    }

    @Test
    void keepsHttpMailtoAndFragmentLinksOnly() {
        String clean = sanitizer.clean("<a href=\"https://a.cn/\">1</a><a href=\"mailto:x@y.cn\">2</a><a href=\"#_范围\">3</a>"
                + "<a href=\"javascript:alert(1)\">4</a><a href=\"ftp://a.cn\">5</a><a href=\"data:text/html,x\">6</a>");
        assertThat(clean).isEqualTo("<a href=\"https://a.cn/\">1</a><a href=\"mailto:x@y.cn\">2</a><a href=\"#_范围\">3</a>"
                + "<a>4</a><a>5</a><a>6</a>");
    }

    @Test
    void keepsTableStructureAndColumnWidths() {
        String clean = sanitizer.clean("<table class=\"tableblock frame-all\"><colgroup><col style=\"width: 25%;\"></colgroup>"
                + "<tbody><tr><td class=\"tableblock halign-left\" colspan=\"2\" rowspan=\"3\">x</td></tr></tbody></table>");
        assertThat(clean).isEqualTo("<table class=\"tableblock frame-all\"><colgroup><col width=\"25%\"></colgroup>"
                + "<tbody><tr><td class=\"tableblock halign-left\" colspan=\"2\" rowspan=\"3\">x</td></tr></tbody></table>");
    }

    @Test
    void keepsIdsAndReplacesRemoteImagesByTheirText() {
        assertThat(sanitizer.clean("<h2 id=\"_范围\">1　范围</h2><img src=\"https://tracker.example/p.gif\" alt=\"图1\">"))
                .isEqualTo("<h2 id=\"_范围\">1　范围</h2>[图1]");
    }
}

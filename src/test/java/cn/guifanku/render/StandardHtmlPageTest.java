package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardHtmlPageTest {

    @Test
    void escapesEveryCoverField() {
        StandardMetadata meta = new StandardMetadata("WH/T 1—2024", "标题<script>", "A & B <i>", "类型\"", "01'", "A14",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), List.of("WH/T 1—2019<b>"), "发布者<x>", null, null, null);
        String html = new String(new StandardHtmlPage().render(meta, "<p>正文</p>"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>WH/T 1—2024 标题&lt;script&gt;</title>", "A &amp; B &lt;i&gt;", "类型&quot;",
                "ICS 01&#39;", "代替 WH/T 1—2019&lt;b&gt;", "发布者&lt;x&gt;", "<p>正文</p>");
        assertThat(html).doesNotContain("<script>", "<i>", "<b>", "<x>");
    }

    @Test
    void escapesTheTitleAndHeaderOfADocument() {
        String html = new String(new StandardHtmlPage().renderDocument(new DocumentHeader("表<script>", "页眉 & <b>", true),
                "<p>正文</p>"), StandardCharsets.UTF_8);
        assertThat(html).contains("<title>表&lt;script&gt;</title>", "<h1 class=\"gbt-doc-title\">表&lt;script&gt;</h1>",
                "<p class=\"gbt-doc-header\">页眉 &amp; &lt;b&gt;</p>", "<body class=\"gbt-document gbt-landscape\">", "<p>正文</p>");
        assertThat(html).doesNotContain("<script>", "<b>", "<header");
        String withoutHeader = new String(new StandardHtmlPage().renderDocument(new DocumentHeader("说明", null, false), ""),
                StandardCharsets.UTF_8);
        assertThat(withoutHeader).contains("<body class=\"gbt-document\">").doesNotContain("gbt-doc-header\"", "null");
    }

    @Test
    void leavesOutMissingOptionalFields() {
        StandardMetadata meta = new StandardMetadata("WH/T 1—2024", "标题", null, null, null, null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), List.of(), null, null, null, null);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(new StandardHtmlPage().render(meta, ""), StandardCharsets.UTF_8));
        assertThat(page.select(".gbt-title-en, .gbt-replaces, .gbt-type, .gbt-issuer")).isEmpty();
        assertThat(page.body().text()).doesNotContain("null").contains("2024-01-01 发布");
    }
}

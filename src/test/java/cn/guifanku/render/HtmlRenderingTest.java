package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlRenderingTest {

    private RenderedStandard rendered;
    private String html;
    private Document page;

    @BeforeAll
    void render(RenderedFixtures fixtures) {
        rendered = fixtures.get("basic");
        html = new String(rendered.html(), StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
    }

    @Test
    void writesAStandaloneChinesePage() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("<meta charset=\"UTF-8\">");
        assertThat(page.title()).isEqualTo("WH/T 87.1—2019 图书馆古籍阅览服务规范");
    }

    @Test
    void coverShowsTheHeaderFields() {
        Element cover = page.selectFirst("header.gbt-cover");
        assertThat(cover).isNotNull();
        assertThat(cover.select(".gbt-codes").text()).contains("ICS 01.140.20", "CCS A14");
        assertThat(cover.select(".gbt-type").text()).isEqualTo("中华人民共和国文化行业标准");
        assertThat(cover.select(".gbt-number-main").text()).isEqualTo("WH/T 87.1—2019");
        assertThat(cover.select(".gbt-replaces").text()).isEqualTo("代替 WH/T 87.1—2012");
        assertThat(cover.select("h1.gbt-title").text()).isEqualTo("图书馆古籍阅览服务规范");
        assertThat(cover.select(".gbt-title-en").text()).isEqualTo("Specification for reading services of ancient books in libraries");
        assertThat(cover.select(".gbt-dates").text()).isEqualTo("2019-05-20 发布 2019-09-01 实施");
        assertThat(cover.select(".gbt-issuer").text()).isEqualTo("中华人民共和国文化和旅游部\u3000发布");
    }

    @Test
    void tableOfContentsFollowsTheCoverAndLinksToClauseAnchors() {
        Element toc = page.getElementById("toc");
        assertThat(toc).isNotNull();
        assertThat(toc.select("#toctitle").text()).isEqualTo("目次");
        assertThat(page.select("header.gbt-cover ~ main #toc")).hasSize(1);
        assertThat(toc.select("a[href]")).hasSizeGreaterThan(6).allSatisfy(link -> {
            assertThat(link.attr("href")).startsWith("#");
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target).as("anchor of %s", link.text()).isNotNull();
            assertThat(target.tagName()).matches("h[2-6]");
        });
        assertThat(toc.text()).contains("1\u3000范围", "附录 A（规范性）\u3000服务评价指标");
    }

    @Test
    void numbersClausesAnnexesAndTablesAfterGbt11() {
        assertThat(page.select("h2").eachText()).contains("前言", "1\u3000范围", "2\u3000规范性引用文件", "3\u3000术语和定义",
                "4\u3000基本要求", "附录 A（规范性）\u3000服务评价指标", "参考文献");
        assertThat(page.select("h2 .annex-number, h2 .annex-status").eachText()).containsExactly("附录 A", "（规范性）");
        // a term entry's heading is its number; the term line follows
        assertThat(page.select("h3").eachText()).contains("3.1", "3.2", "4.1\u3000阅览环境", "A.1\u3000评价指标");
        assertThat(page.select(".paragraph.gbt-term").eachText()).containsExactly("古籍\u3000ancient book", "善本\u3000rare edition");
        assertThat(page.select("h4").eachText()).contains("4.2.1\u3000资格");
        assertThat(page.select("caption").eachText()).containsExactly("表 1\u3000古籍阅览室环境要求", "表 A.1\u3000服务评价指标");
        assertThat(page.select("p a[href=#annex-a]").text()).isEqualTo("附录 A");
        assertThat(html).doesNotContain("Chapter", "Appendix", "Table 1", "Example");
    }

    @Test
    void includesTheFilesOfTheFolder() {
        assertThat(page.text()).contains("中国古代书籍的简称", "具有历史文物性、学术资料性和艺术代表性的古籍");
        assertThat(page.select("ol.loweralpha li")).hasSize(2);
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        assertThat(page.select("script, link, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).doesNotContain(":"));
        assertThat(html).doesNotContain("@import", "url(", "http://", "https://");
    }

    @Test
    void returnsTheHeaderMetadata() {
        StandardMetadata metadata = rendered.metadata();
        assertThat(metadata.number()).isEqualTo("WH/T 87.1—2019");
        assertThat(metadata.titleZh()).isEqualTo("图书馆古籍阅览服务规范");
        assertThat(metadata.replaces()).containsExactly("WH/T 87.1—2012");
        assertThat(metadata.issued()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(metadata.effective()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(metadata.committee()).isEqualTo("全国图书馆标准化技术委员会（SAC/TC 389）");
        assertThat(rendered.warnings()).isEmpty();
    }
}

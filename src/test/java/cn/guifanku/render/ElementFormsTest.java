package cn.guifanku.render;

import static cn.guifanku.render.PublishedLayoutTest.CENTRE;
import static cn.guifanku.render.PublishedLayoutTest.LEFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cn.guifanku.render.PdfLines.Line;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Element forms the samples do not all show (render/forms): grouped term entries, an entry without its bolded term
 * line, consecutive notes (注1：注2：), a figure with its title, a table's note; and a published standard whose header
 * tries to pose as a draft.
 */
@ExtendWith(SharedRenderer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElementFormsTest {

    private RenderedStandard rendered;
    private List<Line> lines;
    private Document html;

    @BeforeAll
    void render(RenderedFixtures fixtures) {
        rendered = fixtures.get("forms");
        lines = PdfLines.of(PdfGlyphs.of(rendered.pdf()));
        html = Jsoup.parse(new String(rendered.html(), StandardCharsets.UTF_8));
    }

    @Test
    void termEntriesShowTheirNumberAloneThenTheTermThenTheDefinition() {
        assertThat(after("3.1一般术语")).isEqualTo("3.1.1");
        assertThat(after("3.1.1")).isEqualTo("馆藏holdings");
        assertThat(after("馆藏holdings")).isEqualTo("图书馆收藏的文献的总和");
        assertThat(after("3.1.2")).as("an entry without a term line gets one from its title").isEqualTo("善本");
        assertThat(line("善本").chars()).allSatisfy(c -> assertThat(c.fontName()).endsWith("WenQuanYiMicroHei"));
        assertThat(line("3.1.1").left()).isCloseTo(LEFT, offset(1.5f));
        assertThat(lines).anyMatch(l -> l.compact().equals("〔来源：GB/T4894—2009，3.2.1〕"));
        assertThat(html.select(".gbt-terms h4").eachText()).containsExactly("3.1.1", "3.1.2", "3.2.1");
        assertThat(html.select(".gbt-terms .paragraph.gbt-term").eachText()).containsExactly("馆藏\u3000holdings", "善本", "借阅\u3000lending");
        assertThat(html.select("#toc").text()).doesNotContain("3.1", "馆藏").contains("3\u3000术语和定义");
        assertThat(lines.stream().filter(l -> l.page() == 2).map(Line::compact)).noneMatch(t -> t.startsWith("3.1"));
    }

    @Test
    void notesThatFollowOneAnotherAreNumbered() {
        assertThat(line("注1：馆藏包括实体馆藏和数字馆藏。").left()).isCloseTo(LEFT + PublishedLayoutTest.INDENT, offset(1.5f));
        assertThat(line("图书馆收藏的文献的总和").left()).as("the definition is a paragraph").isCloseTo(LEFT + PublishedLayoutTest.INDENT, offset(1f));
        assertThat(line("馆藏holdings").left()).as("the term line is not").isCloseTo(LEFT, offset(1f));
        assertThat(after("注1：馆藏包括实体馆藏和数字馆藏。")).isEqualTo("注2：馆藏的统计见附录A。");
        assertThat(lines).anyMatch(l -> l.compact().equals("注：表中的项目为最低要求。"));
        assertThat(html.select(".admonitionblock.note .title").eachText()).containsExactly("注1：", "注2：", "注：");
    }

    @Test
    void figureTitleIsCentredUnderTheFigure() {
        Line caption = line("图1服务流程");
        List<PdfRules.Image> images = PdfRules.images(rendered.pdf());
        assertThat(images).singleElement().satisfies(image -> {
            assertThat(image.page()).isEqualTo(caption.page());
            assertThat(image.x() + image.width() / 2).isCloseTo(CENTRE, offset(1f));
            assertThat(caption.y()).isGreaterThan(image.y() + image.height());
        });
        assertThat(caption.centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(line("表1统计项目").centre()).isCloseTo(CENTRE, offset(2f));
        assertThat(line("表A.1统计方法").centre()).isCloseTo(CENTRE, offset(2f));
    }

    @Test
    void aPublishedStandardCannotPoseAsADraft() {
        String cover = PdfGlyphs.text(rendered.pdf(), 1);
        assertThat(cover).contains("2025-01-20 发布", "2025-05-01 实施").doesNotContain("征求意见稿", "XXXX", "本稿完成日期", "专利");
        assertThat(PdfGlyphs.text(rendered.pdf(), 3)).contains("WH/T 998—2025").doesNotContain("征求意见稿");
        assertThat(html.select(".gbt-stage, .gbt-patent-request, .gbt-running-header")).isEmpty();
    }

    private Line line(String compact) {
        return lines.stream().filter(l -> l.compact().equals(compact)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + compact + " in " + lines.stream().map(Line::compact).toList()));
    }

    /** The text of the line after the line that reads {@code compact}. */
    private String after(String compact) {
        return lines.get(lines.indexOf(line(compact)) + 1).compact();
    }
}

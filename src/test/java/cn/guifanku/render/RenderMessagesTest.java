package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Asciidoctor's messages reach editors in Chinese, beside the drafting rules' own. */
class RenderMessagesTest {

    @Test
    void translatesWhatAsciidoctorSaysAboutADocument() {
        assertThat(RenderMessages.chinese("section title out of sequence: expected level 2, got level 3"))
                .isEqualTo("标题层级不连续：此处应为第 2 级，实际是第 3 级");
        assertThat(RenderMessages.chinese("id assigned to section already in use: _范围")).isEqualTo("锚点（id）重复：_范围 已在别处使用");
        assertThat(RenderMessages.chinese("unterminated example block")).startsWith("示例块没有结束");
        assertThat(RenderMessages.chinese("possible invalid reference: 不存在的条")).isEqualTo("交叉引用的目标不存在：不存在的条");
    }

    @Test
    void anUntaughtEnglishMessageIsMarkedAsTheRenderersAndAChineseOneIsKept() {
        assertThat(RenderMessages.chinese("something new happened")).isEqualTo("排版程序提示：something new happened");
        assertThat(RenderMessages.chinese("找不到主文件 standard.adoc")).isEqualTo("找不到主文件 standard.adoc");
    }

    @Test
    void knowsWhichFindingsTheDraftingRulesMakeToo() {
        RenderProblem level = new RenderProblem("standard.adoc", 12, RenderProblem.Severity.WARNING,
                RenderMessages.chinese("section title out of sequence: expected level 2, got level 3"));
        RenderProblem unterminated = new RenderProblem("standard.adoc", 12, RenderProblem.Severity.ERROR,
                RenderMessages.chinese("unterminated example block"));
        RenderProblem rule = new RenderProblem("standard.adoc", 12, RenderProblem.Severity.ERROR, "标题“x”跳过了层级");
        assertThat(RenderMessages.coveredByRules(level)).isTrue();
        assertThat(RenderMessages.coveredByRules(unterminated)).isFalse();
        assertThat(RenderMessages.fromRenderer(level)).isTrue();
        assertThat(RenderMessages.fromRenderer(rule)).isFalse();
    }
}

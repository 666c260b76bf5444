package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.proposal.DraftFacts.Finding;
import cn.guifanku.render.RenderMessages;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderProblem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each problem once: what the renderer and a drafting rule both find is shown in the rule's words. */
class DraftCheckTest {

    static Finding of(Severity severity, Integer line, String message) {
        return Finding.of(new RenderProblem("standard.adoc", line, severity, message));
    }

    @Test
    void aProblemTheRendererAndARuleBothFindAppearsOnceInTheRulesWords() {
        Finding rule = of(Severity.ERROR, 30, "标题“服务时间”跳过了层级（上一级是第1级，此处是第3级），条的编号会不连续");
        Finding renderer = of(Severity.WARNING, 30, RenderMessages.chinese("section title out of sequence: expected level 2, got level 3"));
        Finding elsewhere = of(Severity.WARNING, 31, RenderMessages.chinese("section title out of sequence: expected level 2, got level 3"));
        Finding twice = of(Severity.ERROR, 40, "使用了“必须”");

        List<Finding> shown = DraftCheck.once(List.of(renderer, rule, twice, of(Severity.ERROR, 40, "使用了“必须”"), elsewhere));

        assertThat(shown).extracting(f -> f.problem().line() + " " + f.problem().message()).containsExactly(
                "30 " + rule.problem().message(), "40 使用了“必须”", "31 标题层级不连续：此处应为第 2 级，实际是第 3 级");
    }
}

package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassthroughGuardTest {

    private final PassthroughGuard guard = new PassthroughGuard();

    @Test
    void turnsPassthroughBlocksIntoLiteralBlocks() {
        GuardedSource guarded = guard.guard("a.adoc", "前文\n\n++++\n<script>x</script>\n----\n++++\n后文");
        assertThat(guarded.text()).isEqualTo("前文\n\n....\n<script>x</script>\n----\n....\n后文");
        assertThat(guarded.warnings()).extracting(RenderProblem::toString).containsExactly("a.adoc:3: 不允许直通块（++++），其内容已按原文显示");
    }

    @Test
    void escapesInlinePassthroughsSoTheyPrintAsWritten() {
        GuardedSource guarded = guard.guard("a.adoc", "a pass:q[<b>x</b>] b +++<i>y</i>+++ c $$<u>z</u>$$ d");
        assertThat(guarded.text()).isEqualTo("a pass&#58;q[<b>x</b>] b &#43;&#43;&#43;<i>y</i>&#43;&#43;&#43; c &#36;&#36;<u>z</u>&#36;&#36; d");
        assertThat(guarded.warnings()).hasSize(1).allMatch(w -> w.line() == 1);
    }

    @Test
    void leavesListingLiteralAndCommentBlocksAlone() {
        String source = "----\npass:[x] +++y+++\n----\n....\n$$z$$\n....\n////\n++++\n////\n```\n[pass]\n```\n// pass:[c]";
        GuardedSource guarded = guard.guard("a.adoc", source);
        assertThat(guarded.text()).isEqualTo(source);
        assertThat(guarded.warnings()).isEmpty();
    }

    @Test
    void replacesRawStylesAndDropsSubs() {
        GuardedSource guarded = guard.guard("a.adoc",
                "[pass]\n<b>x</b>\n\n[stem#id.role]\n++++\nx\n++++\n\n[source,xml,subs=\"attributes,macros\"]\n----\n<a/>\n----\n\n[\"latexmath\"]\nx\n\n[.annex-status]\n（规范性）");
        assertThat(guarded.text().split("\n")).contains("[literal]", "[literal#id.role]", "[source,xml]", "[literal]", "[.annex-status]");
        assertThat(guarded.warnings()).extracting(RenderProblem::line).containsExactly(1, 4, 5, 9, 14);
    }

    @Test
    void keepsTheNumberOfLines() {
        String source = "a\n++++\nb\n++++\nc pass:[d]\n[subs=none]\ne\n";
        assertThat(guard.guard("a.adoc", source).text().split("\n", -1)).hasSameSizeAs(source.split("\n", -1));
    }
}

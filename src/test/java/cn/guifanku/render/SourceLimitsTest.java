package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits a draft meets before Asciidoctor expands it, each refusal with its file and line. */
class SourceLimitsTest {

    static final RenderLimits LIMITS = RenderLimits.DEFAULTS;

    static List<RenderProblem> check(String main, Map<String, String> others) {
        Map<String, String> files = new LinkedHashMap<>(others);
        files.put(SourceFiles.MAIN, main);
        PassthroughGuard guard = new PassthroughGuard();
        return SourceLimits.check(LIMITS, TestSources.of("test", files), SourceFiles.MAIN,
                guard.guard(SourceFiles.MAIN, main).text(), guard);
    }

    static List<RenderProblem> check(String main) {
        return check(main, Map.of());
    }

    /** Each level repeats the previous one ten times: seven levels are ten million copies of the first. */
    static String nestedAttributes(int levels) {
        StringBuilder text = new StringBuilder("= 标题\n:a0: 0123456789\n");
        for (int i = 1; i <= levels; i++) {
            text.append(":a").append(i).append(": ").append(("{a" + (i - 1) + "}").repeat(10)).append('\n');
        }
        return text.append("\n== 范围\n\n{a").append(levels).append("}\n").toString();
    }

    @Test
    void refusesNestedAttributeReferencesAtTheFirstLevelOverTheLimitOnce() {
        List<RenderProblem> problems = check(nestedAttributes(8));
        // a4 is 10^5 bytes, over 16 KB; a5 … a8 are built from it and not reported again
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(SourceFiles.MAIN);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.severity()).isEqualTo(RenderProblem.Severity.ERROR);
            assertThat(p.message()).contains("属性“a4”").contains("16 KB");
        });
    }

    @Test
    void acceptsAttributesOfOrdinarySize() {
        assertThat(check(nestedAttributes(3))).isEmpty();
        assertThat(check("= 标题\n:std-number: WH/T 201—2024\n:std-drafters: 张明、李华、陈静\n\n{std-number} {std-drafters}\n"))
                .isEmpty();
    }

    @Test
    void refusesTextThatGrowsPastTheLimitOnceReferencesAreExpanded() {
        String big = "x".repeat(16_000);
        String line = "{big}".repeat(100);
        StringBuilder text = new StringBuilder("= 标题\n:big: " + big + "\n\n");
        for (int i = 0; i < 20; i++) {
            text.append(line).append("\n\n");
        }
        List<RenderProblem> problems = check(text.toString());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("10 MB");
            assertThat(p.line()).isEqualTo(4 + 2 * 6); // the seventh such line crosses 10 MB
        });
    }

    @Test
    void refusesTablesWiderThanTheLimitDeclaredOrImplied() {
        assertThat(check("= 标题\n\n[cols=\"100000*\"]\n|===\n|a\n|===\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("100000 列").contains("64 列");
                });
        assertThat(check("= 标题\n\n[%header,cols=3*;2]\n|===\n|a|b|c|d|e\n|===\n")).isEmpty();
        assertThat(check("= 标题\n\n|===\n" + "|x".repeat(65) + "\n|===\n")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(check("= 标题\n\n[cols=\"" + "1,".repeat(80) + "1\"]\n|===\n|a\n|===\n")).hasSize(1);
        assertThat(SourceLimits.declaredColumns("3")).isEqualTo(3);
        assertThat(SourceLimits.declaredColumns("'1,2,1'")).isEqualTo(3);
        assertThat(SourceLimits.declaredColumns("\"2*,3\"")).isEqualTo(3);
    }

    @Test
    void refusesBlocksNestedDeeperThanTheLimit() {
        StringBuilder text = new StringBuilder("= 标题\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("=".repeat(4 + i)).append('\n');
        }
        text.append("深处\n");
        for (int i = 39; i >= 0; i--) {
            text.append("=".repeat(4 + i)).append('\n');
        }
        assertThat(check(text.toString())).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3 + 16); // the seventeenth block
            assertThat(p.message()).contains("16 层");
        });
        assertThat(check("= 标题\n\n====\n****\n____\n--\n文字\n--\n____\n****\n====\n")).isEmpty();
    }

    @Test
    void ignoresWhatListingBlocksAndCommentsHold() {
        String listing = "----\n[cols=\"100000*\"]\n" + "====\n".repeat(30) + "----\n";
        assertThat(check("= 标题\n\n" + listing + "////\n:a: {b}\n////\n// [cols=\"9999*\"]\n")).isEmpty();
    }

    @Test
    void refusesAFileIncludedSoOftenThatTheSourceExceedsTheLimit() {
        String part = "段落。".repeat(100_000) + "\n"; // ~900 KB
        String main = "= 标题\n\n" + "include::part.adoc[]\n\n".repeat(20);
        List<RenderProblem> problems = check(main, Map.of("part.adoc", part));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(SourceFiles.MAIN);
            assertThat(p.line()).isEqualTo(3 + 2 * 11); // the twelfth include passes 10 MB
            assertThat(p.message()).contains("10 MB");
        });
    }

    @Test
    void countsAttributesDefinedInIncludedFiles() {
        StringBuilder part = new StringBuilder(":a0: 0123456789\n");
        for (int i = 1; i <= 5; i++) {
            part.append(":a").append(i).append(": ").append(("{a" + (i - 1) + "}").repeat(10)).append('\n');
        }
        List<RenderProblem> problems = check("= 标题\n\ninclude::attrs.adoc[]\n\n{a5}\n", Map.of("attrs.adoc", part.toString()));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("attrs.adoc");
            assertThat(p.line()).isEqualTo(5);
        });
    }
}

package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.RenderProblem.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drafting rules of GB/T 1.1—2020, each on a failing and a passing draft. The passing draft is
 * render/drafting/standard.adoc, which follows every rule; each failing draft is that file with one thing broken.
 */
class DraftingRulesTest {

    private static final DraftingRules RULES = new DraftingRules();
    private static final String VALID = TestSources.fixture("drafting").read(SourceFiles.MAIN).orElseThrow();

    static Stream<Path> publishedSamples() throws IOException {
        try (Stream<Path> mains = Files.walk(Path.of("standards"))) {
            return mains.filter(p -> p.getFileName().toString().equals(SourceFiles.MAIN)).map(Path::getParent).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("publishedSamples")
    void everyPublishedSampleFollowsTheRules(Path folder) {
        assertThat(RULES.check(TestSources.folder(folder))).as(folder.toString())
                .noneMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void theValidDraftHasNoFindings() {
        assertThat(RULES.check(TestSources.fixture("drafting"))).isEmpty();
    }

    @Test
    void findingsCarryFileAndLineAndComeErrorsFirst() {
        List<RenderProblem> found = check(VALID.replace("服务记录宜保存3年", "服务记录必须保存3年")
                .replace("=== 服务记录\n", "=== 服务记录\n\n==== 唯一的下级条\n"));
        assertThat(found).extracting(RenderProblem::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(found).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(SourceFiles.MAIN);
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void readsIncludedFilesAndNamesThemInFindings() {
        String main = VALID.replace("[appendix]\n== 服务统计项目", "include::annex/a.adoc[]\n\n[appendix]\n== 不用的附录");
        String annex = "[appendix]\n== 服务统计项目\n\n[.annex-status]\n（规范性）\n\n统计项目必须包括到馆人次。\n";
        List<RenderProblem> found = RULES.check(TestSources.of("included", Map.of(SourceFiles.MAIN, main, "annex/a.adoc", annex)));
        assertThat(found).contains(new RenderProblem("annex/a.adoc", 7, Severity.ERROR,
                "使用了“必须”：表示要求应使用“应”（不应使用“必须”），见 GB/T 1.1—2020 表3"));
    }

    @Test
    void aFolderWithoutTheMainFileIsOneError() {
        assertThat(RULES.check(TestSources.of("empty", Map.of()))).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Nested
    class RequiredElements {

        @Test
        void missingForewordIsAnError() {
            String noForeword = VALID.substring(0, VALID.indexOf("[preface]")) + VALID.substring(VALID.indexOf("== 范围"));
            assertThat(messages(check(noForeword))).anyMatch(m -> m.contains("缺少 GB/T 1.1—2020 规定的要素“前言”"));
        }

        @Test
        void missingScopeIsAnError() {
            assertThat(messages(check(VALID.replace("== 范围", "== 适用范围"))))
                    .anyMatch(m -> m.contains("缺少 GB/T 1.1—2020 规定的要素“范围”"));
        }

        @Test
        void termsBeforeReferencesAreOutOfPlace() {
            String references = VALID.substring(VALID.indexOf("== 规范性引用文件"), VALID.indexOf("== 术语和定义"));
            String terms = VALID.substring(VALID.indexOf("== 术语和定义"), VALID.indexOf("== 要求"));
            String swapped = VALID.replace(references + terms, terms + references);
            assertThat(check(swapped)).anyMatch(p -> p.message().equals("“术语和定义”应为第3章，现为第2章")
                    && p.line() == lineOf(swapped, "== 术语和定义"));
        }

        @Test
        void forewordWithoutPrefaceStyleWouldBeNumbered() {
            assertThat(messages(check(VALID.replace("[preface]\n== 前言", "== 前言"))))
                    .anyMatch(m -> m.startsWith("“前言”不是章"));
        }

        @Test
        void allPresentInOrderPasses() {
            assertThat(check(VALID)).isEmpty();
        }
    }

    @Nested
    class ClauseNumbering {

        @Test
        void skippedLevelIsAnError() {
            List<RenderProblem> found = check(VALID.replace("=== 服务场所", "==== 服务场所"));
            assertThat(found).anyMatch(p -> p.severity() == Severity.ERROR && p.message().contains("跳过了层级")
                    && p.line() == lineOf(VALID, "=== 服务场所"));
        }

        @Test
        void moreThanFiveLevelsIsAnError() {
            String deep = VALID.replace("服务场所应符合", "==== 三\n\n===== 四\n\n====== 五\n\n======= 六\n\n服务场所应符合");
            assertThat(messages(check(deep))).anyMatch(m -> m.contains("超过五层"));
        }

        @Test
        void unnumberedLevelsAreAnError() {
            String shallow = VALID.replace(":sectnumlevels: 5", ":sectnumlevels: 2")
                    .replace("服务场所应符合", "==== 甲\n\n甲。\n\n==== 乙\n\n乙。\n\n服务场所应符合");
            assertThat(messages(check(shallow))).anyMatch(m -> m.contains("超出编号层数"));
        }

        @Test
        void handWrittenNumbersAreAnError() {
            assertThat(messages(check(VALID.replace("=== 服务场所", "=== 4.1 服务场所"))))
                    .anyMatch(m -> m.contains("标题中不应再写"));
        }

        @Test
        void aSingleSubclauseIsAWarning() {
            List<RenderProblem> found = check(VALID.replace("=== 统计周期\n\n统计周期宜为一年。\n", ""));
            assertThat(found).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).contains("只有一个条");
            });
        }

        @Test
        void continuousNumberingPasses() {
            String five = VALID.replace("服务场所应符合", "==== 三\n\n三甲。\n\n===== 四\n\n四甲。\n\n====== 五\n\n五甲。\n\n"
                    + "====== 五乙\n\n五乙。\n\n===== 四乙\n\n四乙。\n\n==== 三乙\n\n三乙。\n\n服务场所应符合");
            assertThat(check(five)).isEmpty();
        }
    }

    @Nested
    class DraftingBasis {

        @Test
        void missingSentenceIsAnError() {
            List<RenderProblem> found = check(VALID.replace(DraftingRules.DRAFTING_BASIS + "\n\n", ""));
            assertThat(found).anyMatch(p -> p.message().startsWith("前言缺少起草依据") && p.line() == lineOf(VALID, "== 前言"));
        }

        @Test
        void wrongEditionIsAnError() {
            assertThat(messages(check(VALID.replace("GB/T 1.1—2020《", "GB/T 1.1—2009《"))))
                    .anyMatch(m -> m.startsWith("前言中起草依据的表述不对"));
        }

        @Test
        void notFirstIsAWarning() {
            String swapped = VALID.replaceFirst("(本文件按照[^\\n]+\\n\\n)(请注意[^\\n]+\\n\\n)", "$2$1");
            assertThat(swapped).isNotEqualTo(VALID);
            assertThat(check(swapped)).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).startsWith("前言应以起草依据");
            });
        }

        @Test
        void sentenceWithOtherSpacesPasses() {
            assertThat(check(VALID.replace("标准化工作导则　第1部分", "标准化工作导则 第1部分"))).isEmpty();
        }
    }

    @Nested
    class LeadInSentences {

        @Test
        void wrongReferencesLeadInIsAnError() {
            List<RenderProblem> found = check(VALID.replace("其中，注日期的引用文件，", ""));
            assertThat(found).anyMatch(p -> p.message().startsWith("规范性引用文件的引导语不对")
                    && p.line() == lineOf(VALID, "下列文件中的内容"));
        }

        @Test
        void noReferencesSentenceWithEntriesIsAnError() {
            String lead = VALID.substring(VALID.indexOf("下列文件中的内容"), VALID.indexOf("\n", VALID.indexOf("下列文件中的内容")));
            assertThat(messages(check(VALID.replace(lead, DraftingRules.NO_REFERENCES))))
                    .anyMatch(m -> m.contains("却列出了文件"));
        }

        @Test
        void noReferencesSentenceWithoutEntriesPasses() {
            String references = VALID.substring(VALID.indexOf("下列文件中的内容"), VALID.indexOf("== 术语和定义"));
            String none = VALID.replace(references, DraftingRules.NO_REFERENCES + "\n\n")
                    .replace("服务场所应符合 GB/T 28220—2023 的规定。", "服务场所应整洁。")
                    .replace("服务统计应按 GB/T 13191 的规定进行，统计项目见附录 A。", "服务统计项目见附录 A。");
            assertThat(check(none)).isEmpty();
        }

        @Test
        void wrongTermsLeadInIsAnError() {
            assertThat(messages(check(VALID.replace("下列术语和定义适用于本文件。", "本文件采用下列术语。"))))
                    .anyMatch(m -> m.startsWith("术语和定义的引导语不对"));
        }

        @Test
        void noTermsSentenceWithEntriesIsAnError() {
            assertThat(messages(check(VALID.replace("下列术语和定义适用于本文件。", DraftingRules.NO_TERMS))))
                    .anyMatch(m -> m.contains("却有术语条目"));
        }

        @Test
        void termsDefinedElsewhereAndHerePass() {
            assertThat(check(VALID.replace("下列术语和定义适用于本文件。", "GB/T 4894—2009 界定的以及下列术语和定义适用于本文件。")))
                    .isEmpty();
        }

        @Test
        void noTermsSentenceWithoutEntriesPasses() {
            String terms = VALID.substring(VALID.indexOf("下列术语和定义适用于本文件。"), VALID.indexOf("== 要求"));
            assertThat(check(VALID.replace(terms, DraftingRules.NO_TERMS + "\n\n"))).isEmpty();
        }
    }

    @Nested
    class CitedDocuments {

        @Test
        void citedButNotListedIsAnError() {
            String text = VALID.replace("服务记录宜保存3年", "服务记录应符合 GB/T 7714—2015 的规定，宜保存3年");
            assertThat(check(text)).singleElement().isEqualTo(new RenderProblem(SourceFiles.MAIN, lineOf(VALID, "服务记录宜保存3年"),
                    Severity.ERROR, "正文引用了 GB/T 7714—2015，但规范性引用文件中没有列出（只是资料性提及的文件应列入参考文献）"));
        }

        @Test
        void listedButNotCitedIsAnError() {
            String text = VALID.replace("服务场所应符合 GB/T 28220—2023 的规定。", "服务场所应整洁。");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.ERROR);
                assertThat(p.message()).startsWith("规范性引用文件列出了 GB/T 28220—2023，但正文中没有规范性引用它");
                assertThat(p.line()).isEqualTo(lineOf(VALID, "GB/T 28220—2023　公共图书馆服务规范"));
            });
        }

        @Test
        void anotherEditionIsAnError() {
            assertThat(messages(check(VALID.replace("服务场所应符合 GB/T 28220—2023", "服务场所应符合 GB/T 28220—2011"))))
                    .contains("正文引用的 GB/T 28220—2011 与规范性引用文件中列的 GB/T 28220—2023 日期不同");
        }

        @Test
        void undatedCitationOfADatedEntryIsAWarning() {
            List<RenderProblem> found = check(VALID.replace("服务场所应符合 GB/T 28220—2023", "服务场所应符合 GB/T 28220"));
            assertThat(found).singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        }

        @Test
        void notesExamplesTermSourcesInformativeAnnexesAndBibliographyEntriesAreNotNormative() {
            // GB/T 99999 (a note), GB/T 88888 (an example), GB/T 4894 (a term's source), JGJ 38 (an informative annex)
            assertThat(check(VALID)).isEmpty();
            String informative = VALID.replace("统计项目应包括到馆人次。", "统计项目应包括到馆人次，另见 JGJ 38—2015。");
            assertThat(check(informative)).isEmpty();
        }

        @Test
        void codesThatAreNotDocumentsAreNotCitations() {
            assertThat(check(VALID.replace("统计项目应包括到馆人次。", "统计项目应包括到馆人次，按 ICS 01.140.20 分类，以 UTF-8 编码。")))
                    .isEmpty();
        }
    }

    @Nested
    class Must {

        @Test
        void mustIsAnErrorOnItsLine() {
            String text = VALID.replace("统计周期宜为一年。", "统计周期宜为一年，\n且必须逐月汇总。");
            assertThat(check(text)).singleElement().isEqualTo(new RenderProblem(SourceFiles.MAIN,
                    lineOf(VALID, "统计周期宜为一年。") + 1, Severity.ERROR,
                    "使用了“必须”：表示要求应使用“应”（不应使用“必须”），见 GB/T 1.1—2020 表3"));
        }

        @Test
        void requirementWithYingPasses() {
            assertThat(check(VALID.replace("统计周期宜为一年。", "统计周期应为一年。"))).isEmpty();
        }
    }

    @Nested
    class Annexes {

        @Test
        void annexWithoutStatusIsAnError() {
            List<RenderProblem> found = check(VALID.replace("[.annex-status]\n（资料性）\n\n", ""));
            assertThat(found).anyMatch(p -> p.message().startsWith("附录 B“服务记录格式”未标明性质")
                    && p.line() == lineOf(VALID, "== 服务记录格式"));
        }

        @Test
        void oldStyleStatusIsAnError() {
            assertThat(messages(check(VALID.replace("（规范性）", "（规范性附录）"))))
                    .contains("附录 A 的性质“（规范性附录）”不对，应为“（规范性）”或“（资料性）”");
        }

        @Test
        void uncitedAnnexIsAnError() {
            assertThat(messages(check(VALID.replace("，记录格式参见附录 B", ""))))
                    .containsExactly("附录 B“服务记录格式”在正文和前言中都没有被提及（如“见附录 B”）");
        }

        @Test
        void annexesOutOfTheOrderOfCitationIsAWarning() {
            String text = VALID.replace("本文件规定了图书馆测试服务的要求。", "本文件规定了图书馆测试服务的要求，记录格式见附录 B。");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).contains("附录 B 是第1个被提及的附录");
            });
        }

        @Test
        void aCrossReferenceCitesTheAnnex() {
            String text = VALID.replace("[appendix]\n== 服务记录格式", "[appendix]\n[[annex-b]]\n== 服务记录格式")
                    .replace("记录格式参见附录 B", "记录格式参见 <<annex-b>>");
            assertThat(check(text)).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void effectiveBeforeIssuedIsAnError() {
            assertThat(check(VALID.replace(":std-effective: 2025-05-01", ":std-effective: 2024-12-31"))).singleElement()
                    .isEqualTo(new RenderProblem(SourceFiles.MAIN, 8, Severity.ERROR, "实施日期 2024-12-31 早于发布日期 2025-01-20"));
        }

        @Test
        void invalidDateIsAnError() {
            assertThat(messages(check(VALID.replace(":std-issued: 2025-01-20", ":std-issued: 2025-02-30"))))
                    .containsExactly("日期“2025-02-30”格式不对，应为 YYYY-MM-DD，例如 2024-03-15");
        }

        @Test
        void effectiveOnTheDayOfIssuePasses() {
            assertThat(check(VALID.replace(":std-effective: 2025-05-01", ":std-effective: 2025-01-20"))).isEmpty();
        }
    }

    @Nested
    class CrossReferences {

        @Test
        void aReferenceToAClauseThatDoesNotExistIsAnErrorOnItsLine() {
            String text = VALID.replace("服务记录宜保存3年", "服务记录宜保存3年（见<<不存在的条>>）");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.ERROR);
                assertThat(p.line()).isEqualTo(lineOf(text, "<<不存在的条>>"));
                assertThat(p.message()).contains("交叉引用的目标“不存在的条”不存在", "[不存在的条]");
            });
        }

        @Test
        void referencesToAnAnchorAClauseTitleOrItsIdResolve() {
            String text = VALID.replace("=== 服务记录\n", "[[records]]\n=== 服务记录\n")
                    .replace("统计项目应包括到馆人次。", "统计项目应包括到馆人次（见<<records>>、<<服务场所>>、<<_服务场所>>、"
                            + "xref:records[记录]、<<读者,读者的定义>>、<<ref1>>）。");
            assertThat(check(text)).isEmpty();
        }

        @Test
        void anIdGivenTwiceIsAnError() {
            String text = VALID.replace("=== 服务记录\n", "[[place]]\n=== 服务记录\n")
                    .replace("=== 服务场所\n", "[#place]\n=== 服务场所\n");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(lineOf(text, "[[place]]"));
                assertThat(p.message()).contains("锚点“place”重复", "第 " + lineOf(text, "[#place]") + " 行已使用");
            });
        }
    }

    @Nested
    class MissingAnnexesAndTables {

        static final String TABLES = VALID.replace("统计周期宜为一年。", """
                统计周期宜为一年，统计表格式见表 A.1。

                .统计表
                |===
                | 项目 | 数量
                |===
                """).replace("服务场所应符合 GB/T 28220—2023 的规定。", """
                服务场所应符合 GB/T 28220—2023 的规定，面积见表 1。

                .服务场所面积
                [cols="1,1"]
                |===
                | 场所 | 面积
                |===
                """);

        @Test
        void citedTablesThatExistPass() {
            assertThat(check(TABLES)).isEmpty();
        }

        @Test
        void aTableThatDoesNotExistIsAnError() {
            String text = TABLES.replace("面积见表 1", "面积见表 2");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.ERROR);
                assertThat(p.line()).isEqualTo(lineOf(text, "面积见表 2"));
                assertThat(p.message()).isEqualTo("引用了表 2，但本文件只有表 1、A.1（表须有标题才会编号）");
            });
        }

        @Test
        void anAnnexThatDoesNotExistIsAnError() {
            String text = VALID.replace("记录格式参见附录 B", "记录格式参见附录 B 和附录 C");
            assertThat(check(text)).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(lineOf(text, "附录 C"));
                assertThat(p.message()).isEqualTo("引用了附录 C，但本文件只有附录 A、B");
            });
        }

        @Test
        void partsOfOtherDocumentsAndOfTheOldEditionAreNotThisOnes() {
            String text = VALID.replace("记录格式参见附录 B", "记录格式参见附录 B（GB/T 28220—2023 的附录 D，2019年版的表 7）")
                    .replace("本文件适用于公共图书馆。", "本文件适用于公共图书馆，其代表3人以上的团体读者除外。");
            assertThat(check(text)).isEmpty();
        }
    }

    private static List<RenderProblem> check(String main) {
        return RULES.check(TestSources.of("draft", Map.of(SourceFiles.MAIN, main)));
    }

    private static List<String> messages(List<RenderProblem> problems) {
        return problems.stream().map(RenderProblem::message).toList();
    }

    /** The 1-based line of the first line of {@code text} that contains {@code needle}. */
    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new UncheckedIOException(new IOException("no line with " + needle));
    }
}

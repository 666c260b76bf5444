package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.proposal.DraftFacts.Fact;
import cn.guifanku.proposal.DraftFacts.Finding;
import cn.guifanku.render.RenderProblem.Severity;
import cn.guifanku.render.StandardMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A revision's header and 前言 against the catalog, on small documents: WH/T 201 has 2019 and 2024; the draft of the
 * next edition was copied from 2024, so it still says "代替 2019 … 本次为第一次修订".
 */
class DraftFactsTest {

    static final String TITLE = "公共图书馆读者服务规范";

    static Edition edition(String year, String issued, EditionStatus status, String... replaces) {
        StandardMetadata m = new StandardMetadata("WH/T 201—" + year, TITLE, "Title", "中华人民共和国文化行业标准", "01.140.20",
                "A14", LocalDate.parse(issued), LocalDate.parse(issued).plusMonths(4), List.of(replaces), "文化和旅游部",
                "公共服务司", "SAC/TC 389", "国家图书馆");
        return new Edition(new PublishedEdition("wh-t-201", year, m, "c".repeat(40), "wh-t-201/" + year,
                new Artifact("a".repeat(64), 1), new Artifact("b".repeat(64), 1), Instant.EPOCH), status, List.of(),
                List.of(replaces));
    }

    static final Edition E2019 = edition("2019", "2019-05-20", EditionStatus.SUPERSEDED);
    static final Edition E2024 = edition("2024", "2024-03-15", EditionStatus.CURRENT, "WH/T 201—2019");
    static final StandardEntry WH_T_201 = new StandardEntry("wh-t-201", "WH/T 201", null, null, List.of(E2024, E2019),
            E2024, "tc389");

    static final String HEADER = """
            = 公共图书馆读者服务规范
            :std-number: WH/T 201—2024
            :std-replaces: WH/T 201—2019
            :std-issued: 2024-03-15

            """;

    static final String PREFACE_AS_COPIED = """
            [preface]
            == 前言

            本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

            本文件代替 WH/T 201—2019《公共图书馆读者服务规范》，与 WH/T 201—2019 相比，除结构调整和编辑性改动外，主要技术变化如下：

            . 增加了术语“电子读者证”；

            本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。

            本文件及其所代替文件的历次版本发布情况为：

            * 2019年首次发布为 WH/T 201—2019；
            * 本次为第一次修订。

            == 范围

            本文件规定了读者服务。
            """;

    List<Finding> check(String source) {
        return DraftFacts.check(source, DraftFacts.Expected.of(WH_T_201));
    }

    static Finding of(List<Finding> found, Fact fact) {
        return found.stream().filter(f -> f.fact() == fact).findFirst().orElseThrow(() -> new AssertionError(fact + " in " + found));
    }

    @Test
    void aRevisionNamesOnlyTheEditionItDirectlyReplaces() {
        List<Finding> found = check(HEADER + PREFACE_AS_COPIED);

        Finding replaces = of(found, Fact.PREFACE_REPLACES);
        assertThat(replaces.problem().severity()).isEqualTo(Severity.ERROR);
        assertThat(replaces.problem().line()).isEqualTo(11);
        assertThat(replaces.problem().message()).contains("WH/T 201—2019", "WH/T 201—2024");
        assertThat(replaces.suggestion().replacement()).isEqualTo("本文件代替 WH/T 201—2024《公共图书馆读者服务规范》，"
                + "与 WH/T 201—2024 相比，除结构调整和编辑性改动外，主要技术变化如下：");
    }

    @Test
    void theHistoryOfEditionsComesFromTheCatalog() {
        Finding history = of(check(HEADER + PREFACE_AS_COPIED), Fact.PREFACE_HISTORY);

        assertThat(history.problem().severity()).isEqualTo(Severity.ERROR);
        assertThat(history.problem().line()).isEqualTo(17);
        assertThat(history.problem().message()).contains("——2019年首次发布为 WH/T 201—2019；——2024年第一次修订；——本次为第二次修订。");
        assertThat(history.suggestion().fromLine()).isEqualTo(17);
        assertThat(history.suggestion().toLine()).isEqualTo(20);
        assertThat(history.suggestion().replacement()).isEqualTo("""
                本文件及其所代替文件的历次版本发布情况为：

                * 2019年首次发布为 WH/T 201—2019；
                * 2024年第一次修订；
                * 本次为第二次修订。""");
    }

    @Test
    void theHeaderIsAWarningSinceTheApprovalWritesItFromTheRecord() {
        List<Finding> found = check(HEADER + PREFACE_AS_COPIED);

        Finding replaces = of(found, Fact.HEADER_REPLACES);
        assertThat(replaces.problem().severity()).isEqualTo(Severity.WARNING);
        assertThat(replaces.problem().line()).isEqualTo(3);
        assertThat(replaces.suggestion().replacement()).isEqualTo(":std-replaces: WH/T 201—2024");
        Finding number = of(found, Fact.HEADER_NUMBER);
        assertThat(number.problem().severity()).isEqualTo(Severity.WARNING);
        assertThat(number.problem().line()).isEqualTo(2);
        assertThat(number.suggestion().replacement()).isEqualTo(":std-number: WH/T 201—××××");
    }

    @Test
    void acceptingEverySuggestionGivesADraftThatAgreesWithTheCatalog() {
        String source = HEADER + PREFACE_AS_COPIED;
        List<DraftFacts.Suggestion> all = check(source).stream().map(Finding::suggestion).toList();

        String accepted = SuggestedChanges.apply(source, all).orElseThrow();

        assertThat(check(accepted)).isEmpty();
        assertThat(accepted).contains(":std-number: WH/T 201—××××", ":std-replaces: WH/T 201—2024",
                        "* 2024年第一次修订；", ". 增加了术语“电子读者证”；", "本文件规定了读者服务。")
                .doesNotContain("本次为第一次修订");
    }

    @Test
    void aSuggestionNoLongerFittingTheTextIsNotApplied() {
        String source = HEADER + PREFACE_AS_COPIED;
        List<DraftFacts.Suggestion> all = check(source).stream().map(Finding::suggestion).toList();
        assertThat(SuggestedChanges.apply(source.replace("本次为第一次修订", "本次为首次修订"), all)).isEmpty();
    }

    @Test
    void aPrefaceWithoutTheSentencesGetsThemInserted() {
        String bare = HEADER.replace(":std-replaces: WH/T 201—2019\n", "") + """
                [preface]
                == 前言

                本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

                本文件由全国图书馆标准化技术委员会（SAC/TC 389）归口。

                == 范围

                本文件规定了读者服务。
                """;
        List<Finding> found = check(bare);
        assertThat(found).extracting(Finding::fact).contains(Fact.PREFACE_REPLACES, Fact.PREFACE_HISTORY, Fact.HEADER_REPLACES);

        String accepted = SuggestedChanges.apply(bare, found.stream().map(Finding::suggestion).toList()).orElseThrow();

        assertThat(accepted).contains(":std-number: WH/T 201—××××\n:std-replaces: WH/T 201—2024\n")
                .containsSubsequence("的规定起草。", "本文件代替 WH/T 201—2024《公共图书馆读者服务规范》", "（在此列出主要技术变化）",
                        "归口。", "本文件及其所代替文件的历次版本发布情况为：", "* 本次为第二次修订。", "== 范围");
        assertThat(check(accepted)).isEmpty();
    }

    @Test
    void aDraftThatAgreesIsLeftAlone() {
        String right = HEADER.replace("WH/T 201—2024", "WH/T 201—××××").replace(":std-replaces: WH/T 201—2019",
                ":std-replaces: WH/T 201—2024") + """
                [preface]
                == 前言

                本文件代替WH/T 201—2024《公共图书馆读者服务规范》，与WH/T 201—2024相比，主要技术变化如下：

                本文件及其所代替文件的历次版本发布情况为：——2019年首次发布为WH/T 201—2019；——2024年第一次修订；——本次为第二次修订。

                == 范围
                """;
        assertThat(check(right)).as("GB/T 1.1's own way of writing it, without spaces or a list").isEmpty();
    }

    @Test
    void aNumberOfAnotherStandardIsAnError() {
        Finding number = of(check(HEADER.replace("WH/T 201—2024", "WH/T 202—2026") + PREFACE_AS_COPIED), Fact.HEADER_NUMBER);
        assertThat(number.problem().severity()).isEqualTo(Severity.ERROR);
        assertThat(number.problem().message()).contains("不是本标准 WH/T 201 的编号");
    }

    @Test
    void aNewStandardTakingTheNumberOfAStandardInTheCatalogIsToldItIsNotItsAndNothingElse() {
        List<Finding> found = DraftFacts.numberTaken(HEADER + PREFACE_AS_COPIED, WH_T_201);
        assertThat(found).as("no 代替 or history asked of a new standard").singleElement().satisfies(f -> {
            assertThat(f.fact()).isEqualTo(Fact.HEADER_NUMBER);
            assertThat(f.problem().severity()).isEqualTo(Severity.ERROR);
            assertThat(f.problem().line()).isEqualTo(2);
            assertThat(f.problem().message()).contains("是目录中已有标准 WH/T 201《公共图书馆读者服务规范》的编号", "新制定的标准不能沿用");
            assertThat(f.suggestion().replacement()).isEqualTo(":std-number: WH/T 0—××××");
        });
        assertThat(SuggestedChanges.apply(HEADER, List.of(found.get(0).suggestion())).orElseThrow())
                .contains(":std-number: WH/T 0—××××").doesNotContain("WH/T 201—2024");
    }

    @Test
    void whenTheCatalogHasNothingToReplaceThe代替SentenceGoes() {
        Edition withdrawn = edition("2024", "2024-03-15", EditionStatus.WITHDRAWN, "WH/T 201—2019");
        StandardEntry gone = new StandardEntry("wh-t-201", "WH/T 201", LocalDate.parse("2026-01-01"), null,
                List.of(withdrawn, E2019), withdrawn, "tc389");
        List<Finding> found = DraftFacts.check(HEADER + PREFACE_AS_COPIED, DraftFacts.Expected.of(gone));
        Finding replaces = of(found, Fact.PREFACE_REPLACES);
        assertThat(replaces.problem().message()).contains("目录中没有本文件要代替的本标准版本");
        assertThat(replaces.suggestion().replacement()).isNull();
    }

    @Test
    void countsRevisionsInChinese() {
        assertThat(List.of(1, 2, 9, 10, 11, 20, 23)).extracting(DraftFacts::ordinal)
                .containsExactly("一", "二", "九", "十", "十一", "二十", "二十三");
    }
}

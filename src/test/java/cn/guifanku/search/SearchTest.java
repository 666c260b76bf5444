package cn.guifanku.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.search.SearchFixture.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search over published clauses, on a real index and catalog. */
class SearchTest {

    SearchFixture f;

    @BeforeEach
    void publish() throws IOException {
        f = new SearchFixture();
        f.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        f.publish("WH/T 203—2025", "图书馆员职业能力要求", "2025-01-20", "2025-05-01", List.of(), List.of(
                new Section("1", "范围", "本文件规定了图书馆员职业能力的构成与等级。"),
                new Section("4.1", "能力构成", "职业能力由职业道德、知识和技能三部分构成。")));
        f.publish("WH/T 202—2023", "古籍数字化元数据规范", "2023-06-12", "2023-10-01", List.of(), List.of(
                new Section("1", "范围", "本文件规定了古籍数字化资源的元数据元素。"),
                new Section("5", "著录规则", "题名按古籍原书著录。")));
        f.publish("WH/T 201—2024", "公共图书馆读者服务规范", "2024-03-15", "2024-07-01", List.of(), List.of(
                new Section("5.1", "开放时间", "公共图书馆应向社会公告开放时间，每周开放时间不少于 56 h。"),
                new Section("6", "读者服务要求", "为读者提供文献借阅服务，具备能力构成的馆员应在岗。")));
    }

    @Test
    void findsAProvisionByAPhraseTheWordSegmenterSplitsDifferently() {
        // smartcn splits 图书馆员 as 图书馆|员: only the bigram field holds 馆员.
        SearchResults found = f.find("馆员");
        assertThat(found.hits()).extracting(SearchHit::number).contains("WH/T 203—2025");
        SearchHit scope = found.hits().stream().filter(h -> "1".equals(h.clause())).findFirst().orElseThrow();
        assertThat(scope.url()).isEqualTo("/standards/wh-t-203/2025.html#_范围");
        assertThat(scope.snippetHtml()).contains("<mark>馆员</mark>");
        assertThat(f.find("古籍数字").hits()).extracting(SearchHit::number).contains("WH/T 202—2023");
        assertThat(f.find("古籍数字").hits()).extracting(SearchHit::snippetHtml).contains("本文件规定了<mark>古籍数字</mark>化资源的元数据元素。");
    }

    @Test
    void marksOnlyTheWordsSearchedForAndEscapesTheRest() {
        f.publish("WH/T 205—2025", "馆员守则", "2025-03-01", "2025-06-01", List.of(), List.of(
                new Section("4", "守则", "图书馆员应恪守图书馆员职业道德&lt;b&gt;，不得&amp;泄露。")));
        SearchHit hit = f.find("馆员 职业").hits().stream().filter(h -> "4".equals(h.clause())).findFirst().orElseThrow();
        assertThat(hit.snippetHtml())
                .isEqualTo("图书<mark>馆员</mark>应恪守图书<mark>馆员</mark><mark>职业</mark>道德&lt;b&gt;，不得&amp;泄露。");
    }

    @Test
    void ranksNumberAndTitleAboveClauseText() {
        List<SearchHit> hits = f.find("能力构成").hits();
        assertThat(hits.get(0).clauseTitleHtml()).contains("<mark>");
        assertThat(hits.get(0).number()).isEqualTo("WH/T 203—2025");
        assertThat(hits).extracting(SearchHit::number).contains("WH/T 201—2024");
        assertThat(f.find("WH/T 201").hits().get(0).clause()).isNull();
        assertThat(f.find("馆员").hits().get(0).clause()).as("the title 图书馆员职业能力要求 before its text").isNull();
        assertThat(f.find("古籍数字化元数据规范").hits().get(0).clause()).isNull();
    }

    @Test
    void marksAWithdrawnStandardAndFiltersByStatusAsOfToday() {
        f.catalog.withdraw("wh-t-202", LocalDate.parse("2026-06-01"), "已废止");
        assertThat(f.find("古籍").hits()).allMatch(h -> h.status() == EditionStatus.CURRENT && !h.obsolete());
        f.clock.set(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(f.find("古籍").hits()).isNotEmpty().allMatch(h -> h.status() == EditionStatus.WITHDRAWN && h.obsolete());
        assertThat(f.search.search(new SearchRequest("古籍", EditionStatus.CURRENT, null, null, 0, 20)).total()).isZero();
        assertThat(f.search.search(new SearchRequest("古籍", EditionStatus.WITHDRAWN, null, null, 0, 20)).total()).isPositive();
    }

    @Test
    void filtersByCategoryAndYear() {
        assertThat(f.search.search(new SearchRequest("能力构成", null, "人员与职业能力", null, 0, 20)).hits())
                .extracting(SearchHit::number).containsOnly("WH/T 203—2025");
        assertThat(f.search.search(new SearchRequest("能力构成", null, null, 2024, 0, 20)).hits())
                .extracting(SearchHit::number).containsOnly("WH/T 201—2024");
    }

    @Test
    void takesSyntaxCharactersAsPlainText() {
        for (String q : List.of("\"馆员", "馆员 * ? ~ ( ) [ ] { } : \\ / ^ ! + - && ||", "古籍)", ":古籍:",
                "WH/T 201—2024", "(古籍 [")) {
            assertThat(f.search.refusal(q)).as(q).isEmpty();
            assertThat(f.find(q).total()).as(q).isPositive();
        }
        // Operators are words like any other: no standard here holds “AND” or “OR”.
        assertThat(f.search.refusal("AND OR NOT")).isEmpty();
        assertThat(f.find("AND OR NOT").total()).isZero();
    }

    @Test
    void refusesEmptyTooLongAndPunctuationOnlyQueries() {
        assertThat(f.search.refusal("  ")).contains(UserQuery.Refusal.EMPTY);
        assertThat(f.search.refusal("馆".repeat(201))).contains(UserQuery.Refusal.TOO_LONG);
        assertThat(f.search.refusal("馆".repeat(200))).isEmpty();
        assertThat(f.search.refusal("？！。，、（）*?\"")).contains(UserQuery.Refusal.NO_WORDS);
    }

    @Test
    void rebuildsTheIndexWhenItsFolderIsDeleted() throws IOException {
        assertThat(f.find("馆员").total()).isPositive();
        try (Stream<java.nio.file.Path> files = Files.walk(f.indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(f.indexDir).doesNotExist();
        assertThat(f.find("馆员").total()).isPositive();
        assertThat(f.indexDir).isDirectory();
    }

    @Test
    void findsAnEditionPublishedAfterTheIndexWasBuiltAsAnotherNodeWould() {
        assertThat(f.find("盲文").total()).isZero();
        f.publish("WH/T 204—2025", "视障读者服务规范", "2025-03-01", "2025-06-01", List.of(), List.of(
                new Section("4", "资源", "提供盲文文献和有声读物。")));
        assertThat(f.find("盲文").hits()).extracting(SearchHit::number).contains("WH/T 204—2025");
    }

    @Test
    void pagesThroughHits() {
        SearchResults first = f.search.search(new SearchRequest("图书馆", null, null, null, 0, 2));
        SearchResults second = f.search.search(new SearchRequest("图书馆", null, null, null, 1, 2));
        assertThat(first.hits()).hasSize(2);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(2);
        assertThat(second.hits()).doesNotContainAnyElementsOf(first.hits());
        SearchResults far = f.search.search(new SearchRequest("图书馆", null, null, null, Integer.MAX_VALUE, 100));
        assertThat(far.hits()).isEmpty();
        assertThat(far.total()).isEqualTo(first.total());
    }
}

package cn.guifanku.catalog;

import static cn.guifanku.catalog.Editions.edition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog on real SQL, read on different days. */
class CatalogTest {

    final TestDatabase db = TestDatabase.create();
    final CatalogRepository repository = new CatalogRepository(db.jdbc());

    Catalog on(String day) {
        return new Catalog(repository, Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.ofHours(8)).toInstant(),
                ZoneId.of("Asia/Shanghai")), new CatalogChanges(db.jdbc()));
    }

    @BeforeEach
    void publish() {
        Catalog catalog = on("2026-01-01");
        catalog.record(edition("WH/T 201—2019", "2019-05-20", "2019-09-01"));
        catalog.record(edition("WH/T 201—2024", "2024-03-15", "2024-07-01", "WH/T 201—2019"));
        catalog.record(edition("WH/T 202—2023", "2023-06-12", "2023-10-01"));
        catalog.record(edition("WH/T 9—2026", "2026-03-01", "2026-09-01"));
    }

    @Test
    void everyPublicationAndWithdrawalRaisesTheChangeSequence() {
        CatalogChanges changes = new CatalogChanges(db.jdbc());
        assertThat(changes.current()).as("four editions recorded").isEqualTo(4);
        on("2026-01-01").withdraw("wh-t-202", LocalDate.parse("2026-02-01"), "废止");
        assertThat(changes.current()).isEqualTo(5);
    }

    @Test
    void ordersStandardsByDesignationNumerically() {
        assertThat(on("2026-01-01").standards()).extracting(StandardEntry::designation)
                .containsExactly("WH/T 9", "WH/T 201", "WH/T 202");
    }

    @Test
    void searchesByNumberWithAnyDashAndByTitle() {
        Catalog catalog = on("2026-01-01");
        assertThat(catalog.search("wh/t 201-2019", null, 0, 20).items()).extracting(StandardEntry::slug).containsExactly("wh-t-201");
        assertThat(catalog.search("标题 WH/T 202", null, 0, 20).items()).extracting(StandardEntry::slug).containsExactly("wh-t-202");
        assertThat(catalog.search("title", null, 0, 20).total()).isEqualTo(3);
        assertThat(catalog.search("没有这个", null, 0, 20).items()).isEmpty();
    }

    @Test
    void filtersByStatusAndPages() {
        Catalog catalog = on("2026-01-01");
        assertThat(catalog.search("", EditionStatus.UPCOMING, 0, 20).items()).extracting(StandardEntry::slug).containsExactly("wh-t-9");
        CatalogPage<StandardEntry> second = catalog.search("", null, 1, 2);
        assertThat(second.items()).extracting(StandardEntry::slug).containsExactly("wh-t-202");
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(catalog.search("", null, 5, 2).items()).isEmpty();
    }

    @Test
    void latestFollowsTheClock() {
        assertThat(on("2024-06-30").latest("wh-t-201")).get().isInstanceOfSatisfying(Latest.InForce.class,
                l -> assertThat(l.edition().number()).isEqualTo("WH/T 201—2019"));
        assertThat(on("2024-07-01").latest("wh-t-201")).get().isInstanceOfSatisfying(Latest.InForce.class,
                l -> assertThat(l.edition().number()).isEqualTo("WH/T 201—2024"));
        assertThat(on("2026-01-01").latest("wh-t-9")).get().isInstanceOfSatisfying(Latest.NotYetInForce.class,
                l -> assertThat(l.upcoming().metadata().effective()).isEqualTo(LocalDate.parse("2026-09-01")));
        assertThat(on("2026-09-01").latest("wh-t-9")).get().isInstanceOf(Latest.InForce.class);
        assertThat(on("2026-01-01").latest("wh-t-404")).isEmpty();
    }

    @Test
    void withdrawnStandardHasNoLatestButKeepsItsEditions() {
        on("2026-01-01").withdraw("wh-t-202", LocalDate.parse("2026-02-01"), "内容已纳入其他标准");
        assertThat(on("2026-01-31").latest("wh-t-202")).get().isInstanceOf(Latest.InForce.class);
        assertThat(on("2026-02-01").latest("wh-t-202")).get().isInstanceOfSatisfying(Latest.Withdrawn.class,
                w -> assertThat(w.on()).isEqualTo(LocalDate.parse("2026-02-01")));
        assertThat(on("2026-02-01").edition("wh-t-202", "2023")).get()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EditionStatus.WITHDRAWN));
    }

    @Test
    void standardReplacedByAnotherPointsToIt() {
        on("2026-01-01").record(edition("WH/T 300—2026", "2026-01-01", "2026-04-01", "WH/T 202—2023"));
        assertThat(on("2026-04-01").latest("wh-t-202")).get().isInstanceOfSatisfying(Latest.Replaced.class,
                r -> assertThat(r.replacedBy()).isEqualTo("WH/T 300—2026"));
    }

    @Test
    void findReadsOneStandardAsTheWholeListShowsIt() {
        on("2026-01-01").record(edition("WH/T 300—2026", "2026-01-01", "2026-04-01", "WH/T 202—2023"));
        on("2026-01-01").withdraw("wh-t-9", LocalDate.parse("2026-10-01"), "不再适用");
        for (String day : new String[] {"2026-01-01", "2026-04-01", "2026-12-01"}) {
            Catalog catalog = on(day);
            for (StandardEntry entry : catalog.standards()) {
                assertThat(catalog.find(entry.slug())).as(day + " " + entry.slug()).contains(entry);
            }
        }
        assertThat(on("2026-01-01").find("wh-t-404")).isEmpty();
    }
}

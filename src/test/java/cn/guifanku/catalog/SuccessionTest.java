package cn.guifanku.catalog;

import static cn.guifanku.catalog.Editions.edition;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.CatalogRepository.StandardRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replacement rule, without Spring: 2019 ← 2024 ← 2026, and nothing else, whatever the headers say. */
class SuccessionTest {

    final PublishedEdition first = edition("WH/T 201—2019", "2019-05-20", "2019-09-01");
    final PublishedEdition second = edition("WH/T 201—2024", "2024-03-15", "2024-07-01", "WH/T 201—2019");
    /** The new edition's header still names 2019 (copied from the 2024 source, never touched): the record decides. */
    final PublishedEdition third = edition("WH/T 201—2026", "2026-11-20", "2027-03-01", "WH/T 201—2019");

    StandardEntry standard(String day, Map<String, LocalDate> withdrawn, PublishedEdition... editions) {
        List<Edition> computed = StatusRule.apply(List.of(editions), withdrawn, LocalDate.parse(day));
        return Catalog.entry(new StandardRow("wh-t-201", "WH/T 201", withdrawn.get("wh-t-201"), null, "tc389"), computed);
    }

    static Edition of(StandardEntry s, String number) {
        return s.editions().stream().filter(e -> e.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void eachEditionIsReplacedOnlyByItsDirectSuccessorWhateverTheHeaderNames() {
        StandardEntry s = standard("2026-12-01", Map.of(), first, second, third);

        assertThat(of(s, "WH/T 201—2019").replacedBy()).containsExactly("WH/T 201—2024");
        assertThat(of(s, "WH/T 201—2024").replacedBy()).containsExactly("WH/T 201—2026");
        assertThat(of(s, "WH/T 201—2026").replacedBy()).isEmpty();
        assertThat(of(s, "WH/T 201—2019").replaces()).isEmpty();
        assertThat(of(s, "WH/T 201—2024").replaces()).containsExactly("WH/T 201—2019");
        assertThat(of(s, "WH/T 201—2026").replaces()).as("not the 2019 its header names").containsExactly("WH/T 201—2024");
    }

    @Test
    void theNewEditionIsUpcomingBesideTheOneInForceUntilItsDay() {
        StandardEntry before = standard("2027-02-28", Map.of(), first, second, third);
        assertThat(of(before, "WH/T 201—2019").status()).isEqualTo(EditionStatus.SUPERSEDED);
        assertThat(of(before, "WH/T 201—2024").status()).isEqualTo(EditionStatus.CURRENT);
        assertThat(of(before, "WH/T 201—2026").status()).isEqualTo(EditionStatus.UPCOMING);
        assertThat(before.inForce()).map(Edition::number).contains("WH/T 201—2024");
        assertThat(before.upcoming()).map(Edition::number).contains("WH/T 201—2026");
        assertThat(before.hasEdition(EditionStatus.UPCOMING)).isTrue();
        assertThat(before.guidance().kind()).isEqualTo(StandardEntry.Guidance.Kind.FOLLOW_THEN_NEXT);

        StandardEntry after = standard("2027-03-01", Map.of(), first, second, third);
        assertThat(of(after, "WH/T 201—2024").status()).isEqualTo(EditionStatus.SUPERSEDED);
        assertThat(of(after, "WH/T 201—2026").status()).isEqualTo(EditionStatus.CURRENT);
        assertThat(after.hasEdition(EditionStatus.UPCOMING)).isFalse();
        assertThat(after.guidance().kind()).isEqualTo(StandardEntry.Guidance.Kind.FOLLOW);
    }

    @Test
    void aRevisionReplacesTheNewestEditionInForceOrUpcoming() {
        assertThat(Succession.predecessorOfNext(standard("2026-06-01", Map.of(), first, second)))
                .map(Edition::number).contains("WH/T 201—2024");
        assertThat(Succession.predecessorOfNext(standard("2026-12-01", Map.of(), first, second, third)))
                .as("an approved edition not yet in force is the one the next revision replaces")
                .map(Edition::number).contains("WH/T 201—2026");
        assertThat(Succession.predecessorOfNext(standard("2019-06-01", Map.of(), first)))
                .as("even before the only edition takes effect").map(Edition::number).contains("WH/T 201—2019");
    }

    @Test
    void aWithdrawnStandardOrOneReplacedByAnotherHasNothingToReplace() {
        assertThat(Succession.predecessorOfNext(standard("2026-06-01", Map.of("wh-t-201", LocalDate.parse("2026-01-01")),
                first, second))).isEmpty();
        PublishedEdition other = edition("WH/T 300—2025", "2025-01-01", "2025-04-01", "WH/T 201—2024");
        List<Edition> computed = StatusRule.apply(List.of(first, second, other), Map.of(), LocalDate.parse("2026-01-01"));
        StandardEntry replaced = Catalog.entry(new StandardRow("wh-t-201", "WH/T 201", null, null, "tc389"),
                computed.stream().filter(e -> e.slug().equals("wh-t-201")).toList());
        assertThat(of(replaced, "WH/T 201—2024").replacedBy()).containsExactly("WH/T 300—2025");
        assertThat(Succession.predecessorOfNext(replaced)).isEmpty();
        assertThat(replaced.guidance().kind()).isEqualTo(StandardEntry.Guidance.Kind.REPLACED);
        assertThat(replaced.guidance().replacement()).isEqualTo("WH/T 300—2025");
    }

    @Test
    void theHistoryListsEveryEditionOldestFirst() {
        assertThat(Succession.history(standard("2026-12-01", Map.of(), third, first, second))).extracting(Edition::number)
                .containsExactly("WH/T 201—2019", "WH/T 201—2024", "WH/T 201—2026");
    }
}

package cn.guifanku.catalog;

import static cn.guifanku.catalog.Editions.edition;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    final PublishedEdition old = edition("WH/T 201—2019", "2019-05-20", "2019-09-01");
    final PublishedEdition revised = edition("WH/T 201—2024", "2024-03-15", "2024-07-01", "WH/T 201—2019");

    Map<String, EditionStatus> on(String day, List<PublishedEdition> all, Map<String, LocalDate> withdrawn) {
        return StatusRule.apply(all, withdrawn, LocalDate.parse(day)).stream()
                .collect(java.util.stream.Collectors.toMap(Edition::number, Edition::status));
    }

    @Test
    void editionIsUpcomingUntilItsEffectiveDayThenCurrent() {
        assertThat(on("2019-08-31", List.of(old), Map.of())).containsEntry("WH/T 201—2019", EditionStatus.UPCOMING);
        assertThat(on("2019-09-01", List.of(old), Map.of())).containsEntry("WH/T 201—2019", EditionStatus.CURRENT);
    }

    @Test
    void olderEditionStaysCurrentUntilTheNewOneTakesEffect() {
        var all = List.of(old, revised);
        assertThat(on("2024-06-30", all, Map.of())).containsEntry("WH/T 201—2019", EditionStatus.CURRENT)
                .containsEntry("WH/T 201—2024", EditionStatus.UPCOMING);
        assertThat(on("2024-07-01", all, Map.of())).containsEntry("WH/T 201—2019", EditionStatus.SUPERSEDED)
                .containsEntry("WH/T 201—2024", EditionStatus.CURRENT);
    }

    @Test
    void laterEditionOfTheSameStandardSupersedesEvenWithoutSayingSo() {
        var silent = edition("WH/T 201—2024", "2024-03-15", "2024-07-01");
        assertThat(on("2025-01-01", List.of(old, silent), Map.of())).containsEntry("WH/T 201—2019", EditionStatus.SUPERSEDED);
    }

    @Test
    void anotherStandardNamingItInReplacesSupersedesIt() {
        var successor = edition("WH/T 300—2025", "2025-01-01", "2025-04-01", "WH/T 201—2019");
        var all = List.of(old, successor);
        var statuses = StatusRule.apply(all, Map.of(), LocalDate.parse("2025-05-01"));
        assertThat(statuses).filteredOn(e -> e.number().equals("WH/T 201—2019")).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EditionStatus.SUPERSEDED);
                    assertThat(e.replacedBy()).containsExactly("WH/T 300—2025");
                });
    }

    @Test
    void withdrawnStandardIsWithdrawnFromItsWithdrawalDay() {
        var withdrawn = Map.of("wh-t-201", LocalDate.parse("2026-01-01"));
        assertThat(on("2025-12-31", List.of(old), withdrawn)).containsEntry("WH/T 201—2019", EditionStatus.CURRENT);
        assertThat(on("2026-01-01", List.of(old), withdrawn)).containsEntry("WH/T 201—2019", EditionStatus.WITHDRAWN);
        assertThat(on("2026-01-01", List.of(old, revised), withdrawn))
                .as("an edition superseded before the withdrawal stays superseded")
                .containsEntry("WH/T 201—2019", EditionStatus.SUPERSEDED)
                .containsEntry("WH/T 201—2024", EditionStatus.WITHDRAWN);
    }
}

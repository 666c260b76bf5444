package cn.guifanku.catalog;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog held in memory, so that a download, the catalog page and the API read no table. It is rebuilt when the
 * database's change sequence moves (another node published: seen within {@code recheck}; this node: at once, after
 * its transaction commits), and its statuses are computed once per day, since they depend only on the date.
 */
class CatalogSnapshot {

    /** The catalog's rows at one change sequence. */
    private record Rows(long sequence, Map<String, CatalogRepository.StandardRow> standards,
                        List<PublishedEdition> editions, Map<String, LocalDate> withdrawals) {
    }

    /**
     * The catalog as it reads on one day: entries in designation order and by slug, and each standard's numbers and
     * titles (every edition's, {@link Catalog#normalise normalised}, one per line) for the catalog's search.
     */
    record Day(LocalDate day, List<StandardEntry> standards, Map<String, StandardEntry> bySlug,
               Map<String, String> searchText) {
    }

    private record State(Rows rows, Day day, long checkedAt) {
    }

    private final CatalogRepository repository;
    private final CatalogChanges changes;
    private final long recheckNanos;
    private volatile State state;

    CatalogSnapshot(CatalogRepository repository, CatalogChanges changes, Duration recheck) {
        this.repository = repository;
        this.changes = changes;
        this.recheckNanos = recheck.toNanos();
    }

    /** The catalog on {@code today}. */
    Day on(LocalDate today) {
        State current = state;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < recheckNanos && current.day().day().equals(today)) {
            return current.day();
        }
        synchronized (this) {
            current = state;
            long sequence = changes.current();
            Rows rows = current != null && current.rows().sequence() == sequence ? current.rows() : load(sequence);
            Day day = current != null && current.rows() == rows && current.day().day().equals(today)
                    ? current.day() : compute(rows, today);
            state = new State(rows, day, System.nanoTime());
            return day;
        }
    }

    /** Forgets the snapshot once the current transaction (if any) has committed this node's change. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    state = null;
                }
            });
        }
        state = null;
    }

    private Rows load(long sequence) {
        return new Rows(sequence, Map.copyOf(repository.standards()), List.copyOf(repository.editions()),
                Map.copyOf(repository.withdrawals()));
    }

    private static String searchText(StandardEntry standard) {
        StringBuilder text = new StringBuilder();
        for (Edition e : standard.editions()) {
            text.append(Catalog.normalise(e.number())).append('\n').append(Catalog.normalise(e.metadata().titleZh()))
                    .append('\n').append(Catalog.normalise(e.metadata().titleEn())).append('\n');
        }
        return text.toString();
    }

    private static Day compute(Rows rows, LocalDate today) {
        Map<String, List<Edition>> bySlug = StatusRule.apply(rows.editions(), rows.withdrawals(), today).stream()
                .collect(Collectors.groupingBy(Edition::slug));
        List<StandardEntry> entries = rows.standards().values().stream().filter(r -> bySlug.containsKey(r.slug()))
                .map(r -> Catalog.entry(r, bySlug.get(r.slug())))
                .sorted(Comparator.comparing(StandardEntry::designation, Catalog.DesignationOrder.INSTANCE))
                .toList();
        return new Day(today, entries, entries.stream().collect(Collectors.toUnmodifiableMap(StandardEntry::slug,
                Function.identity())), entries.stream().collect(Collectors.toUnmodifiableMap(StandardEntry::slug,
                CatalogSnapshot::searchText)));
    }
}

package cn.guifanku.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalog of published standards. Statuses are computed on every read from the injected
 * {@link Clock}, so an edition becomes 现行 on its 实施日期 without anyone touching the data.
 */
@Service
public class Catalog {

    private final CatalogRepository repository;
    private final Clock clock;
    private final CatalogChanges changes;
    private final CatalogSnapshot snapshot;

    @org.springframework.beans.factory.annotation.Autowired
    Catalog(CatalogRepository repository, Clock clock, CatalogChanges changes, CatalogProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.changes = changes;
        this.snapshot = new CatalogSnapshot(repository, changes, properties.recheck());
    }

    /** A catalog that asks the database for changes on every read (tests, tools). */
    Catalog(CatalogRepository repository, Clock clock, CatalogChanges changes) {
        this.repository = repository;
        this.clock = clock;
        this.changes = changes;
        this.snapshot = new CatalogSnapshot(repository, changes, java.time.Duration.ZERO);
    }

    /** Every standard, ordered by designation. */
    public List<StandardEntry> standards() {
        return snapshot.on(LocalDate.now(clock)).standards();
    }

    /**
     * Standards whose number or title contains {@code query} (any dash, any case), optionally only those with an
     * edition in {@code status}: 即将实施 finds a standard whose new edition is not yet in force beside the one that is.
     */
    public CatalogPage<StandardEntry> search(String query, EditionStatus status, int page, int size) {
        String needle = normalise(query);
        CatalogSnapshot.Day day = snapshot.on(LocalDate.now(clock));
        // Each standard's numbers and titles are normalised once per catalog version (a needle has no line break).
        List<StandardEntry> matching = day.standards().stream()
                .filter(s -> status == null || s.hasEdition(status))
                .filter(s -> needle.isEmpty() || day.searchText().get(s.slug()).contains(needle))
                .toList();
        int from = Math.min(page * size, matching.size());
        return new CatalogPage<>(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }

    /** One standard, with its editions' statuses today. */
    public Optional<StandardEntry> find(String slug) {
        return Optional.ofNullable(snapshot.on(LocalDate.now(clock)).bySlug().get(slug));
    }

    public Optional<Edition> edition(String slug, String editionKey) {
        return find(slug).flatMap(s -> s.editions().stream().filter(e -> e.key().equals(editionKey)).findFirst());
    }

    /** What {@code latest} gives for a standard today; empty for an unknown standard. */
    public Optional<Latest> latest(String slug) {
        return find(slug).<Latest>map(s -> {
            Edition head = s.headline();
            switch (head.status()) {
                case CURRENT:
                    return new Latest.InForce(head);
                case UPCOMING:
                    return new Latest.NotYetInForce(head);
                case WITHDRAWN:
                    return new Latest.Withdrawn(s.withdrawnOn(), head);
                default:
                    return new Latest.Replaced(head, head.replacedBy().get(0));
            }
        });
    }

    public boolean isPublished(String slug, String editionKey) {
        return repository.exists(slug, editionKey);
    }

    /** Records a published edition; publication calls this inside its own transaction. */
    @Transactional
    public void record(PublishedEdition edition) {
        repository.insert(edition, StandardNumber.parse(edition.metadata().number()).designation());
        changes.raise();
        snapshot.changed();
    }

    /** Marks a standard withdrawn (废止) from a day on. */
    @Transactional
    public void withdraw(String slug, LocalDate on, String note) {
        repository.withdraw(slug, on, note);
        changes.raise();
        snapshot.changed();
    }

    static StandardEntry entry(CatalogRepository.StandardRow row, List<Edition> editions) {
        List<Edition> newestFirst = editions.stream()
                .sorted(Comparator.comparing((Edition e) -> e.metadata().issued()).reversed()).toList();
        Edition headline = newestFirst.stream().filter(e -> e.status() == EditionStatus.CURRENT).findFirst()
                .orElse(newestFirst.get(0));
        return new StandardEntry(row.slug(), row.designation(), row.withdrawnOn(), row.withdrawalNote(),
                newestFirst, headline, row.committeeId());
    }

    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000]+", "")
                .replaceAll("[-‐‑–—―－]", "—");
    }

    /** Orders designations by code, then sequence numerically part by part: WH/T 9 before WH/T 87.1 before WH/T 201. */
    enum DesignationOrder implements Comparator<String> {
        INSTANCE;

        private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[ .]");

        @Override
        public int compare(String a, String b) {
            String[] x = PARTS.split(a);
            String[] y = PARTS.split(b);
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = digits(x[i]) && digits(y[i])
                        ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i])) : x[i].compareTo(y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        }

        private static boolean digits(String s) {
            if (s.isEmpty() || s.length() > 18) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}

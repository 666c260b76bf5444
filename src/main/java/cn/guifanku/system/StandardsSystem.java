package cn.guifanku.system;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The 标准体系表 as it stands on main: its categories, and the category a published standard belongs to. For other
 * features (search filters by category, readers subscribe to categories). Reads the file from Git and keeps the parsed
 * form for as long as main does not move.
 */
@Service
public class StandardsSystem {

    private static final Logger log = LoggerFactory.getLogger(StandardsSystem.class);

    private final SystemFileStore store;
    private final AtomicReference<Parsed> cache = new AtomicReference<>();

    StandardsSystem(SystemFileStore store) {
        this.store = store;
    }

    /** Every category, depth first (1, 1.1, 1.2, 2, …); empty while the repository has no 体系表. */
    public List<Category> categories() {
        return current().map(p -> p.file().allCategories().stream().map(n -> new Category(n.code(), n.name())).toList())
                .orElse(List.of());
    }

    /** The category that lists a published standard, by the standard's slug (for example {@code wh-t-201}). */
    public Optional<Category> categoryOf(String standardSlug) {
        return current().flatMap(p -> p.file().allCategories().stream()
                .filter(n -> n.entries().stream().anyMatch(e -> standardSlug.equals(e.slug())))
                .map(n -> new Category(n.code(), n.name())).findFirst());
    }

    /** The category that lists an entry by its 体系编号 (for example {@code 4-02}, a planned standard). */
    public Optional<Category> categoryOfEntry(String entryCode) {
        return current().flatMap(p -> p.file().allCategories().stream()
                .filter(n -> n.entries().stream().anyMatch(e -> entryCode.equals(e.code())))
                .map(n -> new Category(n.code(), n.name())).findFirst());
    }

    /** The parsed file at main's head with its revision; empty when there is none or it cannot be read. */
    Optional<Parsed> current() {
        Optional<SystemFileStore.Loaded> loaded = store.load();
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Parsed cached = cache.get();
        if (cached != null && cached.revision().equals(loaded.get().revision())) {
            return Optional.of(cached);
        }
        try {
            Parsed parsed = new Parsed(loaded.get().revision(), SystemFileParser.parse(loaded.get().text()));
            cache.set(parsed);
            return Optional.of(parsed);
        } catch (SystemFileException e) {
            log.warn("The 体系表 on main at {} is broken: {}", loaded.get().revision(), e.explanation());
            return Optional.empty();
        }
    }

    record Parsed(String revision, SystemFile file) {
    }
}

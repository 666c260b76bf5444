package cn.guifanku.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Public pages as every anonymous reader sees them, rendered once per version of what they show. A page is kept under
 * its address (scheme, host and port: without {@code guifanku.public-url} absolute links follow the request), path
 * and query, the reader's language, the day (statuses change on an 实施日期 with nothing written) and a
 * generation that rises with every change this node makes — any of our domain events, once its transaction has
 * completed (a publication, a withdrawal, a draft opened for comment, the search index refreshed) — so a change shows
 * on the next request. What another node changes shows within {@link PageCacheProperties#maxAge()}. Only pages that
 * are the same for every anonymous reader are listed in {@link #PUBLIC_PAGES}; {@link PublicPageFilter} decides who is
 * anonymous and what answer may be kept.
 *
 * <p>After a change one request makes a page again; readers asking for it meanwhile get it as it was before the change
 * ({@link #previous}) rather than wait in line — a publication or a busy review raises the generation many times a
 * second, and readers must not queue behind each remake; so too when a page has been kept for {@code max-age} and is
 * made again (a search page over 10,000 editions takes a tenth of a second). A previous page is served only meanwhile,
 * and never once it is twice {@code max-age} old. A reader finding no earlier page waits for the one being made.
 */
@Component
class PublicPageCache {

    /** The pages kept: the catalog, a standard, an edition's reading page, 体系表, 术语库, search, the catalog API. */
    static final Pattern PUBLIC_PAGES = Pattern.compile(
            "/|/system|/terms|/search|/api/standards|/api/search|/api/terms|/feeds/(standards|comment)\\.atom"
                    + "|/standards/[a-z0-9-]{1,80}(/\\d{4}[a-z]?\\.html|/feed\\.atom)?|/api/standards/[a-z0-9-]{1,80}");

    /** Where a page is kept. */
    record Key(String origin, String path, String query, String language, LocalDate day, long generation) {

        /** The page's place whatever the generation. */
        Place place() {
            return new Place(origin, path, query, language, day);
        }
    }

    /** A page's place: its address, language and day. */
    record Place(String origin, String path, String query, String language, LocalDate day) {
    }

    /** A page kept with the generation it was made in and when ({@link System#nanoTime()}). */
    private record Kept(long generation, Page page, long madeAt) {
    }

    /** A kept answer: its headers as the application set them, the body, and the body's ETag. */
    record Page(Map<String, List<String>> headers, byte[] body, String etag) {
    }

    /** The newest page made for each place, with its generation: current ones are served, older ones only meanwhile. */
    private final Cache<Place, Kept> pages;
    /** Pages being made now: readers asking for one wait for it rather than make it again (a cold page under load). */
    private final java.util.concurrent.ConcurrentMap<Key, java.util.concurrent.CompletableFuture<Page>> making =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final PageCacheProperties properties;

    PublicPageCache(PageCacheProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((Place k, Kept p) -> p.page().body().length + 512)
                .expireAfterWrite(properties.maxAge().multipliedBy(2)) // current for max-age, then previous as long
                .build();
    }

    boolean enabled() {
        return properties.enabled();
    }

    long maxPageBytes() {
        return properties.maxPage().toBytes();
    }

    /** Whether a path is one of the public pages. */
    static boolean isPublic(String path) {
        return PUBLIC_PAGES.matcher(path).matches();
    }

    Key key(String origin, String path, String query, Locale locale) {
        return new Key(origin, path, query == null ? "" : query, locale.toLanguageTag(), LocalDate.now(clock), generation.get());
    }

    /** The page kept for a key in its generation. */
    Optional<Page> find(Key key) {
        Kept kept = pages.getIfPresent(key.place());
        return kept != null && kept.generation() == key.generation()
                && System.nanoTime() - kept.madeAt() < properties.maxAge().toNanos() ? Optional.of(kept.page()) : Optional.empty();
    }

    /** The page as it was before it became out of date (kept at most twice {@code max-age}), while another remakes it. */
    Optional<Page> previous(Key key) {
        return Optional.ofNullable(pages.getIfPresent(key.place())).map(Kept::page);
    }

    /** A request's turn at a page nobody had kept: to make it ({@code mine}), or to wait for {@code page}. */
    record Turn(boolean mine, java.util.concurrent.CompletableFuture<Page> page) {
    }

    /** Whether this request makes the page for a key, or another request is making it now. */
    Turn turn(Key key) {
        var mine = new java.util.concurrent.CompletableFuture<Page>();
        var theirs = making.putIfAbsent(key, mine);
        return theirs == null ? new Turn(true, mine) : new Turn(false, theirs);
    }

    /** What a request made in its turn: kept when it may be (null: not), and handed to the requests waiting for it. */
    void made(Key key, Turn turn, Page page) {
        if (page != null) {
            keep(key, page);
        }
        making.remove(key, turn.page());
        turn.page().complete(page);
    }

    /**
     * Keeps a page unless a newer one is kept. One made while something changed is kept as a previous page only (its
     * generation is behind): the next request makes it again, readers meanwhile get this one.
     */
    void keep(Key key, Page page) {
        Kept newest = pages.getIfPresent(key.place());
        if (newest == null || newest.generation() <= key.generation()) { // a race here only makes a page once more
            pages.put(key.place(), new Kept(key.generation(), page, System.nanoTime()));
        }
    }

    /** Any of our domain events: what public pages show may have changed. After its transaction, or at once without one. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(Object event) {
        if (event.getClass().getName().startsWith("cn.guifanku.")) {
            changed();
        }
    }

    /** Every kept page becomes a previous one: made again on the next request. */
    void changed() {
        generation.incrementAndGet();
    }
}

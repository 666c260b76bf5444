package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A kept page is current for {@code max-age}; after that the next reader makes it again while others still get the
 * old one, which is never served once it is twice {@code max-age} old. Without Spring: the cache alone.
 */
class PublicPageCacheAgeTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final PublicPageCache cache = new PublicPageCache(
            new PageCacheProperties(true, MAX_AGE, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64)), Clock.systemUTC());

    private PublicPageCache.Key key() {
        return cache.key("http://localhost:8080", "/search", "q=图书馆", Locale.SIMPLIFIED_CHINESE);
    }

    private static PublicPageCache.Page page(String body) {
        return new PublicPageCache.Page(Map.of("Content-Type", List.of("text/html")), body.getBytes(), "\"" + body + "\"");
    }

    @Test
    void aPageOlderThanMaxAgeIsMadeAgainWhileReadersGetTheOldOneUntilTwiceMaxAge() throws InterruptedException {
        cache.keep(key(), page("v1"));
        assertThat(cache.find(key())).map(PublicPageCache.Page::etag).contains("\"v1\"");

        Thread.sleep(MAX_AGE.toMillis() + 200);
        assertThat(cache.find(key())).as("out of date: the next reader makes it").isEmpty();
        assertThat(cache.previous(key())).as("readers meanwhile").map(PublicPageCache.Page::etag).contains("\"v1\"");

        Thread.sleep(MAX_AGE.toMillis() + 200);
        assertThat(cache.previous(key())).as("never twice max-age old").isEmpty();
    }

    @Test
    void aPageMadeBeforeAChangeNeverReplacesOneMadeAfterIt() {
        PublicPageCache.Key before = key();
        cache.changed();
        PublicPageCache.Key after = key();
        cache.keep(after, page("new"));
        cache.keep(before, page("old")); // a slow request that started before the change finishes last
        assertThat(cache.find(after)).map(PublicPageCache.Page::etag).contains("\"new\"");
        assertThat(cache.previous(after)).map(PublicPageCache.Page::etag).contains("\"new\"");
    }
}

package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Public pages are made once per change and then served with an ETag to every anonymous reader; each reader still
 * gets the page of their language and day, and signed-in people their own; while a page is made again after a change,
 * readers get it as it was rather than queue.
 */
class PublicPageCacheTest extends ApplicationTestBase {

    @Autowired
    PublicPageCache cache;

    @Test
    void anAnonymousReaderGetsTheSamePageWithAnETagAnd304WhenNothingChanged() {
        ResponseEntity<String> first = http.get().uri("/standards/wh-t-201").retrieve().toEntity(String.class);
        ResponseEntity<String> second = http.get().uri("/standards/wh-t-201").retrieve().toEntity(String.class);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        String etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(second.getHeaders().getETag()).isEqualTo(etag);
        assertThat(second.getBody()).isEqualTo(first.getBody()).contains("WH/T 201");
        assertThat(first.getHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(first.getHeaders().getFirst("Content-Security-Policy")).as("security headers stay").contains("default-src");
        ResponseEntity<String> again = http.get().uri("/standards/wh-t-201").header("If-None-Match", etag).retrieve()
                .toEntity(String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(304);
        assertThat(again.getBody()).isNull();
    }

    @Test
    void eachLanguageHasItsOwnPage() {
        String zh = http.get().uri("/").header("Accept-Language", "zh-CN").retrieve().body(String.class);
        String en = http.get().uri("/").header("Accept-Language", "en").retrieve().body(String.class);
        String zhAgain = http.get().uri("/").header("Accept-Language", "zh-CN").retrieve().body(String.class);
        assertThat(zh).contains("标准目录").isEqualTo(zhAgain);
        assertThat(en).contains("lang=\"en\"").doesNotContain("<title>标准目录");
    }

    @Test
    void aStatusThatChangesWithTheDayShowsOnThatDay() {
        String today = http.get().uri("/standards/wh-t-201").retrieve().body(String.class);
        assertThat(today).doesNotContain("即将实施");
        clock.set(Instant.parse("2024-05-01T02:00:00Z")); // 2024 edition published, in force from 2024-07-01
        String before = http.get().uri("/standards/wh-t-201").retrieve().body(String.class);
        assertThat(before).contains("即将实施");
    }

    @Test
    void aChangeOfOursMakesEveryKeptPageAgainAndOtherEventsDoNot() {
        String page = http.get().uri("/terms").retrieve().body(String.class);
        assertThat(page).contains("术语");
        var zh = java.util.Locale.SIMPLIFIED_CHINESE;
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).as("kept after the first reader")
                .isPresent();
        cache.on("an event of the framework's");
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).isPresent();
        cache.on(new cn.guifanku.search.SearchIndexChanged(4)); // as the index says when it took in an edition
        var afterChange = cache.key("http://localhost:" + port, "/terms", null, zh);
        assertThat(cache.find(afterChange)).as("made again by the next reader").isEmpty();
        assertThat(cache.previous(afterChange)).as("kept for readers while it is made again").isPresent();
        http.get().uri("/terms").retrieve().body(String.class);
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).isPresent();
    }

    @Test
    void whileAPageIsMadeAgainReadersGetItAsItWasRatherThanWait() {
        String before = http.get().uri("/system").retrieve().body(String.class);
        cache.changed();
        var key = cache.key("http://localhost:" + port, "/system", null, java.util.Locale.SIMPLIFIED_CHINESE);
        PublicPageCache.Turn another = cache.turn(key); // another reader is making the page again, slowly
        try {
            long start = System.nanoTime();
            ResponseEntity<String> meanwhile = http.get().uri("/system").retrieve().toEntity(String.class);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(meanwhile.getStatusCode().value()).isEqualTo(200);
            assertThat(meanwhile.getBody()).isEqualTo(before);
            assertThat(tookMillis).as("not waiting for the other reader (up to 10 s)").isLessThan(5_000);
        } finally {
            cache.made(key, another, null);
        }
        assertThat(cache.find(key)).as("still to be made by the next reader").isEmpty();
        assertThat(http.get().uri("/system").retrieve().body(String.class)).isEqualTo(before);
        assertThat(cache.find(cache.key("http://localhost:" + port, "/system", null, java.util.Locale.SIMPLIFIED_CHINESE)))
                .isPresent();
    }

    @Test
    void signedInPeopleGetTheirOwnPageNotTheReadersOne() {
        http.get().uri("/").retrieve().body(String.class);
        String editor = as("editor1").get().uri("/").retrieve().body(String.class);
        assertThat(editor).contains("张明");
        String anonymous = http.get().uri("/").retrieve().body(String.class);
        assertThat(anonymous).doesNotContain("张明").doesNotContain("name=\"_csrf\"");
    }
}

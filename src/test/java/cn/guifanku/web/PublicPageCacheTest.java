package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Public pages are made once per change and then served with an ETag to every anonymous reader; each reader still
 * gets the page of their language and day, and signed-in people their own.
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
    void aChangeOfOursForgetsEveryKeptPageAndOtherEventsDoNot() {
        assertThat(http.get().uri("/terms").retrieve().body(String.class)).contains("术语");
        var zh = java.util.Locale.SIMPLIFIED_CHINESE;
        var kept = cache.key("http://localhost:" + port, "/terms", null, zh);
        assertThat(cache.find(kept)).as("kept after the first reader").isPresent();
        cache.on("an event of the framework's");
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).isPresent();
        cache.on(new cn.guifanku.search.SearchIndexChanged(4)); // as the index says when it took in an edition
        assertThat(cache.find(kept)).isEmpty();
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).isEmpty();
        http.get().uri("/terms").retrieve().body(String.class);
        assertThat(cache.find(cache.key("http://localhost:" + port, "/terms", null, zh))).isPresent();
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

package cn.guifanku.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.review.DraftSentForComments;
import cn.guifanku.process.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;

class FeedTest extends ApplicationTestBase {

    @Autowired
    Proposals proposals;
    @Autowired
    cn.guifanku.TestSteps steps;

    @Test
    void theStandardsFeedIsValidAtomWithTheSamplesPublicationsAndReplacement() throws Exception {
        ResponseEntity<String> response = http.get().uri("/feeds/standards.atom").retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("application/atom+xml"))).isTrue();
        Document doc = AtomValidation.valid(response.getBody());
        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:title")).contains(
                "发布：WH/T 201—2024 公共图书馆读者服务规范", "发布：WH/T 202—2023 古籍数字化元数据规范",
                "被代替：WH/T 201—2019 公共图书馆读者服务规范");
        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:link/@href"))
                .allMatch(href -> href.startsWith("http://localhost:" + port + "/standards/"));
        assertThat(http.get().uri("/feeds/standards.atom").retrieve().body(String.class))
                .as("the same catalog gives the same feed").isEqualTo(response.getBody());
    }

    @Test
    void aReaderWhoHasTheFeedGets304() {
        ResponseEntity<String> first = http.get().uri("/feeds/standards.atom").retrieve().toEntity(String.class);
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().getLastModified()).isPositive();

        ResponseEntity<String> again = http.get().uri("/feeds/standards.atom").header(HttpHeaders.IF_NONE_MATCH, etag)
                .retrieve().toEntity(String.class);

        assertThat(again.getStatusCode().value()).isEqualTo(304);
    }

    @Test
    void oneStandardsFeedHoldsOnlyItsOwnChanges() throws Exception {
        Document doc = AtomValidation.valid(http.get().uri("/standards/wh-t-201/feed.atom").retrieve().body(String.class));

        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:title")).isNotEmpty().allMatch(t -> t.contains("WH/T 201"));
        assertThat(AtomValidation.texts(doc, "/a:feed/a:id")).containsExactly("urn:guifanku:feed:standard:wh-t-201");
        assertThat(http.get().uri("/standards/no-such/feed.atom").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aDraftOpenForCommentIsInTheCommentFeed() throws Exception {
        var created = as("editor1").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"kind":"NEW","title":"图书馆无障碍服务规范","scope":"视障读者服务","reason":"填补空白"}""")
                .retrieve().body(java.util.Map.class);
        String id = (String) created.get("id");
        steps.enter(id, Stage.COMMENTING);
        steps.record(new DraftSentForComments(java.util.UUID.randomUUID(), id, "editor1", java.time.Instant.now(),
                "图书馆无障碍服务规范", "0000000", java.time.Instant.now(), java.time.Instant.now(), "2026-12-31 00:00"));

        // The feed learns of the opening from the event, after its commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                http.get().uri("/feeds/comment.atom").retrieve().body(String.class).contains("图书馆无障碍服务规范"));
        Document doc = AtomValidation.valid(http.get().uri("/feeds/comment.atom").retrieve().body(String.class));

        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:title")).contains("征求意见：《图书馆无障碍服务规范》");
        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:link/@href"))
                .contains("http://localhost:" + port + "/proposals/" + id + "/review");
        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:summary")).anyMatch(s -> s.contains("征求意见截止 2026-12-31"));
        steps.enter(id, Stage.WITHDRAWN);
    }

    @Test
    void pagesLinkTheirFeedsInTheHeadAndVisibly() {
        String home = http.get().uri("/").retrieve().body(String.class);
        assertThat(home).contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/standards.atom\"",
                "href=\"/feeds/comment.atom\"", "订阅：标准发布、代替与废止（Atom）");
        assertThat(http.get().uri("/standards/wh-t-201").retrieve().body(String.class))
                .contains("href=\"/standards/wh-t-201/feed.atom\"", "订阅：本标准的变化（Atom）");
        assertThat(http.get().uri("/proposals").retrieve().body(String.class)).contains("href=\"/feeds/comment.atom\"");
    }
}

package cn.guifanku.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.review.DraftSentForComments;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The feed module alone (Spring Modulith's slice: its own beans, the rest mocked, no process engine): it learns of a
 * draft going out for comments from the review's event, after the publishing transaction, once however often the
 * event is delivered.
 */
@ApplicationModuleTest
class CommentFeedModuleTest {

    @DynamicPropertySource
    static void isolated(DynamicPropertyRegistry registry) throws IOException {
        registry.add("guifanku.data-dir", () -> tempDir());
        // No process engine in this slice: nothing of the feed needs it.
        registry.add("spring.autoconfigure.exclude", () -> "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration");
    }

    static String tempDir() {
        try {
            return Files.createTempDirectory("guifanku-feed-module").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @MockitoBean
    Catalog catalog;
    @MockitoBean
    Proposals proposals;
    @MockitoBean
    cn.guifanku.proposal.CommentDrafts commentDrafts;
    @MockitoBean
    cn.guifanku.web.Times times;
    /** The one public address (web's, outside this slice) that the feed's absolute links start with. */
    @MockitoBean
    cn.guifanku.web.PublicAddress publicAddress;
    @Autowired
    JdbcClient jdbc;

    /** The one clock lives in web's configuration, outside this slice. */
    @org.springframework.boot.test.context.TestConfiguration
    static class OneClock {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.systemUTC();
        }
    }

    @Test
    void aDraftSentForCommentsEntersTheCommentFeedOnceWhateverTheDeliveries(Scenario scenario) {
        Instant opened = Instant.parse("2026-12-01T02:00:00Z");
        var event = new DraftSentForComments(UUID.randomUUID(), "P2026-101", "editor1", opened, "图书馆无障碍服务规范",
                "0000000", opened.plusSeconds(86_400 * 30), opened, "2026-12-31 10:00");

        scenario.publish(event).andWaitForStateChange(this::rows, n -> n == 1).andVerify(n -> assertThat(n).isEqualTo(1));
        scenario.publish(event).andWaitForStateChange(this::rows, n -> n == 1).andVerify(n -> assertThat(n).isEqualTo(1));

        assertThat(jdbc.sql("select detail from feed_comment_period where proposal_id = 'P2026-101'")
                .query(String.class).single()).isEqualTo("征求意见截止 2026-12-31 10:00");
    }

    long rows() {
        return jdbc.sql("select count(*) from feed_comment_period where proposal_id = 'P2026-101'")
                .query(Long.class).single();
    }
}

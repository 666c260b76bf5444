package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One zone in every view: the JVM runs at UTC here (Surefire), the product at guifanku.time-zone (Asia/Shanghai). A
 * proposal sent out at 2026-11-25 16:30 UTC — already 26 November, 00:30, in Beijing — with its 30-day comment
 * deadline, as the history, 我的待办, the draft's revisions, the review page, the audit trail and its CSV, the comment
 * feed and the mail show it: never the UTC reading.
 */
class ZoneInEveryViewTest extends ApplicationTestBase {

    static final Instant SENT = Instant.parse("2026-11-25T16:30:00Z");
    static final String BEIJING = "2026-11-26 00:30";
    static final String UTC = "2026-11-25 16:30";
    static final String DEADLINE = "2026-12-26 00:30";
    static final String DEADLINE_UTC = "2026-12-25 16:30";

    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    String post(String user, String path, Object body) throws Exception {
        var response = as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
        return response.getBody();
    }

    String page(String user, String path) {
        return as(user).get().uri(path).retrieve().body(String.class);
    }

    @Test
    void everyViewWritesTheConfiguredZoneWhateverTheJvms() throws Exception {
        assertThat(TimeZone.getDefault().getRawOffset()).as("the JVM's own zone is UTC in these tests").isZero();
        clock.set(SENT);
        String id = json.readTree(post("editor1", "/api/proposals", Map.of("kind", "NEW", "title", "图书馆时区测试规范",
                "scope", "规定时区测试的要求", "reason", "时区"))).get("id").asText();
        String p = "/api/proposals/" + id;
        post("secretary", p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TZ-" + id));
        JsonNode draft = json.readTree(page("editor1", p + "/draft/files/standard.adoc"));
        as("editor1").put().uri(p + "/draft/files/standard.adoc").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", draft.get("text").asText() + "\n// 时区\n", "baseRevision", draft.get("revision").asText(),
                        "message", "时区测试修改")).retrieve().toBodilessEntity();
        post("editor1", p + "/sending-for-comments", Map.of());
        post("reader", p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1", "type", "ge", "body", "时区测试意见"));

        assertThat(page("secretary", "/proposals/" + id)).as("history").contains(BEIJING, "征求意见截止 " + DEADLINE)
                .doesNotContain(UTC, DEADLINE_UTC);
        assertThat(page("secretary", "/workbench")).as("我的待办").contains(DEADLINE).doesNotContain(DEADLINE_UTC);
        assertThat(page("editor1", "/proposals/" + id + "/draft")).as("the draft's revisions").contains(BEIJING)
                .doesNotContain(UTC);
        assertThat(page("reader", "/proposals/" + id + "/review")).as("comments").contains(BEIJING).doesNotContain(UTC);
        assertThat(page("secretary", "/audit?target=" + id)).as("audit trail").contains(BEIJING + ":").doesNotContain(UTC);
        assertThat(page("secretary", "/audit.csv?target=" + id)).as("audit CSV").contains("2026-11-26T00:30:00+08:00")
                .doesNotContain("2026-11-25T16:30");
        assertThat(page("reader", "/feeds/comment.atom")).as("comment feed")
                .contains("<updated>2026-11-26T00:30:00+08:00</updated>");
        assertThat(jdbc.sql("select body from notification_outbox where recipient = 'secretary' and body like ?")
                .param("%" + id + "%").query(String.class).list()).as("mail to the secretariat")
                .anyMatch(body -> body.contains("截止时间：" + DEADLINE)).noneMatch(body -> body.contains(DEADLINE_UTC));
        assertThat(page("admin", "/notifications/outbox")).as("the outbox").contains(BEIJING).doesNotContain(UTC + ":");
    }
}

package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.review.CommentPeriodClosed;
import cn.guifanku.proposal.ProposalHistory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The audit trail as the running application writes it: over real HTTP, from the process, and kept for ever. */
class AuditTrailEndToEndTest extends ApplicationTestBase {

    static final Set<String> LOOPBACK = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @Autowired
    AuditTrail trail;
    @Autowired
    Ballots ballots;
    @Autowired
    cn.guifanku.TestSteps steps;
    @Autowired
    ProposalHistory history;
    @Autowired
    HistoryService camundaHistory;
    @Autowired
    ManagementService management;
    @Autowired
    ObjectMapper json;

    ResponseEntity<String> post(RestClient client, String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    List<AuditEntry> about(String target) {
        return trail.find(new AuditQuery(null, null, target, null, null), 0, 100);
    }

    String newProposal(String title) throws Exception {
        var created = post(as("editor2"), "/api/proposals", Map.of("kind", "NEW", "title", title,
                "scope", "规定审计记录的测试范围", "reason", "测试"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("id").asText();
    }

    @Test
    void aVotePostedOverHttpIsRecordedWithTheMemberTheirAddressAndTheProposal() throws Exception {
        String id = newProposal("审计记录测试：投票");
        steps.openBallot(id);

        var vote = post(as("member1"), "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE"));
        assertThat(vote.getStatusCode().value()).as(vote.getBody()).isEqualTo(200);
        var forged = post(as("editor2"), "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE"));
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        var anonymous = post(http, "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE"));
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);

        List<AuditEntry> entries = about(id);
        AuditEntry cast = entries.stream().filter(e -> "member1".equals(e.actor())).findFirst().orElseThrow();
        assertThat(cast.action()).isEqualTo("ballot.vote");
        assertThat(cast.targetKind()).isEqualTo("proposal");
        assertThat(cast.remoteAddress()).isIn(LOOPBACK);
        assertThat(cast.method() + " " + cast.path() + " " + cast.outcome())
                .isEqualTo("POST /api/proposals/" + id + "/ballot/votes 200");
        assertThat(entries).as("refusals are evidence too")
                .anySatisfy(e -> assertThat(java.util.Arrays.asList(e.actor(), e.action(), e.outcome()))
                        .containsExactly("editor2", "ballot.vote", "403"))
                .anySatisfy(e -> assertThat(e.actor()).isNull())
                .anySatisfy(e -> assertThat(java.util.Arrays.asList(e.actor(), e.action(), e.outcome()))
                        .containsExactly("editor2", "proposal.create", "201"));
        assertThat(entries).as("newest first").extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void whatTheProcessDoesByItselfIsRecordedAsTheSystem() throws Exception {
        String id = newProposal("审计记录测试：流程");
        // What closeCommentPeriod does when its timer fires: no request, no user.
        steps.record(new CommentPeriodClosed(java.util.UUID.randomUUID(), id, "system", java.time.Instant.now(), true));

        // Recorded after the step's commit, from the event (ProcessAudit).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(id)).anySatisfy(e -> {
            assertThat(java.util.Arrays.asList(e.actor(), e.action(), e.outcome()))
                    .containsExactly("system", "process.comment_period_closed", "success");
            assertThat(e.method()).isNull();
        }));
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTriedButNoActor() {
        var refused = client("member3", "not-the-password").get().uri("/workbench").retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);

        assertThat(trail.find(new AuditQuery(null, "auth.login.failed", "member3", null, null), 0, 10))
                .anySatisfy(e -> {
                    assertThat(e.actor()).isNull();
                    assertThat(e.outcome()).isEqualTo("refused");
                    assertThat(e.details()).contains("member3", "BadCredentialsException");
                    assertThat(e.remoteAddress()).isIn(LOOPBACK);
                });
    }

    @Test
    void anEditionImportedWithTheSamplesHasNoProposalButShowsItsCommitAndTag() {
        var edition = catalog.edition("wh-t-202", "2023").orElseThrow();
        var page = http.get().uri("/standards/wh-t-202/2023/record").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("随示例标准导入", edition.published().commitId(), "wh-t-202/2023");
        assertThat(http.get().uri("/standards/wh-t-202/1999/record").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void camundasHistoryCleanupNeverTouchesTheAuditTrail() throws Exception {
        newProposal("审计记录测试：历史清理");
        long before = trail.count(AuditQuery.ALL);
        assertThat(before).isPositive();

        Job cleanup = camundaHistory.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(trail.count(AuditQuery.ALL)).isGreaterThanOrEqualTo(before);
        assertThat(trail.find(AuditQuery.ALL, 0, (int) before + 100)).extracting(AuditEntry::action)
                .contains("proposal.create");
    }
}

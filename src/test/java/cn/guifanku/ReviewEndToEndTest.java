package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.content.ContentRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * One revision of a sample standard from proposal to a published PDF, driven through the JSON API as the demo
 * users would, with the refusals a committee relies on along the way. Public because
 * {@code cn.guifanku.postgres.ReviewEndToEndOnPostgresTest} runs every test here again on PostgreSQL.
 */
public class ReviewEndToEndTest extends ApplicationTestBase {

    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    ContentRepository content;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    ResponseEntity<String> post(RestClient client, String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    ResponseEntity<String> put(RestClient client, String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    ResponseEntity<String> get(RestClient client, String path) {
        return client.get().uri(path).retrieve().toEntity(String.class);
    }

    JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    String stage(String id) throws Exception {
        return body(get(as("secretary"), "/api/proposals/" + id)).get("stage").asText();
    }

    @Test
    void revisionTravelsFromProposalToAPublishedEdition() throws Exception {
        // 提案
        var created = post(as("editor1"), "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-201",
                "title", "公共图书馆读者服务规范", "scope", "修订开放时间与数字服务要求", "reason", "实施五年，读者需求变化"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String id = body(created).get("id").asText();
        String p = "/api/proposals/" + id;

        var second = post(as("editor2"), "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-201",
                "title", "再次修订", "scope", "x", "reason", "y"));
        assertThat(second.getStatusCode().value()).as("a second open revision is refused").isEqualTo(409);
        assertThat(second.getBody()).contains(id);

        // A draft before 征求意见 is confidential.
        assertThat(get(as("reader"), p + "/draft/files/standard.adoc").getStatusCode().value()).isEqualTo(403);
        assertThat(get(http, p + "/draft/files/standard.adoc").getStatusCode().value()).isEqualTo(404);

        // 立项审查
        assertThat(post(as("editor1"), p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "x"))
                .getStatusCode().value()).as("only the secretariat checks").isEqualTo(403);
        var accepted = post(as("secretary"), p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-001"));
        assertThat(body(accepted).get("stage").asText()).as(accepted.getBody()).isEqualTo("DRAFTING");
        assertThat(get(as("reader"), p + "/draft/files/standard.adoc").getStatusCode().value())
                .as("a reader cannot read a draft in 起草").isEqualTo(403);
        assertThat(get(as("member1"), p + "/draft/preview").getStatusCode().value()).isEqualTo(403);
        assertThat(get(as("chair"), p + "/draft/files/standard.adoc").getStatusCode().value()).isEqualTo(200);

        // 起草: two saves on the same revision — one wins, the other is refused and nothing is lost.
        JsonNode draft = body(get(as("editor1"), p + "/draft/files/standard.adoc"));
        String base = draft.get("revision").asText();
        String text = draft.get("text").asText();
        var first = put(as("editor1"), p + "/draft/files/standard.adoc",
                Map.of("text", text.replace("本文件", "本文件") + "\n// 修订记录\n", "baseRevision", base, "message", "增加修订记录"));
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(200);
        var stale = put(as("editor1"), p + "/draft/files/standard.adoc",
                Map.of("text", text + "\n// 另一处修改\n", "baseRevision", base, "message", "并发修改"));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(body(stale).get("head").asText()).isEqualTo(body(first).get("revision").asText());
        assertThat(body(get(as("editor1"), p + "/draft/revisions")).get(0).get("subject").asText()).isEqualTo("增加修订记录");
        assertThat(get(as("editor1"), p + "/draft/files/standard.adoc/diff").getBody()).contains("+// 修订记录");

        assertThat(stage(id)).isEqualTo("DRAFTING");
        // The draft was copied from 2024: its 前言 still says "代替 WH/T 201—2019 … 本次为第一次修订" and its header
        // names 2019 and the number of 2024. The check says where, with the catalog's wording; sending out is refused.
        var refused = post(as("editor1"), p + "/sending-for-comments", Map.of());
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
        assertThat(refused.getBody()).contains("本文件代替 WH/T 201—2024《公共图书馆读者服务规范》", "本次为第二次修订");
        JsonNode checked = body(get(as("editor1"), p + "/draft/check"));
        List<String> prefaceFixes = new java.util.ArrayList<>();
        for (JsonNode problem : checked.get("problems")) {
            if (problem.has("suggestion") && problem.get("message").asText().startsWith("前言")) {
                assertThat(problem.get("level").asText()).isEqualTo("ERROR");
                assertThat(problem.get("line").asInt()).isPositive();
                prefaceFixes.add(problem.get("suggestion").get("id").asText());
            }
        }
        assertThat(prefaceFixes).as(checked.toString()).hasSize(2);
        assertThat(checked.toString()).contains(":std-replaces: WH/T 201—2024", "\"level\":\"WARNING\"");
        // The editor accepts the 前言's two suggestions (one commit in their name) and leaves the header alone: it
        // still names 2019 and 2024, and the approval must put the record in its place.
        var fixed = post(as("editor1"), p + "/draft/suggestions",
                Map.of("baseRevision", body(first).get("revision").asText(), "ids", prefaceFixes));
        assertThat(fixed.getStatusCode().value()).as(fixed.getBody()).isEqualTo(200);
        String header = body(get(as("editor1"), p + "/draft/files/standard.adoc")).get("text").asText();
        assertThat(header).contains(":std-replaces: WH/T 201—2019", ":std-number: WH/T 201—2024", "* 2024年第一次修订；");
        assertThat(body(get(as("editor1"), p + "/draft/revisions")).get(0).get("subject").asText()).startsWith("采纳检查建议");
        var sent = post(as("editor1"), p + "/sending-for-comments", Map.of());
        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo("COMMENTING");

        // The 征求意见稿 as circulated: a PDF of the draft as a draft (stage, its date, open year, 代替 the edition in
        // force), stored with its checksum, linked from the proposal, the review page and the comment feed.
        JsonNode circulated = body(get(http, p)).get("commentDrafts").get(0);
        String draftPdfUrl = circulated.get("pdf").get("href").asText();
        var draftPdf = http.get().uri(java.net.URI.create(draftPdfUrl).getPath()).retrieve().toEntity(byte[].class);
        assertThat(draftPdf.getStatusCode().value()).isEqualTo(200);
        assertThat(draftPdf.getHeaders().getETag()).isEqualTo('"' + circulated.get("pdf").get("sha256").asText() + '"');
        String cover = EditionFacts.firstPage(draftPdf.getBody());
        assertThat(cover).contains("征求意见稿", "WH/T201—××××", "代替WH/T201—2024", "在提交反馈意见时")
                .doesNotContain("2024-03-15", "2024-07-01", "WH/T201—2019");
        assertThat(http.get().uri(java.net.URI.create(circulated.get("explanatoryNote").get("href").asText()).getPath())
                .retrieve().toEntity(byte[].class).getStatusCode().value()).isEqualTo(200);
        assertThat(get(http, "/proposals/" + id + "/review").getBody()).contains(java.net.URI.create(draftPdfUrl).getPath())
                .contains("（征求意见稿）").doesNotContain("2024-03-15 发布");
        assertThat(get(http, "/feeds/comment.atom").getBody()).contains("rel=\"enclosure\"", java.net.URI.create(draftPdfUrl).getPath());

        // 征求意见: public to read, any signed-in reader comments.
        assertThat(get(http, p + "/draft/files/standard.adoc").getStatusCode().value()).isEqualTo(200);
        var comment = post(as("reader"), p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1",
                "type", "te", "body", "建议明确适用于县级以上公共图书馆", "proposedChange", "本文件适用于县级以上公共图书馆。"));
        assertThat(comment.getStatusCode().value()).as(comment.getBody()).isEqualTo(201);
        long commentId = body(comment).get("id").asLong();
        assertThat(post(http, p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1", "type", "te", "body", "匿名"))
                .getStatusCode().value()).isEqualTo(401);
        post(as("secretary"), p + "/comment-period/closing", Map.of());
        assertThat(stage(id)).isEqualTo("DISPOSITION");

        // 意见处理
        assertThat(post(as("editor1"), p + "/disposition/completion", Map.of()).getStatusCode().value())
                .as("every comment needs a disposition first").isEqualTo(409);
        put(as("editor1"), p + "/comments/" + commentId + "/disposition", Map.of("disposition", "ACCEPTED"));
        assertThat(get(as("editor1"), p + "/comment-resolution.html").getBody()).contains("征求意见汇总处理表").contains("采纳");
        post(as("editor1"), p + "/disposition/completion", Map.of());
        assertThat(stage(id)).isEqualTo("BALLOT");
        var table = as("member3").get().uri(p + "/comment-resolution.pdf").retrieve().toEntity(byte[].class);
        assertThat(table.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(table.getBody(), 0, 5)).as("the resolution table as PDF").isEqualTo("%PDF-");
        assertThat(body(get(as("editor1"), p + "/draft/files/comment-resolution.adoc")).get("text").asText())
                .as("kept with the record").contains("建议明确适用于县级以上公共图书馆").contains("采纳");

        // 审查投票
        assertThat(post(as("editor1"), p + "/ballot/votes", Map.of("position", "APPROVE")).getStatusCode().value())
                .as("the proposer does not vote").isEqualTo(403);
        assertThat(post(as("reader"), p + "/ballot/votes", Map.of("position", "APPROVE")).getStatusCode().value())
                .as("only members vote").isEqualTo(403);
        assertThat(post(as("member1"), p + "/ballot/votes", Map.of("position", "DISAPPROVE")).getStatusCode().value())
                .as("a no needs a reason").isEqualTo(422);
        post(as("member1"), p + "/ballot/votes", Map.of("position", "DISAPPROVE", "reason", "开放时间要求过高"));
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            var vote = post(as(member), p + "/ballot/votes", Map.of("position", "APPROVE"));
            assertThat(vote.getStatusCode().value()).as(member + vote.getBody()).isEqualTo(200);
        }
        JsonNode tally = body(get(as("member2"), p + "/ballot")).get("tally");
        assertThat(tally.get("approve").asInt()).as("member1's later vote counts, once").isEqualTo(5);
        assertThat(tally.get("disapprove").asInt()).isZero();
        assertThat(tally.get("outcome").asText()).isEqualTo("PASS");
        assertThat(get(as("secretary"), p + "/history").getBody()).contains("\"VOTED\"").contains("\"VOTE_CHANGED\"");
        post(as("secretary"), p + "/ballot/closing", Map.of());
        assertThat(stage(id)).isEqualTo("APPROVAL");

        // 批准
        Map<String, Object> approval = Map.of("decision", "APPROVE", "number", "WH/T 201—2026",
                "issued", "2026-12-01", "effective", "2027-03-01");
        assertThat(post(as("member2"), p + "/approval", approval).getStatusCode().value()).isEqualTo(403);
        var approved = post(as("chair"), p + "/approval", approval);
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo("PUBLISHING");

        // 发布: the asynchronous job (the job executor is off in tests, so run it here).
        long started = System.nanoTime();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        System.out.printf("Publication after approval took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(stage(id)).isEqualTo("PUBLISHED");

        var edition = catalog.edition("wh-t-201", "2026").orElseThrow();
        assertThat(edition.status()).isEqualTo(EditionStatus.UPCOMING);
        assertThat(edition.metadata().replaces()).as("the record, not the header's 2019").containsExactly("WH/T 201—2024");
        EditionFacts.chainIs2019Then2024ThenNew(body(get(http, "/api/standards/wh-t-201")), "WH/T 201—2026");
        assertThat(body(get(http, "/api/standards?status=UPCOMING")).toString()).contains("\"slug\":\"wh-t-201\"")
                .contains("\"upcoming\":{\"number\":\"WH/T 201—2026\",\"effective\":\"2027-03-01\"}");
        assertThat(get(http, "/?status=UPCOMING").getBody()).contains("WH/T 201—2024", "WH/T 201—2026", "2027-03-01");
        assertThat(get(http, "/standards/wh-t-201").getBody())
                .contains("现在执行 WH/T 201—2024；自 2027-03-01 起执行 WH/T 201—2026");
        String preface = EditionFacts.text(http.get().uri("/standards/wh-t-201/2026.pdf").retrieve().body(byte[].class));
        assertThat(preface).contains("本文件代替WH/T201—2024《公共图书馆读者服务规范》", "2019年首次发布为WH/T201—2019；",
                "2024年第一次修订；", "本次为第二次修订。").doesNotContain("代替WH/T201—2019", "本次为第一次修订");
        assertThat(EditionFacts.firstPage(http.get().uri("/standards/wh-t-201/2026.pdf").retrieve().body(byte[].class)))
                .contains("WH/T201—2026", "代替WH/T201—2024", "2026-12-01发布", "2027-03-01实施").doesNotContain("征求意见稿");
        String old = get(http, "/standards/wh-t-201/2019.html").getBody();
        assertThat(old).contains("id=\"edition-status\"", "被代替", "href=\"/standards/wh-t-201/2024.html\"");
        assertThat(content.resolve("refs/tags/wh-t-201/2026")).contains(edition.published().commitId());
        var pdf = http.get().uri("/standards/wh-t-201/2026.pdf").retrieve().toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new cn.guifanku.archive.PdfaValidation().validate(pdf.getBody()).broken())
                .as("published through the review as PDF/A-2u, signed (veraPDF)").isEmpty();
        assertThat(get(http, "/api/standards/wh-t-201/2026/verification").getBody())
                .contains("\"pdfLevel\":\"PDF/A-2u\"", edition.published().commitId());

        // The edition's record: proposal, counts, approval, commit and tag for everyone; who voted how for the committee.
        String record = get(http, "/standards/wh-t-201/2026/record").getBody();
        assertThat(record).contains(id, edition.published().commitId(), "wh-t-201/2026", "赵主任", "仅向已登录")
                .contains("同意 5，不同意 0，弃权 0；已投票 5 / 5 人").doesNotContain("陈静（首都图书馆）");
        assertThat(get(as("member2"), "/standards/wh-t-201/2026/record").getBody())
                .contains("陈静（首都图书馆）", "周建国（浙江图书馆）").doesNotContain("仅向已登录");
        assertThat(get(http, "/standards/wh-t-201").getBody()).contains("/standards/wh-t-201/2026/record");
        // The publication job ran off any request: the audit trail has it as the system's.
        assertThat(get(as("secretary"), "/audit.csv?target=" + id).getBody())
                .contains("system,process.published,proposal," + id, "member1,ballot.vote,proposal," + id);

        clock.set(Instant.parse("2027-03-01T00:00:00+08:00"));
        assertThat(catalog.edition("wh-t-201", "2026").orElseThrow().status()).isEqualTo(EditionStatus.CURRENT);
        assertThat(catalog.edition("wh-t-201", "2024").orElseThrow().status()).isEqualTo(EditionStatus.SUPERSEDED);
        var latest = http.get().uri("/standards/wh-t-201/latest.pdf").retrieve().toEntity(String.class);
        assertThat(latest.getStatusCode().value()).as(latest.getBody()).isEqualTo(302);
        assertThat(latest.getHeaders().getLocation()).hasToString("/standards/wh-t-201/2026.pdf");
        assertThat(get(http, "/standards/wh-t-201/2019.html").getBody()).as("the old edition links the one in force now")
                .contains("href=\"/standards/wh-t-201/2026.html\"");
        assertThat(get(http, "/standards/wh-t-201/2024.html").getBody()).contains("被代替", "WH/T 201—2026");
    }

    /** Runs the proposal's due jobs now (the job executor is off in tests); returns how many failed. */
    int runJobs(String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        int failed = 0;
        for (var job : management.createJobQuery().processInstanceId(instance).withRetriesLeft().list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return failed;
    }

    /** Carries a proposal from the formal check to the chair's approval with everyone agreeing. */
    void approve(String id, String number) throws Exception {
        String p = "/api/proposals/" + id;
        post(as("secretary"), p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-" + id));
        var sent = post(as("editor2"), p + "/sending-for-comments", Map.of());
        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(200);
        post(as("secretary"), p + "/comment-period/closing", Map.of());
        post(as("editor2"), p + "/disposition/completion", Map.of());
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            post(as(member), p + "/ballot/votes", Map.of("position", "APPROVE"));
        }
        post(as("secretary"), p + "/ballot/closing", Map.of());
        var approved = post(as("chair"), p + "/approval", Map.of("decision", "APPROVE", "number", number,
                "issued", "2026-12-20", "effective", "2027-06-01"));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
    }

    @Test
    void newStandardFromTheTemplateIsPublishedAfterItsPublicationFailedAndTheSecretariatRetried() throws Exception {
        var created = post(as("editor2"), "/api/proposals", Map.of("kind", "NEW", "title", "图书馆无障碍服务规范",
                "scope", "规定公共图书馆无障碍服务的要求", "reason", "落实无障碍环境建设法"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String id = body(created).get("id").asText();
        approve(id, "WH/T 204—2026");

        fault.failAt(cn.guifanku.publication.Publisher.Step.STORED);
        int failures = 0;
        for (int run = 0; run < 5; run++) {
            failures += runJobs(id);
        }
        assertThat(failures).as("R5/PT1M: five tries").isEqualTo(5);
        JsonNode failed = body(get(as("secretary"), "/api/proposals/" + id));
        assertThat(failed.get("stage").asText()).isEqualTo("PUBLICATION_FAILED");
        assertThat(failed.get("failure").asText()).contains("存储故障");
        assertThat(catalog.find("wh-t-204")).as("nothing half-published").isEmpty();
        assertThat(content.resolve("refs/tags/wh-t-204/2026")).isEmpty();

        fault.failAt(null);
        assertThat(post(as("editor2"), "/api/proposals/" + id + "/publication/retry", Map.of()).getStatusCode().value())
                .as("only the secretariat retries").isEqualTo(403);
        // The retry is one decision: failing as it records its event, it leaves no job retried and no history row.
        eventFault.failOn(cn.guifanku.proposal.PublicationRetried.class);
        assertThat(post(as("secretary"), "/api/proposals/" + id + "/publication/retry", Map.of()).getStatusCode()
                .is5xxServerError()).as("the injected failure").isTrue();
        eventFault.failOn(null);
        assertThat(stage(id)).isEqualTo("PUBLICATION_FAILED");
        assertThat(runJobs(id)).as("no job got its retries back").isZero();
        assertThat(catalog.find("wh-t-204")).isEmpty();
        assertThat(get(as("secretary"), "/api/proposals/" + id + "/history").getBody())
                .doesNotContain("PUBLICATION_RETRIED");
        var retried = post(as("secretary"), "/api/proposals/" + id + "/publication/retry", Map.of());
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(200);
        assertThat(runJobs(id)).isZero();
        assertThat(stage(id)).isEqualTo("PUBLISHED");
        assertThat(catalog.find("wh-t-204").orElseThrow().editions()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EditionStatus.UPCOMING));
        assertThat(get(as("secretary"), "/api/proposals/" + id + "/history").getBody())
                .contains("PUBLICATION_FAILED").contains("PUBLICATION_RETRIED").contains("\"PUBLISHED\"");

        // 复审 falls due (its timer run now): confirming is one decision too; failing as it records its event it
        // leaves the review waiting, and done again it is recorded once.
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).timers().list()
                .forEach(job -> management.executeJob(job.getId()));
        eventFault.failOn(cn.guifanku.proposal.StandardConfirmed.class);
        assertThat(post(as("secretary"), "/api/proposals/" + id + "/periodic-review", Map.of("decision", "CONFIRM"))
                .getStatusCode().is5xxServerError()).as("the injected failure").isTrue();
        eventFault.failOn(null);
        assertThat(runtime.createExecutionQuery().processInstanceId(instance).activityId("periodicReview").count())
                .as("the review still waits for the secretariat").isEqualTo(1);
        var confirmed = post(as("secretary"), "/api/proposals/" + id + "/periodic-review", Map.of("decision", "CONFIRM"));
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
        String history = get(as("secretary"), "/api/proposals/" + id + "/history").getBody();
        assertThat(history.indexOf("REVIEW_CONFIRMED")).as(history).isPositive()
                .isEqualTo(history.lastIndexOf("REVIEW_CONFIRMED"));
    }

    @Test
    void proposerWithdrawsBeforeApprovalAndTheBranchIsKept() throws Exception {
        var created = post(as("editor2"), "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-203",
                "title", "图书馆员职业能力要求", "scope", "增加数字素养要求", "reason", "数字服务发展"));
        String id = body(created).get("id").asText();
        post(as("secretary"), "/api/proposals/" + id + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-W"));

        assertThat(post(as("editor1"), "/api/proposals/" + id + "/withdrawal", Map.of("reason", "x")).getStatusCode().value())
                .as("only the proposer withdraws").isEqualTo(403);
        var withdrawn = post(as("editor2"), "/api/proposals/" + id + "/withdrawal", Map.of("reason", "并入其他项目"));
        assertThat(withdrawn.getStatusCode().value()).as(withdrawn.getBody()).isEqualTo(200);
        assertThat(stage(id)).isEqualTo("WITHDRAWN");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(content.resolve("draft/" + id)).as("the branch is kept").isPresent();
        assertThat(content.tags("withdrawn/" + id)).as("and marked withdrawn").singleElement()
                .satisfies(t -> assertThat(t.message()).contains("并入其他项目"));
        assertThat(get(as("secretary"), "/api/proposals/" + id + "/history").getBody()).contains("并入其他项目");
    }
}

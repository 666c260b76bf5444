package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.render.Clauses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document made by another tool is imported, checked and published through the review: WH/T 202—2023's archived
 * HTML, made into a .docx by Debian's LibreOffice, starts a proposal of a new standard; the check says the number on
 * its cover is WH/T 202's, not the new standard's, and its suggestion is accepted; the draft then goes through
 * 征求意见 (one comment, accepted), the committee's ballot and the chair's approval as WH/T 297—2026, and the edition
 * published has WH/T 202—2023's clauses, texts, tables, terms and annexes. (A new standard, not a revision of WH/T 202:
 * the shared context's other tests expect WH/T 202—2023 in force.)
 */
class LibreOfficeDocumentPublishedTest extends ApplicationTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUMBER = "WH/T 297—2026"; // a number no other test publishes

    @TempDir
    Path dir;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void aNewStandardImportedFromLibreOfficesWordIsPublishedWithTheClausesTablesTermsAndAnnexesOfItsSource() throws Exception {
        byte[] archived = LibreOfficeRoundTripTest.archived(http);
        byte[] docx = LibreOfficeRoundTripTest.libreOfficeCopy(dir, archived);

        // 提案 (a new standard), 立项, then the import as the draft's first revision of its own.
        String id = node(ok("editor1", "POST", "/api/proposals", Map.of("kind", "NEW", "title", "古籍数字化元数据规范",
                "scope", "规定古籍数字化元数据的元素集和著录细则", "reason", "起草组的 Word 稿"))).get("id").asText();
        String p = "/api/proposals/" + id;
        ok("secretary", "POST", p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-LO-NEW"));
        ResponseEntity<String> imported = as("editor1").post()
                .uri(p + "/draft/word?baseRevision={base}&fileName={name}", head(p), "古籍数字化元数据规范（LibreOffice）.docx")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx).retrieve().toEntity(String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);
        assertThat(node(imported.getBody()).get("report").findValuesAsText("kind")).containsExactly("TABLE_OF_CONTENTS");

        // The cover came in with WH/T 202—2023: the check says a new standard does not take that number, and names
        // the open one instead; it does not take the draft for WH/T 202's next edition (no 代替, no history asked for).
        JsonNode check = node(ok("editor1", "GET", p + "/draft/check", null));
        List<String> suggestions = new ArrayList<>();
        JsonNode taken = null;
        for (JsonNode problem : check.get("problems")) {
            if (problem.hasNonNull("suggestion")) {
                suggestions.add(problem.get("suggestion").get("id").asText());
            }
            if (problem.get("message").asText().contains("是目录中已有标准 WH/T 202")) {
                taken = problem;
            }
        }
        assertThat(taken).as(check.toString()).isNotNull();
        assertThat(taken.get("level").asText()).isEqualTo("ERROR");
        assertThat(taken.get("suggestion").get("replacement").asText()).isEqualTo(":std-number: WH/T 0—××××");
        assertThat(check.toString()).doesNotContain("代替 WH/T 202", "历次版本");
        var refused = call("editor1", "POST", p + "/sending-for-comments", Map.of());
        assertThat(refused.getStatusCode().value()).as("not sent out with another standard's number").isEqualTo(422);
        ok("editor1", "POST", p + "/draft/suggestions", Map.of("baseRevision", head(p), "ids", suggestions));
        JsonNode after = node(ok("editor1", "GET", p + "/draft/check", null));
        assertThat(after.get("errors").asInt()).as(after.toString()).isZero();

        // 征求意见: one comment on 范围, accepted.
        ok("editor1", "POST", p + "/sending-for-comments", Map.of());
        assertThat(stage(p)).isEqualTo("COMMENTING");
        String scope = Clauses.of(Jsoup.parse(ok("reader", "GET", p + "/draft/preview", null))).stream()
                .filter(c -> "1".equals(c.number())).findFirst().orElseThrow().anchor();
        long comment = node(ok("reader", "POST", p + "/comments", Map.of("clauseId", scope, "clauseLabel", "1",
                "type", "ed", "body", "建议保留适用范围的表述"))).get("id").asLong();
        ok("secretary", "POST", p + "/comment-period/closing", Map.of());
        ok("editor1", "PUT", p + "/comments/" + comment + "/disposition", Map.of("disposition", "ACCEPTED"));
        ok("editor1", "POST", p + "/disposition/completion", Map.of());

        // 审查投票, 批准, 发布 (the job executor is off in tests: its jobs are run here).
        assertThat(stage(p)).isEqualTo("BALLOT");
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            ok(member, "POST", p + "/ballot/votes", Map.of("position", "APPROVE"));
        }
        ok("secretary", "POST", p + "/ballot/closing", Map.of());
        assertThat(stage(p)).isEqualTo("APPROVAL");
        ok("chair", "POST", p + "/approval", Map.of("decision", "APPROVE", "number", NUMBER,
                "issued", "2026-12-20", "effective", "2027-06-01"));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        assertThat(stage(p)).isEqualTo("PUBLISHED");

        // The edition published: WH/T 202—2023's clauses (numbers, headings, texts), tables row for row, terms and
        // annexes; replacing nothing; its PDF served.
        assertThat(catalog.edition("wh-t-297", "2026").orElseThrow().metadata().replaces()).isEmpty();
        Document original = Jsoup.parse(new String(archived, StandardCharsets.UTF_8));
        Document published = Jsoup.parse(ok(null, "GET", "/standards/wh-t-297/2026/archive.html", null));
        LibreOfficeRoundTripTest.assertSameStandard(original, published);
        assertThat(published.text()).contains(NUMBER).doesNotContain("WH/T 202—2023");
        var pdf = http.get().uri("/standards/wh-t-297/2026.pdf").retrieve().toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).as(pdf.getHeaders().toString()).isTrue();
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private String stage(String p) {
        return node(ok("secretary", "GET", p, null)).get("stage").asText();
    }

    private String head(String p) {
        return node(ok("editor1", "GET", p + "/draft/files/standard.adoc", null)).get("revision").asText();
    }

    private ResponseEntity<String> call(String user, String method, String path, Object body) {
        var request = (user == null ? http : as(user)).method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    private String ok(String user, String method, String path, Object body) {
        ResponseEntity<String> r = call(user, method, path, body);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + r.getBody()).isTrue();
        return r.getBody();
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}

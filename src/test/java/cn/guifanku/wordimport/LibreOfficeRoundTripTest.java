package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.archive.Tools;
import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A .docx made by another tool than ours: Debian's LibreOffice, headless, converts WH/T 202—2023's archived HTML (as a
 * library downloads it) into Word; the librarian imports that file into a revision of WH/T 202 through the API, the
 * check finds nothing the catalog's suggestions do not fix, and the imported draft renders with the same clauses
 * (numbers, headings, texts), the same tables row for row, the same terms and the same annexes as the edition.
 */
class LibreOfficeRoundTripTest extends ApplicationTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String id;

    @Test
    void aPublishedEditionConvertedToWordByLibreOfficeImportsWithEveryClauseTableRowTermAndAnnex() throws Exception {
        byte[] archived = archived(http);
        byte[] docx = libreOfficeCopy(dir, archived);

        // 提案 (a revision of WH/T 202), 立项, then the import as the draft's new revision.
        id = node(post("editor1", "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-202",
                "title", "古籍数字化元数据规范", "scope", "修订元数据元素集", "reason", "起草组的 Word 稿"))).get("id").asText();
        post("secretary", "/api/proposals/" + id + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-LO"));
        String api = "/api/proposals/" + id;
        ResponseEntity<String> imported = as("editor1").post()
                .uri(api + "/draft/word?baseRevision={base}&fileName={name}", head(), "WH-T 202-2023（LibreOffice）.docx")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx).retrieve().toEntity(String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);
        String importedRevision = node(imported.getBody()).get("revision").asText();
        JsonNode report = node(imported.getBody()).get("report");
        // Only the document's own 目次 is left out (ours is generated): the cover's fields, the notes, the tables
        // with their captions and the code all came in.
        assertThat(report.findValuesAsText("kind")).as(report.toString()).containsExactly("TABLE_OF_CONTENTS");

        // The check: what a revision must say of the edition it replaces is suggested by the catalog and accepted;
        // then no error is left.
        JsonNode check = node(as("editor1").get().uri(api + "/draft/check").retrieve().body(String.class));
        List<String> suggestions = new ArrayList<>();
        check.get("problems").forEach(p -> {
            if (p.has("suggestion") && !p.get("suggestion").isNull()) {
                suggestions.add(p.get("suggestion").get("id").asText());
            }
        });
        if (!suggestions.isEmpty()) {
            post("editor1", api + "/draft/suggestions", Map.of("baseRevision", head(), "ids", suggestions));
        }
        JsonNode after = node(as("editor1").get().uri(api + "/draft/check").retrieve().body(String.class));
        assertThat(after.get("errors").asInt()).as(after.toString()).isZero();

        // The draft as imported (before the 前言 was told what it replaces), rendered, against the edition: clause by
        // clause, table by table.
        Document original = Jsoup.parse(new String(archived, StandardCharsets.UTF_8));
        Document draft = Jsoup.parse(as("editor1").get().uri(api + "/draft/preview?revision={r}", importedRevision)
                .retrieve().body(String.class));
        assertSameStandard(original, draft);
    }

    /** WH/T 202—2023 as a library downloads it (its archived HTML). */
    static byte[] archived(org.springframework.web.client.RestClient http) {
        return http.get().uri("/standards/wh-t-202/2023/archive.html").retrieve().body(byte[].class);
    }

    /** The archived HTML made into a .docx by Debian's LibreOffice, headless, as another tool's document. */
    static byte[] libreOfficeCopy(Path dir, byte[] archived) throws Exception {
        Tools.require("soffice");
        Files.write(dir.resolve("wh-t-202-2023.html"), archived);
        Tools.Result converted = Tools.run(dir, "soffice", "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "docx:MS Word 2007 XML", "--infilter=HTML (StarWriter)", "wh-t-202-2023.html");
        Path docx = dir.resolve("wh-t-202-2023.docx");
        assertThat(docx).as(converted.output()).isRegularFile();
        return Files.readAllBytes(docx);
    }

    /**
     * The copy has the original's clause tree (numbers and headings, terms, annexes with their status), the same text in
     * every clause and the same rows in every table.
     */
    static void assertSameStandard(Document original, Document copy) {
        List<String> originalTree = tree(Clauses.of(original));
        assertThat(tree(Clauses.of(copy))).as("the clause tree").containsExactlyElementsOf(originalTree);
        assertThat(originalTree).contains("3.1 古籍", "附录 A（规范性） 古籍用字著录与集外字处理", "附录 C（资料性） 著录示例");
        List<Clause> before = Clauses.of(original);
        List<Clause> now = Clauses.of(copy);
        for (int i = 0; i < before.size(); i++) {
            assertThat(normal(now.get(i).text())).as("the text of " + before.get(i).label())
                    .isEqualTo(normal(before.get(i).text()));
        }
        assertThat(rows(copy)).as("the tables' rows").containsExactlyElementsOf(rows(original));
        assertThat(rows(original)).hasSizeGreaterThan(3);
    }

    /** Each clause as "number title" (a term entry by its term, an annex by its letter), in document order. */
    static List<String> tree(List<Clause> clauses) {
        return clauses.stream().map(c -> (c.number() + " " + c.title()).replaceAll("[\\s\\u3000]+", " ").strip()).toList();
    }

    /** The number of rows of each table of the standard's body, in order. */
    static List<Integer> rows(Document doc) {
        Element main = doc.selectFirst("main.gbt-body");
        return (main != null ? main : doc.body()).select("table").stream()
                .filter(t -> t.closest(".admonitionblock") == null).map(t -> t.select("tr").size()).toList();
    }

    static String normal(String text) {
        return text.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    private String head() {
        return node(as("editor1").get().uri("/api/proposals/" + id + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText();
    }

    private String post(String user, String path, Object body) {
        ResponseEntity<String> r = as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(path + ": " + r.getBody()).isTrue();
        return r.getBody();
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    @AfterEach
    void withdraw() {
        if (id != null) {
            as("editor1").post().uri("/api/proposals/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", "往返测试结束")).retrieve().toBodilessEntity();
            id = null;
        }
    }
}

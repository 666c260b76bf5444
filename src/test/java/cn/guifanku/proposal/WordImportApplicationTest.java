package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.security.WebSession;
import cn.guifanku.wordimport.SampleStandard;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A librarian starts a proposal from a Word file in the browser and replaces a draft with one through the API: each
 * import is one commit by the importing user naming the file, with its figures; the .docx is kept beside the proposal
 * without its authors; the report and the check come at once; a refused file or a stale base commits nothing.
 */
class WordImportApplicationTest extends ApplicationTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ContentRepository content;

    @Test
    void aProposalStartedFromWordIsTheImportedDraftWithItsFiguresAndItsReport() throws Exception {
        WebSession editor = WebSession.signedIn(port, "editor1", DEMO_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", editor.csrfToken());
        fields.put("kind", "NEW");
        fields.put("title", "图书馆无障碍服务规范");
        fields.put("scope", "规定图书馆无障碍服务的要求");
        fields.put("reason", "已有 Word 稿");
        fields.put("start", "docx");

        // A legacy .doc is refused beside the field, with the form kept, and no proposal is made.
        HttpResponse<String> refused = editor.send(multipart("/proposals", fields, "旧稿.doc",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"docx-error\"", "另存为", "图书馆无障碍服务规范");
        int proposals = node(as("editor1").get().uri("/api/proposals").retrieve().body(String.class)).size();

        HttpResponse<String> created = editor.send(multipart("/proposals", fields, "无障碍服务规范.docx", SampleStandard.docx()));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/proposals/[^/]+/draft/word/\\d+$");
        String id = location.replaceAll(".*/proposals/([^/]+)/draft/word/.*", "$1");
        HttpResponse<String> page = editor.get(URI.create(location).getPath());
        assertThat(page.statusCode()).isEqualTo(200);
        // The report, and the check at once: the well-made sample passes it.
        assertThat(page.body()).contains("从 Word 导入：无障碍服务规范.docx", "目次由系统生成", "检查通过");

        JsonNode revisions = node(as("editor1").get().uri("/api/proposals/" + id + "/draft/revisions").retrieve().body(String.class));
        assertThat(revisions.get(0).toString()).contains("从 Word 导入：无障碍服务规范.docx").contains("editor1");
        String revision = revisions.get(0).get("id").asText();
        String standard = node(as("editor1").get().uri("/api/proposals/" + id + "/draft/files/standard.adoc?revision=" + revision)
                .retrieve().body(String.class)).get("text").asText();
        assertThat(standard).startsWith("= 图书馆无障碍服务规范\n").contains("image::figure-1.png[无障碍服务流程");
        assertThat(content.listFiles(revision, id.toLowerCase())).contains("standard.adoc", "figure-1.png", "explanatory-note.adoc")
                .noneMatch(f -> f.endsWith(".docx"));

        assertThat(node(as("editor1").get().uri("/api/proposals").retrieve().body(String.class)).size()).isEqualTo(proposals + 1);
        String proposalPage = editor.get("/proposals/" + id).body();
        assertThat(proposalPage).contains("无障碍服务规范.docx");
        String importId = location.replaceAll(".*/draft/word/", "");
        byte[] kept = as("editor1").get().uri("/api/proposals/" + id + "/word-imports/" + importId + "/document")
                .retrieve().body(byte[].class);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(kept))) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().contains("无障碍服务"));
        }
    }

    @Test
    void anImportThroughTheApiIsOneSaveAndARefusedOrStaleOneCommitsNothing() throws Exception {
        String id = node(post("editor1", "/api/proposals", "{\"kind\":\"NEW\",\"title\":\"导入测试\",\"scope\":\"范围\",\"reason\":\"理由\"}"))
                .get("id").asText();
        post("secretary", "/api/proposals/" + id + "/formal-check", "{\"decision\":\"ACCEPT\",\"planNumber\":\"2026-WORD-" + id + "\"}");
        String api = "/api/proposals/" + id;
        String base = head(id);

        var tracked = importing("editor1", id, base, "修订稿.docx", SampleStandard.withTrackedChanges());
        assertThat(tracked.getStatusCode().value()).isEqualTo(422);
        assertThat(tracked.getBody()).contains("urn:guifanku:problem:word-import-tracked-changes").contains("请先接受或拒绝全部修订");
        var legacy = importing("editor1", id, base, "旧稿.doc",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThat(legacy.getStatusCode().value()).isEqualTo(422);
        assertThat(legacy.getBody()).contains("word-import-legacy-doc");
        assertThat(head(id)).as("nothing committed").isEqualTo(base);

        var imported = importing("editor1", id, base, "终稿.docx", SampleStandard.withMust());
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(201);
        JsonNode json = node(imported.getBody());
        assertThat(json.get("revision").asText()).isEqualTo(head(id)).isNotEqualTo(base);
        assertThat(json.get("report").toString()).contains("TABLE_OF_CONTENTS");
        // The check's problem in the text points at the Word paragraph it came from (the sentence with 必须 is 38).
        assertThat(json.get("errors").asInt()).isPositive();
        assertThat(json.get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("problem").get("message").asText()).contains("必须");
            assertThat(problem.get("wordParagraph").asInt()).isEqualTo(38);
        });
        assertThat(node(as("reader").get().uri(api + "/draft/revisions").retrieve().body(String.class)).toString())
                .doesNotContain("终稿.docx"); // a draft in drafting is confidential: the reader sees no revisions

        var stale = importing("editor1", id, base, "终稿.docx", SampleStandard.docx());
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        var byOther = importing("editor2", id, head(id), "终稿.docx", SampleStandard.docx());
        assertThat(byOther.getStatusCode().value()).isEqualTo(403);
        assertThat(head(id)).isEqualTo(json.get("revision").asText());

        // On the draft page: the form's import is the same save, then its report with the check.
        WebSession editor = WebSession.signedIn(port, "editor1", DEMO_PASSWORD);
        String current = head(id);
        HttpResponse<String> stalePage = editor.send(multipart("/proposals/" + id + "/draft/word",
                Map.of("_csrf", editor.csrfToken(), "baseRevision", base), "终稿.docx", SampleStandard.docx()));
        assertThat(stalePage.statusCode()).isEqualTo(409);
        HttpResponse<String> form = editor.send(multipart("/proposals/" + id + "/draft/word",
                Map.of("_csrf", editor.csrfToken(), "baseRevision", current), "页面稿.docx", SampleStandard.docx()));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(302);
        assertThat(editor.get(URI.create(form.headers().firstValue("Location").orElseThrow()).getPath()).body())
                .contains("从 Word 导入：页面稿.docx");
        assertThat(head(id)).isNotEqualTo(current);
    }

    private org.springframework.http.ResponseEntity<String> importing(String user, String id, String base, String name, byte[] docx) {
        return as(user).post().uri("/api/proposals/{id}/draft/word?baseRevision={base}&fileName={name}", id, base, name)
                .contentType(MediaType.parseMediaType(WordImports.DOCX)).body(docx).retrieve().toEntity(String.class);
    }

    private String head(String id) {
        return node(as("editor1").get().uri("/api/proposals/" + id + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText();
    }

    private String post(String user, String path, String body) {
        return as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class);
    }

    private HttpRequest.Builder multipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----guifanku" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"docx\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + WordImports.DOCX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }
}

package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.DraftStage;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.StandardRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Attacks through the HTTP API on a real draft (the renderer's own defences are tested in render.Safe*Test): AsciiDoc
 * that reaches for files, remote resources and scripts; another user acting on a confidential draft by its id; a
 * vote cast in another member's name.
 */
class AttackTest extends ApplicationTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A sentence only in WH/T 202's annex: another standard's folder. */
    static final String OTHER_STANDARD = "有码用码、无码描述";

    @Autowired
    StandardRenderer renderer;
    @Autowired
    ContentRepository content;

    JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    String send(RestClient client, String method, String path, String body) {
        return client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class);
    }

    int status(RestClient client, String method, String path, String body) {
        var spec = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toBodilessEntity().getStatusCode().value();
    }

    @Test
    void aDraftCannotReadOtherFilesFetchRemotesOrRunScriptsInThePreviewOrThePdf() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "== 远程内容\n\nREMOTE-CONTENT-FETCHED\n".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        try {
            String r = "http://127.0.0.1:" + remote.getAddress().getPort();
            String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_DRAFT);
            String p = "/api/proposals/" + id;
            JsonNode draft = json(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class));
            String attack = String.join("\n", "", ":allow-uri-read:", ":docdir: /etc", ":safe-mode-name: unsafe", "",
                    "== 攻击测试", "", "include::/etc/passwd[]", "", "include::../wh-t-202/annex-a.adoc[]", "",
                    "include::{docdir}/passwd[]", "", "include::" + r + "/remote.adoc[]", "",
                    "image::file:///etc/passwd[]", "", "image::" + r + "/remote.png[]", "",
                    "pass:[<script>alert('pass')</script>]", "", "++++", "<script>alert('block')</script>",
                    "<img src=x onerror=alert(1)>", "++++", "", "link:javascript:alert('link')[点我]", "",
                    "link:++javascript:alert(2)++[再点我]", "");
            String saved = send(as("editor1"), "PUT", p + "/draft/files/standard.adoc", JSON.writeValueAsString(Map.of(
                    "text", draft.get("text").asText() + attack, "baseRevision", draft.get("revision").asText(),
                    "message", "攻击测试")));
            String revision = json(saved).get("revision").asText();

            // The preview the editor (and, once in comment, every reader) sees.
            HttpResponse<String> preview = WebSession.signedIn(port, "editor1", DEMO_PASSWORD).get(p + "/draft/preview");
            assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
            assertThat(preview.body()).contains("攻击测试");
            assertSafe(preview.body());
            assertThat(preview.headers().allValues("Content-Security-Policy")).containsExactly(cn.guifanku.web.DocumentPolicy.CSP);

            // The PDF and the standalone HTML the catalog would publish for this draft.
            JsonNode proposal = json(as("editor1").get().uri(p).retrieve().body(String.class));
            try {
                var rendered = renderer.renderDraft(new FolderAtRevision(content, revision, proposal.get("folder").asText()),
                        DraftStage.COMMENT_DRAFT, LocalDate.of(2026, 11, 25));
                assertSafe(new String(rendered.html(), java.nio.charset.StandardCharsets.UTF_8));
                assertSafePdf(rendered.pdf());
            } catch (RenderFailedException refused) {
                assertThat(refused.problems()).isNotEmpty();
            }
            assertThat(fetched.get()).as("requests the server under attack made to the remote").isZero();
        } finally {
            remote.stop(0);
        }
    }

    /** Saves {@code body} after the draft's header as a new revision of editor1's fresh draft; returns the proposal's path. */
    String draftWith(String body) throws Exception {
        String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_DRAFT);
        String p = "/api/proposals/" + id;
        JsonNode draft = json(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class));
        String header = draft.get("text").asText().split("\n\n", 2)[0];
        var saved = as("editor1").put().uri(p + "/draft/files/standard.adoc").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("text", header + "\n\n" + body, "baseRevision",
                        draft.get("revision").asText(), "message", "恶意草案")))
                .retrieve().toEntity(String.class);
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        return p;
    }

    /** The preview's refusal: 422 with the problems, each with its file and line. */
    JsonNode refusedPreview(String p) throws Exception {
        var preview = as("editor1").get().uri(p + "/draft/preview").accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML)
                .retrieve().toEntity(String.class);
        assertThat(preview.getStatusCode().value()).as(preview.getBody()).isEqualTo(422);
        return json(preview.getBody()).get("problems");
    }

    /**
     * Nested attribute references (each level ten times the one before) are what ran a node out of memory: three such
     * previews at once are refused within seconds, with the line of the attribute, while the catalog goes on serving
     * PDFs; no worker's heap, let alone the application's, fills.
     */
    @Test
    void nestedAttributeReferencesAreRefusedWithTheirLineWhileAPdfIsStillServed() throws Exception {
        StringBuilder bomb = new StringBuilder(":a0: 0123456789\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append(":a").append(i).append(": ").append(("{a" + (i - 1) + "}").repeat(10)).append('\n');
        }
        bomb.append("\n== 范围\n\n{a9}\n");
        String p = draftWith(bomb.toString());
        long start = System.nanoTime();
        java.util.List<java.util.concurrent.CompletableFuture<JsonNode>> previews = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            previews.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return refusedPreview(p);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        // Meanwhile a library downloads a published edition, as fast as ever.
        long download = System.nanoTime();
        var pdf = http.get().uri("/standards/wh-t-201/2024.pdf").retrieve().toEntity(byte[].class);
        long downloadMillis = (System.nanoTime() - download) / 1_000_000;
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getBody()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(downloadMillis).as("the PDF download during the hostile previews (ms)").isLessThan(5_000);
        for (var preview : previews) {
            JsonNode problems = preview.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(problems).anySatisfy(problem -> {
                assertThat(problem.get("file").asText()).isEqualTo("standard.adoc");
                assertThat(problem.get("line").asInt()).isPositive();
                assertThat(problem.get("message").asText()).contains("属性“a4”").contains("16 KB");
            });
        }
        long refusedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(refusedMillis).as("three hostile previews refused within (ms)").isLessThan(60_000);
        // The check that decides whether the draft may go out says the same, with the line.
        var check = as("editor1").post().uri(p + "/sending-for-comments").contentType(MediaType.APPLICATION_JSON)
                .body("{}").retrieve().toEntity(String.class);
        assertThat(check.getStatusCode().value()).isEqualTo(422);
        assertThat(check.getBody()).contains("属性“a4”");
    }

    /** A table of a hundred thousand columns and blocks nested forty deep are refused with their lines, not rendered. */
    @Test
    void wideTablesAndDeepNestingAreRefusedWithTheirLines() throws Exception {
        JsonNode wide = refusedPreview(draftWith("== 范围\n\n[cols=\"100000*\"]\n|===\n|一\n|===\n"));
        assertThat(wide).anySatisfy(problem -> {
            assertThat(problem.get("line").asInt()).isPositive();
            assertThat(problem.get("message").asText()).contains("100000 列");
        });
        StringBuilder deep = new StringBuilder("== 范围\n\n");
        for (int i = 0; i < 40; i++) {
            deep.append("=".repeat(4 + i)).append('\n');
        }
        deep.append("深处\n");
        for (int i = 39; i >= 0; i--) {
            deep.append("=".repeat(4 + i)).append('\n');
        }
        JsonNode nested = refusedPreview(draftWith(deep.toString()));
        assertThat(nested).anySatisfy(problem -> {
            assertThat(problem.get("line").asInt()).isPositive();
            assertThat(problem.get("message").asText()).contains("16 层");
        });
    }

    /** A file included over and over would be gigabytes once expanded: refused at the include that passes the limit. */
    @Test
    void aFileIncludedOverAndOverIsRefusedAtTheInclude() throws Exception {
        String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_DRAFT);
        String p = "/api/proposals/" + id;
        JsonNode draft = json(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class));
        var part = as("editor1").put().uri(p + "/draft/files/part.adoc").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("text", "段落。".repeat(300_000), "baseRevision",
                        draft.get("revision").asText()))).retrieve().toEntity(String.class);
        assertThat(part.getStatusCode().value()).as(part.getBody()).isEqualTo(200);
        String header = draft.get("text").asText().split("\n\n", 2)[0];
        var main = as("editor1").put().uri(p + "/draft/files/standard.adoc").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("text", header + "\n\n" + "include::part.adoc[]\n\n".repeat(1000),
                        "baseRevision", json(part.getBody()).get("revision").asText()))).retrieve().toEntity(String.class);
        assertThat(main.getStatusCode().value()).as(main.getBody()).isEqualTo(200);
        assertThat(refusedPreview(p)).anySatisfy(problem -> {
            assertThat(problem.get("message").asText()).contains("10 MB");
            assertThat(problem.get("line").asInt()).isPositive();
        });
    }

    /** Nothing read or fetched, and nothing a browser would run: no script element, handler or script URL. */
    static void assertSafe(String html) {
        assertThat(html).doesNotContain("root:x:0:0").doesNotContain(OTHER_STANDARD).doesNotContain("REMOTE-CONTENT-FETCHED");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.select("script")).as("script elements").isEmpty();
        for (org.jsoup.nodes.Element element : page.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler on <" + element.tagName() + ">").doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue().strip()).as(attribute.getKey() + " on <" + element.tagName() + ">")
                        .doesNotStartWithIgnoringCase("javascript:").doesNotStartWithIgnoringCase("file:")
                        .doesNotStartWith("http://127.0.0.1");
            }
        }
    }

    static void assertSafePdf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("攻击测试").doesNotContain("root:x:0:0").doesNotContain(OTHER_STANDARD)
                    .doesNotContain("REMOTE-CONTENT-FETCHED");
            assertThat(document.getDocumentCatalog().getNames() == null
                    || document.getDocumentCatalog().getNames().getJavaScript() == null).as("no document JavaScript").isTrue();
            assertThat(document.getDocumentCatalog().getOpenAction()).as("the open action only shows a page")
                    .isNotInstanceOf(org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript.class)
                    .isNotInstanceOf(org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch.class)
                    .isNotInstanceOf(PDActionURI.class);
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).doesNotStartWithIgnoringCase("javascript").doesNotStartWith("file:");
                    }
                }
            }
        }
    }

    @Test
    void anotherUserCannotReadOrChangeAConfidentialDraftByItsId() throws Exception {
        String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_DRAFT);
        String p = "/api/proposals/" + id;
        JsonNode draft = json(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class));
        String save = JSON.writeValueAsString(Map.of("text", "= 篡改\n", "baseRevision", draft.get("revision").asText(),
                "message", "篡改"));
        for (String other : new String[] {"editor2", "member1", "reader"}) {
            assertThat(status(as(other), "GET", p + "/draft/files/standard.adoc", null)).as(other + " reads").isEqualTo(403);
            assertThat(status(as(other), "GET", p + "/history", null)).as(other + " history").isEqualTo(403);
            assertThat(status(as(other), "PUT", p + "/draft/files/standard.adoc", save)).as(other + " saves").isEqualTo(403);
            assertThat(status(as(other), "POST", p + "/withdrawal", "{\"reason\":\"x\"}")).as(other + " withdraws").isEqualTo(403);
            assertThat(status(as(other), "POST", p + "/sending-for-comments", "{}")).as(other + " sends").isEqualTo(403);
            HttpResponse<String> page = WebSession.signedIn(port, other, DEMO_PASSWORD).get("/proposals/" + id + "/draft");
            assertThat(page.statusCode()).as(other + " opens the draft page").isEqualTo(403);
            assertThat(page.body()).doesNotContain(draft.get("text").asText().lines().findFirst().orElseThrow());
        }
        assertThat(status(http, "GET", p, null)).as("anonymous: not even confirmed to exist").isEqualTo(404);
        JsonNode after = json(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class));
        assertThat(after.get("revision").asText()).isEqualTo(draft.get("revision").asText());
        assertThat(json(as("editor1").get().uri(p).retrieve().body(String.class)).get("stage").asText()).isEqualTo("DRAFTING");
    }

    @Test
    void aVoteNamingAnotherMemberCountsAsTheVotersOwnOrNotAtAll() throws Exception {
        String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_BALLOT);
        String p = "/api/proposals/" + id;
        // Through the API: the extra "voter" field is ignored, the vote is member1's.
        send(as("member1"), "POST", p + "/ballot/votes",
                "{\"position\":\"DISAPPROVE\",\"reason\":\"不同意\",\"voter\":\"member2\",\"username\":\"member2\"}");
        // Through the page form: the same.
        WebSession.signedIn(port, "member3", DEMO_PASSWORD).form("POST", "/proposals/" + id + "/ballot/votes",
                "position=APPROVE&voter=member4&username=member4");
        // The proposer cannot vote, not even by naming someone else.
        assertThat(status(as("editor1"), "POST", p + "/ballot/votes", "{\"position\":\"APPROVE\",\"voter\":\"member2\"}"))
                .isEqualTo(403);

        JsonNode votes = json(as("secretary").get().uri(p + "/ballot/votes").retrieve().body(String.class));
        Map<String, String> byVoter = new java.util.HashMap<>();
        votes.forEach(v -> byVoter.put(v.get("voter").asText(), v.get("position").asText()));
        assertThat(byVoter).containsOnly(Map.entry("member1", "DISAPPROVE"), Map.entry("member3", "APPROVE"));
    }
}

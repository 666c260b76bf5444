package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Every page of ours, as each role sees it, checked by axe-core (WCAG 2.1 A and AA rules, in the browser after the
 * page's scripts ran) and by the Nu Html Checker (vnu, on the HTML as served): 0 violations, 0 errors. axe comes from
 * Maven Central (Deque's Java binding carries axe.min.js); the checker is the vnu.jar of the npm package vnu-jar,
 * installed with the editor's build tools ({@code npm ci} in frontend/, as .ci/run does), and run once over all pages. The proposals
 * are made through the API in each stage, so that every stage's page (draft, comments, dispositions, ballot, the
 * chair's approval) is checked with its forms. Swagger UI (/swagger-ui) is third-party and not checked here.
 *
 * <p>One browser per role, one page after the other: the machine has two cores.
 */
class AccessibilityInTheBrowserTest extends BrowserTestBase {

    /** WCAG 2.0 and 2.1, levels A and AA: what the issue asks. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path REPORT = Path.of("target", "accessibility-report.txt");
    static final Path PAGES = Path.of("target", "served-pages");
    static final Path VNU = Path.of(System.getProperty("vnu.jar", "frontend/node_modules/vnu-jar/build/dist/vnu.jar"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.net.http.HttpClient PLAIN = java.net.http.HttpClient.newHttpClient();

    private final List<String> opened = new ArrayList<>();

    @Test
    void everyPageOfOursPassesAxeAndTheNuHtmlChecker() throws Exception {
        String proposed = propose("无障碍检查：立项审查");
        String drafting = accept(propose("无障碍检查：起草"));
        String commenting = sendForComments(accept(propose("无障碍检查：征求意见")));
        comment(commenting);
        String disposing = sendForComments(accept(propose("无障碍检查：意见处理")));
        comment(disposing);
        post("secretary", "/api/proposals/" + disposing + "/comment-period/closing", Map.of());
        String voting = sendForComments(accept(propose("无障碍检查：投票")));
        post("secretary", "/api/proposals/" + voting + "/comment-period/closing", Map.of());
        post("editor1", "/api/proposals/" + voting + "/disposition/completion", Map.of());
        post("member1", "/api/proposals/" + voting + "/ballot/votes", Map.of("position", "DISAPPROVE", "reason", "条款不够具体。"));
        post("member2", "/api/proposals/" + voting + "/ballot/votes", Map.of("position", "APPROVE"));
        String approving = sendForComments(accept(propose("无障碍检查：批准")));
        post("secretary", "/api/proposals/" + approving + "/comment-period/closing", Map.of());
        post("editor1", "/api/proposals/" + approving + "/disposition/completion", Map.of());
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            post(member, "/api/proposals/" + approving + "/ballot/votes", Map.of("position", "APPROVE"));
        }
        post("secretary", "/api/proposals/" + approving + "/ballot/closing", Map.of());

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("anonymous", List.of("/", "/?status=UPCOMING", "/standards/wh-t-201", "/standards/wh-t-201/2024.html",
                "/standards/wh-t-201/2019.html", "/standards/wh-t-201/2024/record", "/standards/wh-t-201/2024/verification",
                "/search?q=古籍", "/terms", "/system", "/login", "/register", "/proposals/" + commenting + "/review",
                "/publications", "/no-such-page", "/standards/wh-t-201/2024/archive.html", "/system.html"));
        pages.put("reader", List.of("/workbench", "/proposals", "/proposals/" + commenting,
                "/proposals/" + commenting + "/review", "/notifications/settings", "/notifications/subscriptions"));
        pages.put("editor1", List.of("/workbench", "/proposals/new", "/proposals/" + drafting,
                "/proposals/" + drafting + "/draft", "/proposals/" + drafting + "/draft/preview",
                "/proposals/" + drafting + "/draft/changes", "/proposals/" + disposing,
                "/proposals/" + disposing + "/review", "/api/proposals/" + disposing + "/comment-resolution.html", "/account/tokens"));
        pages.put("member1", List.of("/workbench", "/proposals/" + commenting + "/review", "/proposals/" + voting,
                "/proposals/" + voting + "/ballot"));
        pages.put("secretary", List.of("/workbench", "/proposals", "/proposals/" + proposed,
                "/proposals/" + commenting, "/proposals/" + commenting + "/review", "/proposals/" + voting + "/ballot",
                "/system/edit"));
        pages.put("chair", List.of("/workbench", "/proposals/" + voting + "/ballot", "/proposals/" + approving,
                "/proposals/" + approving + "/ballot", "/proposals/" + approving + "/approval"));
        pages.put("admin", List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/member1",
                "/admin/committees", "/admin/committees/tc389", "/audit", "/notifications/outbox", "/publications"));

        if (onCi()) {
            assertThat(VNU).as("the Nu Html Checker (npm ci in frontend/, as .ci/run does)").isRegularFile();
        }
        Files.createDirectories(PAGES);
        Map<Path, String> served = new LinkedHashMap<>();
        List<String> findings = new ArrayList<>();
        int checked = 0;
        int axeViolations = 0;
        int vnuErrors = 0;
        for (var entry : pages.entrySet()) {
            Browser b = "anonymous".equals(entry.getKey()) ? anonymous() : signIn(entry.getKey());
            for (String path : entry.getValue()) {
                b.open(path);
                checked++;
                String where = entry.getKey() + " " + path;
                Results axe = new AxeBuilder().withTags(WCAG_21_AA).analyze(b.driver());
                if (axe.isErrored()) {
                    findings.add(where + ": axe failed: " + axe.getErrorMessage());
                }
                for (Rule v : axe.getViolations()) {
                    axeViolations++;
                    findings.add(where + ": axe " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " — "
                            + v.getNodes().stream().limit(5).map(n -> String.valueOf(n.getTarget()) + " " + n.getHtml())
                                    .collect(Collectors.joining(" | ")));
                }
                Path file = PAGES.resolve(String.format("%03d.html", checked)).toAbsolutePath();
                Files.writeString(file, served(b));
                served.put(file, where);
            }
            close(b);
        }
        if (Files.isRegularFile(VNU)) {
            for (JsonNode m : vnu(served.keySet())) {
                String where = served.getOrDefault(Path.of(java.net.URI.create(m.path("url").asText())), m.path("url").asText());
                vnuErrors++;
                findings.add(where + ": vnu line " + m.path("lastLine").asText() + ": " + m.path("message").asText()
                        + " — " + m.path("extract").asText().replace('\n', ' '));
            }
        } else {
            System.out.println("vnu not run: " + VNU + " is missing; npm ci in frontend/ installs it (required on CI)");
        }
        // Swagger UI is third-party: its state is noted in the report, not counted.
        Browser visitor = anonymous();
        visitor.open("/swagger-ui/index.html");
        visitor.waitFor("Swagger UI", d -> visitor.has(".swagger-ui .info") ? true : null);
        Results swagger = new AxeBuilder().withTags(WCAG_21_AA).analyze(visitor.driver());
        String thirdParty = "not counted: Swagger UI (/swagger-ui/index.html), axe: " + swagger.getViolations().stream()
                .map(v -> v.getId() + " ×" + v.getNodes().size()).collect(Collectors.joining(", "));
        visitor.close(); // not close(visitor): what Swagger UI does under our CSP is its own affair too
        String summary = "pages checked: " + checked + ", axe violations (rules × pages): " + axeViolations
                + ", vnu errors: " + vnuErrors;
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + String.join("\n", findings) + "\n" + thirdParty + "\n");
        System.out.println(summary + "\n" + thirdParty);
        assertThat(findings).as(summary).isEmpty();
    }

    /** The Nu Html Checker's errors (warnings left out) on the files, in one run of vnu.jar. */
    static List<JsonNode> vnu(java.util.Collection<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m", "-Xmx512m", "-jar", VNU.toString(), "--errors-only", "--format", "json", "--stdout", "--exit-zero-always"));
        files.forEach(f -> command.add(f.toString()));
        Process vnu = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(vnu.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(vnu.waitFor()).as("vnu.jar: " + out).isZero();
        List<JsonNode> errors = new ArrayList<>();
        JSON.readTree(out).path("messages").forEach(errors::add);
        return errors;
    }

    /**
     * The page's HTML as the server sent it (not the DOM after scripts), fetched again with the browser's cookies: from
     * here, since our Content-Security-Policy rightly refuses a fetch from within most pages.
     */
    String served(Browser b) throws Exception {
        String cookies = b.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(b.driver().getCurrentUrl()))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN,zh");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return PLAIN.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private String propose(String title) {
        var created = post("editor1", "/api/proposals", Map.of("kind", "NEW", "title", title,
                "scope", "规定" + title + "的要求", "reason", "测试"));
        String id = String.valueOf(created.get("id"));
        opened.add(id);
        return id;
    }

    private String accept(String id) {
        post("secretary", "/api/proposals/" + id + "/formal-check",
                Map.of("decision", "ACCEPT", "planNumber", "2026-A11Y-" + id));
        return id;
    }

    private String sendForComments(String id) {
        post("editor1", "/api/proposals/" + id + "/sending-for-comments", Map.of());
        return id;
    }

    private void comment(String id) {
        post("member1", "/api/proposals/" + id + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1",
                "type", "te", "body", "建议明确适用范围。", "proposedChange", "本文件适用于各级各类图书馆。"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String user, String path, Object body) {
        var response = as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    @AfterEach
    void withdraw() {
        for (String id : opened) {
            var p = as("secretary").get().uri("/api/proposals/" + id).retrieve().body(Map.class);
            String stage = p == null ? "" : String.valueOf(p.get("stage"));
            if (List.of("PROPOSED", "RETURNED", "DRAFTING", "COMMENTING", "DISPOSITION", "BALLOT", "APPROVAL").contains(stage)) {
                as("editor1").post().uri("/api/proposals/" + id + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("reason", "无障碍检查结束")).retrieve().toBodilessEntity();
            }
        }
        opened.clear();
    }
}

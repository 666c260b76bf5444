package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * People and things by their names: a revision carried from 征求意见 to publication, and at each step the pages each
 * role reads (reader, editor, member, secretariat, chair) signed in through the form as a librarian would. No page's
 * text — nor its title, label or placeholder — may show a user name, a commit hash or a standard's slug, except inside
 * a details element (for those who want it), in a URL, or on the edition's record page, where commit and tag are the
 * point. The user administration pages are left out: there the user name is what is being administered.
 */
class NamesOnPagesTest extends ApplicationTestBase {

    /**
     * The demo accounts' user names. Those that are English words (reader, chair…) count where a name would stand:
     * alone in an element, or written against Chinese text or punctuation ("投票委员 chair、member1"); in English
     * text ("reader services") they are words.
     */
    static final String WORDS = "reader|secretary|chair|admin|system";
    static final Pattern USER = Pattern.compile("(?<![\\w/.@-])(editor\\d|member\\d)(?![\\w/.@-])"
            + "|(?<=[\\p{IsHan}、，：（(])(" + WORDS + ")|(" + WORDS + ")(?=[\\p{IsHan}、，）)])|^(" + WORDS + ")$", Pattern.MULTILINE);
    static final Pattern HASH = Pattern.compile("(?<![\\w-])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\\w-])");
    static final Pattern SLUG = Pattern.compile("(?i)(?<![\\w/-])wh-t-\\d+");
    static final List<String> ROLES = List.of("reader", "editor1", "member1", "secretary", "chair");

    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    final List<String> leaks = new ArrayList<>();
    final Map<String, Browser> browsers = new LinkedHashMap<>();

    @Test
    void noPageShowsAUserNameACommitHashOrASlug() throws Exception {
        for (String user : ROLES) {
            browsers.put(user, new Browser(user));
        }
        var created = post("editor1", "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-202",
                "title", "图书馆名称检查", "scope", "检查页面上的名称", "reason", "测试"));
        assertThat(created.get("id")).as(created.toString()).isNotNull();
        String id = created.get("id").asText();
        String p = "/api/proposals/" + id;
        post("secretary", p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-NAMES"));
        // What the draft's check suggests (the 前言's 代替 and history) is accepted, so it may go out for comment.
        JsonNode draft = get("editor1", p + "/draft/files/standard.adoc");
        List<String> fixes = new ArrayList<>();
        get("editor1", p + "/draft/check").get("problems").forEach(problem -> {
            if (problem.has("suggestion")) {
                fixes.add(problem.get("suggestion").get("id").asText());
            }
        });
        if (!fixes.isEmpty()) {
            post("editor1", p + "/draft/suggestions", Map.of("baseRevision", draft.get("revision").asText(), "ids", fixes));
        }
        // Sending renders the 征求意见稿 PDF; on a loaded machine the request may time out (503) while the work
        // goes on: what counts is the stage it reaches.
        as("editor1").post().uri(p + "/sending-for-comments").contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .retrieve().toBodilessEntity();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(4))
                .until(() -> get("secretary", p).path("stage").asText().equals("COMMENTING"));
        subscribeAndComment(p);
        walk(id, "征求意见");

        post("secretary", p + "/comment-period/closing", Map.of());
        for (JsonNode c : get("editor1", p + "/comments")) {
            put("editor1", p + "/comments/" + c.get("id").asText() + "/disposition", Map.of("disposition", "ACCEPTED"));
        }
        walk(id, "意见处理");
        post("editor1", p + "/disposition/completion", Map.of());
        post("member1", p + "/ballot/votes", Map.of("position", "DISAPPROVE", "reason", "名称检查：不同意的理由"));
        for (String member : List.of("member2", "member3", "chair")) {
            post(member, p + "/ballot/votes", Map.of("position", "APPROVE"));
        }
        walk(id, "审查投票");
        post("secretary", p + "/ballot/closing", Map.of());
        walk(id, "批准");
        JsonNode approved = post("chair", p + "/approval", Map.of("decision", "APPROVE", "number", "WH/T 202—2026",
                "issued", "2026-12-01", "effective", "2027-03-01"));
        assertThat(approved.path("stage").asText()).as(approved.toString()).isEqualTo("PUBLISHING");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        walk(id, "已发布");
        for (String user : ROLES) {
            check(user, "/?status=UPCOMING");
            check(user, "/standards/wh-t-202/2026.html");
        }
        // The phrasings of the one table, where a librarian reads them.
        assertThat(browsers.get("reader").get("/standards/wh-t-202").body())
                .contains("即将实施（2027-03-01）", "将被 WH/T 202—2026 代替");
        assertThat(browsers.get("reader").get("/notifications/subscriptions").body())
                .contains("WH/T 202《古籍数字化元数据规范》");
        for (String user : List.of("secretary", "chair")) {
            check(user, "/audit");
            check(user, "/audit?target=" + id);
            check(user, "/admin");
        }

        assertThat(leaks).as("user names, commit hashes or slugs a librarian would read").isEmpty();
    }

    /**
     * The audit trail names each state-changing request by its handler ({@code proposal.save}); each has its words in
     * the bundle, so the audit page never shows a code. (The administration's handlers describe themselves with their
     * own codes, {@code admin.user.create} and the like, which the bundle also has.)
     */
    @Test
    void everyAuditedActionHasItsWords(@Autowired org.springframework.context.ApplicationContext context,
                                       @Autowired org.springframework.context.MessageSource messages) {
        List<String> missing = new ArrayList<>();
        context.getBeansOfType(org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    var methods = info.getMethodsCondition().getMethods();
                    String pkg = handler.getBeanType().getPackageName();
                    if (methods.isEmpty() || methods.stream().allMatch(m -> m.name().equals("GET"))
                            || !pkg.startsWith("cn.guifanku.") || pkg.endsWith(".admin")) {
                        return;
                    }
                    String code = pkg.substring(pkg.lastIndexOf('.') + 1) + "." + handler.getMethod().getName();
                    for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                        if (messages.getMessage("audit.action." + code, null, null, locale) == null) {
                            missing.add(code + " (" + locale + ")");
                        }
                    }
                }));
        assertThat(missing).as("audit.action.* in i18n/audit*.properties").isEmpty();
    }

    void subscribeAndComment(String p) {
        Browser reader = browsers.get("reader");
        reader.form("/notifications/subscriptions", "type=STANDARD&target=wh-t-202");
        reader.form("/notifications/subscriptions", "type=CATEGORY&target=4");
        post("reader", p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1", "type", "te",
                "body", "名称检查意见", "proposedChange", "建议修改"));
        post("member1", p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1", "type", "ed", "body", "委员的意见"));
    }

    void walk(String id, String step) {
        String proposal = "/proposals/" + id;
        for (String user : ROLES) {
            for (String path : List.of("/", "/standards/wh-t-202", "/standards/wh-t-201", "/system", "/proposals",
                    "/search?q=%E8%AF%BB%E8%80%85", "/workbench", "/notifications/settings", "/notifications/subscriptions",
                    proposal, proposal + "/review", proposal + "/draft", proposal + "/draft/changes", proposal + "/ballot",
                    proposal + "/approval")) {
                check(user, path);
            }
        }
        if (leaks.size() > 0) {
            leaks.add("(found by the step " + step + ")");
        }
    }

    /** The page's words as read: its text and the labels a screen reader speaks, without details, scripts or URLs. */
    void check(String user, String path) {
        HttpResponse<String> page = browsers.get(user).get(path);
        if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return; // not this role's page (refused, or not in this step)
        }
        Document doc = Jsoup.parse(page.body());
        doc.select("details, script, style, template, pre.commands").remove(); // commands to copy are no words to read
        StringBuilder words = new StringBuilder(doc.title());
        for (Element e : doc.body().select("*")) {
            if (!e.ownText().isBlank()) {
                words.append('\n').append(e.ownText().strip());
            }
        }
        for (Element e : doc.body().select("[title], [aria-label], [placeholder], [alt]")) {
            for (String attribute : List.of("title", "aria-label", "placeholder", "alt")) {
                words.append('\n').append(e.attr(attribute));
            }
        }
        for (Pattern pattern : List.of(USER, HASH, SLUG)) {
            Matcher m = pattern.matcher(words);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(words.length(), m.end() + 30);
                leaks.add(user + " " + path + ": «" + m.group() + "» in …"
                        + words.substring(from, to).replace('\n', ' ') + "…");
            }
        }
    }

    JsonNode post(String user, String path, Object body) {
        return ok(path, as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class));
    }

    JsonNode put(String user, String path, Object body) {
        return ok(path, as(user).put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(String.class));
    }

    JsonNode get(String user, String path) {
        return ok(path, as(user).get().uri(path).retrieve().toEntity(String.class));
    }

    JsonNode ok(String path, org.springframework.http.ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return read(response.getBody());
    }

    JsonNode read(String body) {
        try {
            return body == null ? json.createObjectNode() : json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** A browser's session: signed in through the form, cookies kept, the CSRF token from each page. */
    final class Browser {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String token;

        Browser(String user) {
            get("/login");
            HttpResponse<String> signedIn = send("POST", "/login", "username=" + user + "&password="
                    + ("admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD));
            assertThat(signedIn.statusCode()).as("sign-in of " + user).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> response = send("GET", path, null);
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                token = m.group(1);
            }
            return response;
        }

        void form(String path, String body) {
            get("/notifications/subscriptions");
            send("POST", path, body);
        }

        private HttpResponse<String> send(String method, String path, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").header("Accept-Language", "zh-CN");
            if (body != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + token));
            } else {
                request.GET();
            }
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/**
 * Git over HTTP with the real {@code git} command-line client against the running application: who clones and fetches
 * what, a push as a save, and every refused push (a Chinese {@code remote:} line, nothing changed).
 */
class GitOverHttpTest extends ApplicationTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("gfk_[A-Za-z0-9_-]{43}");

    @TempDir
    Path work;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String proposal;
    private String draftHead;

    @BeforeEach
    void draftOfEditor1() {
        proposal = createDraft("editor1");
        draftHead = head(proposal);
    }

    @Test
    void anonymousCloneGetsMainAndEditionTagsButNoDraft() {
        Git ls = git(work, "ls-remote", publicUrl());
        assertThat(ls.exit()).as(ls.output()).isZero();
        assertThat(ls.output()).contains("refs/heads/main").containsPattern("refs/tags/wh-t-201/\\d{4}")
                .doesNotContain("draft/").doesNotContain("withdrawn/");
        Git clone = git(work, "clone", "-q", publicUrl(), "anon");
        assertThat(clone.exit()).as(clone.output()).isZero();
        // JGit serves only what the advertised refs reach: a confidential draft's commit is not there by its id.
        Git fetch = git(work.resolve("anon"), "fetch", "origin", draftHead);
        assertThat(fetch.exit()).as(fetch.output()).isNotZero();
        assertThat(git(work.resolve("anon"), "cat-file", "-e", draftHead).exit()).isNotZero();
    }

    @Test
    void anotherEditorNeitherSeesNorFetchesAConfidentialDraft() {
        String url = signedInUrl("editor2", token("editor2"));
        Git ls = git(work, "ls-remote", url);
        assertThat(ls.exit()).as(ls.output()).isZero();
        assertThat(ls.output()).contains("refs/heads/main").doesNotContain("draft/" + proposal);
        git(work, "init", "-q", "e2");
        Git fetch = git(work.resolve("e2"), "fetch", url, draftHead);
        assertThat(fetch.exit()).as(fetch.output()).isNotZero();
    }

    @Test
    void editorPushesADraftRevisionThatAppearsWithItsAuthor() throws IOException {
        Path clone = editor1Clone();
        append(clone.resolve(folder() + "/standard.adoc"), "\n经 git 推送的新段落。\n");
        commit(clone, "经 git 补充范围");
        Git push = git(clone, "push", "origin", "draft/" + proposal);
        assertThat(push.exit()).as(push.output()).isZero();
        assertThat(push.output()).contains("remote: 已保存为草稿 " + proposal);
        // The draft check's verdict, with file and line, informs and does not refuse.
        assertThat(push.output()).containsPattern("remote: 草稿检查：(没有发现问题|\\d+ 个错误)");
        String pushed = git(clone, "rev-parse", "HEAD").output().strip();
        assertThat(head(proposal)).isEqualTo(pushed);
        JsonNode latest = json(as("editor1").get().uri("/api/proposals/" + proposal + "/draft/revisions")
                .retrieve().body(String.class)).get(0);
        assertThat(latest.get("id").asText()).isEqualTo(pushed);
        assertThat(latest.get("subject").asText()).isEqualTo("经 git 补充范围");
        assertThat(latest.get("author").get("name").asText()).isEqualTo("editor1");
        assertThat(latest.get("author").get("email").asText()).isEqualTo("editor1@users.guifanku.invalid");
        String audit = as("admin").get().uri("/audit.csv?action=git.push&target=" + proposal).retrieve().body(String.class);
        assertThat(audit).contains("editor1,git.push,proposal," + proposal);
    }

    @Test
    void pushesOutsideTheOwnDraftAreRefusedInChineseAndChangeNothing() {
        Path clone = editor1Clone();
        commit(clone, "任意修改", folder() + "/standard.adoc", "\n另一段。\n");
        String main = head("main");
        refused(git(clone, "push", "origin", "HEAD:main"), "不能推送到 main");
        refused(git(clone, "push", "origin", "HEAD:refs/tags/wh-t-201/2099"), "不能推送标签");
        refused(git(clone, "push", "origin", "HEAD:refs/heads/somewhere-new"), "只能推送到你自己提案的草稿分支");
        refused(git(clone, "push", "origin", ":draft/" + proposal), "不能删除");
        assertThat(head("main")).isEqualTo(main);
        assertThat(git(work, "ls-remote", signedInUrl("editor1", token("editor1"))).output())
                .doesNotContain("somewhere-new").doesNotContain("wh-t-201/2099");
        assertThat(head(proposal)).isEqualTo(draftHead);

        // editor2, with a token of their own, on editor1's draft.
        String other = signedInUrl("editor2", token("editor2"));
        refused(git(clone, "push", other, "HEAD:draft/" + proposal), "只能推送到你自己提案的草稿分支");
        assertThat(head(proposal)).isEqualTo(draftHead);
    }

    @Test
    void forcePushAndOldBaseAreRefused() {
        Path clone = editor1Clone();
        commit(clone, "第一次", folder() + "/standard.adoc", "\n第一段。\n");
        assertThat(git(clone, "push", "origin", "draft/" + proposal).exit()).isZero();
        String pushed = head(proposal);
        git(clone, "reset", "-q", "--hard", "HEAD~1");
        commit(clone, "改写历史", folder() + "/standard.adoc", "\n另写一段。\n");
        refused(git(clone, "push", "-f", "origin", "draft/" + proposal), "不接受强制推送");
        Git stale = git(clone, "push", "origin", "draft/" + proposal);
        assertThat(stale.exit()).isNotZero();
        assertThat(stale.output()).containsAnyOf("non-fast-forward", "fetch first", "rejected");
        assertThat(head(proposal)).isEqualTo(pushed);
    }

    @Test
    void oversizedFileWrongAuthorAndOtherFoldersAreRefused() throws IOException {
        Path clone = editor1Clone();
        try (RandomAccessFile big = new RandomAccessFile(clone.resolve(folder() + "/annex-b.adoc").toFile(), "rw")) {
            byte[] chunk = new byte[1024 * 1024];
            new java.util.Random(19).nextBytes(chunk);
            for (int i = 0; i < 28; i++) {
                big.write(chunk);
            }
        }
        commit(clone, "28 MB");
        refused(git(clone, "push", "origin", "draft/" + proposal), "超过 5 MB");
        assertThat(head(proposal)).isEqualTo(draftHead);

        git(clone, "reset", "-q", "--hard", "origin/draft/" + proposal);
        commit(clone, "改动别的标准", "wh-t-201/standard.adoc", "\n不该改的。\n");
        refused(git(clone, "push", "origin", "draft/" + proposal), "只能改动本提案的文件夹");

        git(clone, "reset", "-q", "--hard", "origin/draft/" + proposal);
        git(clone, "config", "user.email", "zhang@example.com");
        commit(clone, "私人地址", folder() + "/standard.adoc", "\n一段。\n");
        refused(git(clone, "push", "origin", "draft/" + proposal), "应为“editor1 <editor1@users.guifanku.invalid>”");

        git(clone, "config", "user.email", "editor1@users.guifanku.invalid");
        git(clone, "reset", "-q", "--hard", "origin/draft/" + proposal);
        write(clone.resolve(folder() + "/standard.adoc"), "= 标题\n\n正文\u0001控制字符\n".getBytes(StandardCharsets.UTF_8));
        commit(clone, "控制字符");
        refused(git(clone, "push", "origin", "draft/" + proposal), "控制字符");
        assertThat(head(proposal)).isEqualTo(draftHead);
    }

    @Test
    void passwordsNeverWorkAndARevokedTokenStopsAtOnce() {
        Git password = git(work, "ls-remote", signedInUrl("editor1", DEMO_PASSWORD));
        assertThat(password.exit()).isNotZero();
        assertThat(password.output()).contains("Authentication failed");

        WebSession editor = WebSession.signedIn(port, "editor1", DEMO_PASSWORD);
        String token = createToken(editor, "撤销测试");
        assertThat(git(work, "ls-remote", signedInUrl("editor1", token)).exit()).isZero();
        String page = editor.get("/account/tokens").body();
        assertThat(page).contains("撤销测试").doesNotContain(token);
        // Kept only as its SHA-256.
        assertThat(jdbc.queryForObject("select count(*) from access_token where token_hash = ?", Long.class,
                java.util.HexFormat.of().formatHex(sha256(token)))).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from access_token where token_hash = ? or name = ?", Long.class,
                token, token)).isZero();
        Matcher revoke = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(page);
        assertThat(revoke.find()).isTrue();
        assertThat(editor.form("POST", revoke.group(), "").statusCode()).isEqualTo(302);
        // The newest token is listed first: the one just created.
        Git revoked = git(work, "ls-remote", signedInUrl("editor1", token));
        assertThat(revoked.exit()).isNotZero();
        assertThat(revoked.output()).contains("Authentication failed");
    }

    @Test
    void aPushWithoutCredentialsGets401AndTheDumbProtocolIsOff() {
        var anonymous = client(null, null);
        var advertisement = anonymous.get().uri("/git/standards.git/info/refs?service=git-receive-pack").retrieve()
                .toBodilessEntity();
        assertThat(advertisement.getStatusCode().value()).isEqualTo(401);
        assertThat(advertisement.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.post().uri("/git/standards.git/git-receive-pack")
                .contentType(MediaType.parseMediaType("application/x-git-receive-pack-request")).body(new byte[]{'0', '0', '0', '0'})
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.get().uri("/git/auth/standards.git/info/refs?service=git-upload-pack").retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        for (String dumb : List.of("/git/standards.git/HEAD", "/git/standards.git/info/refs",
                "/git/standards.git/objects/info/packs", "/git/standards.git/refs/heads/draft/" + proposal)) {
            assertThat(anonymous.get().uri(dumb).retrieve().toBodilessEntity().getStatusCode().value())
                    .as(dumb).isIn(401, 403, 404);
        }
    }

    /**
     * The Git endpoints in the authorization matrix's terms: every caller as a token (or a password, which never
     * works), at both doors, and who sees a draft in 起草 (its editor, the secretariat, the chair, administrators).
     */
    @Test
    void gitEndpointsAnswerEveryCallerAsTheRulesSay() {
        String fetchPublic = "/git/standards.git/info/refs?service=git-upload-pack";
        String pushPublic = "/git/standards.git/info/refs?service=git-receive-pack";
        String fetchSignedIn = "/git/auth/standards.git/info/refs?service=git-upload-pack";
        var anonymous = client(null, null);
        assertThat(status(anonymous, fetchPublic)).isEqualTo(200);
        assertThat(status(anonymous, pushPublic)).isEqualTo(401);
        assertThat(status(anonymous, fetchSignedIn)).isEqualTo(401);
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS || who == Who.NON_MEMBER) {
                continue;
            }
            var withPassword = client(who.username, who.password());
            var withToken = client(who.username, token(who.username));
            assertThat(status(withPassword, fetchSignedIn)).as(who + " with a password").isEqualTo(401);
            assertThat(status(withPassword, pushPublic)).as(who + " with a password").isEqualTo(401);
            assertThat(status(withToken, fetchPublic)).as(who.name()).isEqualTo(200);
            assertThat(status(withToken, pushPublic)).as(who.name()).isEqualTo(200);
            assertThat(status(withToken, fetchSignedIn)).as(who.name()).isEqualTo(200);
            Git ls = git(work, "ls-remote", signedInUrl(who.username, token(who.username)));
            assertThat(ls.exit()).as(ls.output()).isZero();
            boolean sees = EnumSet.of(Who.PROPOSER, Who.SECRETARIAT, Who.CHAIR, Who.ADMIN).contains(who);
            assertThat(ls.output().contains("refs/heads/draft/" + proposal)).as(who + " sees the draft").isEqualTo(sees);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int status(org.springframework.web.client.RestClient client, String path) {
        return client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }

    // --- helpers ---

    private Path editor1Clone() {
        Path clone = work.resolve("editor1-" + System.nanoTime());
        Git result = git(work, "clone", "-q", signedInUrl("editor1", token("editor1")), clone.toString());
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(git(clone, "checkout", "-q", "draft/" + proposal).exit()).isZero();
        git(clone, "config", "user.name", "editor1");
        git(clone, "config", "user.email", "editor1@users.guifanku.invalid");
        return clone;
    }

    private String folder() {
        return proposal.toLowerCase(java.util.Locale.ROOT);
    }

    private void commit(Path clone, String message, String file, String appended) {
        if (file != null && appended != null) {
            try {
                append(clone.resolve(file), appended);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (file != null) {
            commit(clone, message);
        }
    }

    private void commit(Path clone, String message) {
        git(clone, "add", "-A");
        Git commit = git(clone, "commit", "-q", "-m", message);
        assertThat(commit.exit()).as(commit.output()).isZero();
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    private static void refused(Git push, String reason) {
        assertThat(push.exit()).as(push.output()).isNotZero();
        assertThat(push.output()).contains("remote: 拒绝").contains(reason);
    }

    private String head(String branchOrProposal) {
        String ref = branchOrProposal.equals("main") ? "refs/heads/main" : "refs/heads/draft/" + branchOrProposal;
        Git ls = git(work, "ls-remote", signedInUrl("editor1", token("editor1")), ref);
        assertThat(ls.exit()).as(ls.output()).isZero();
        return ls.output().strip().split("\\s+")[0];
    }

    /** One token per user and application (port) for all tests: a person holds at most 10 live tokens. */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private String token(String user) {
        return TOKENS.computeIfAbsent(port + " " + user,
                key -> createToken(WebSession.signedIn(port, user,
                        "admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD), "测试"));
    }

    private static String createToken(WebSession session, String name) {
        assertThat(session.form("POST", "/account/tokens", "name=" + WebSession.enc(name)).statusCode()).isEqualTo(302);
        Matcher m = TOKEN.matcher(session.get("/account/tokens").body());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private String publicUrl() {
        return "http://localhost:" + port + "/git/standards.git";
    }

    private String signedInUrl(String user, String secret) {
        return "http://" + user + ":" + WebSession.enc(secret) + "@localhost:" + port + "/git/auth/standards.git";
    }

    private String createDraft(String editor) {
        String created = as(editor).post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body("{\"kind\":\"NEW\",\"title\":\"Git 推送测试\",\"scope\":\"规定 git 推送的测试\",\"reason\":\"测试\"}")
                .retrieve().body(String.class);
        String id = json(created).get("id").asText();
        as("secretary").post().uri("/api/proposals/" + id + "/formal-check").contentType(MediaType.APPLICATION_JSON)
                .body("{\"decision\":\"ACCEPT\",\"planNumber\":\"2026-GIT-" + id + "\"}").retrieve().toBodilessEntity();
        assertThat(json(as(editor).get().uri("/api/proposals/" + id).retrieve().body(String.class)).get("stage").asText())
                .isEqualTo("DRAFTING");
        return id;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    record Git(int exit, String output) {
    }

    /** Runs git with no user configuration and no prompts; stdout and stderr together. */
    private Git git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.version=2", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(dir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            builder.environment().put("HOME", work.toString());
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("git " + String.join(" ", args) + " did not finish");
            }
            return new Git(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.people.NewPerson;
import cn.guifanku.people.People;
import cn.guifanku.security.Role;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Session fixation, login throttling, the password policy, CSRF with sessions, upload limits and error pages. */
class HardeningTest extends ApplicationTestBase {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    People people;

    String newReader() {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        people.create(new NewPerson(username, "测试读者", null, null, PASSWORD), Set.of(Role.READER));
        return username;
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        WebSession session = WebSession.anonymous(port);
        String before = session.sessionId().orElseThrow();
        assertThat(session.login("reader", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.sessionId().orElseThrow()).isNotEqualTo(before);
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForFifteenMinutesOnEveryWayIn() {
        String user = newReader();
        WebSession browser = WebSession.anonymous(port);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(browser.login(user, "wrong-password-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        // Even the right password is refused now, through the form and through HTTP Basic.
        assertThat(browser.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("已暂时锁定 15 分钟");
        assertThat(client(user, PASSWORD).get().uri("/api/tasks").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(401);
        // Other users are not affected.
        assertThat(WebSession.anonymous(port).login("member2", DEMO_PASSWORD).headers().firstValue("Location")
                .orElseThrow()).doesNotContain("/login");

        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        clock.advance(Duration.ofMinutes(2));
        assertThat(browser.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    @Test
    void wrongPasswordsSpreadOverMoreThanFifteenMinutesDoNotLock() {
        String user = newReader();
        WebSession browser = WebSession.anonymous(port);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            browser.login(user, "wrong-password-" + i);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(browser.login(user, PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
    }

    @Test
    void registrationExplainsThePasswordPolicyInChinese() {
        WebSession browser = WebSession.anonymous(port);
        String tooCommon = browser.form("POST", "/register",
                "username=weakpass1&displayName=" + WebSession.enc("某图书馆") + "&password=1234567890").body();
        assertThat(tooCommon).contains("这个密码太常见");
        String sameAsName = browser.form("POST", "/register",
                "username=samename12&displayName=" + WebSession.enc("某图书馆") + "&password=samename12").body();
        assertThat(sameAsName).contains("密码不能与用户名相同");
        String tooShort = browser.form("POST", "/register",
                "username=shortpw1&displayName=" + WebSession.enc("某图书馆") + "&password=abc").body();
        assertThat(tooShort).contains("密码至少需要 10 个字符");
        assertThat(people.find("weakpass1")).isEmpty();
        // The demo accounts' password still signs in.
        assertThat(WebSession.signedIn(port, "editor2", DEMO_PASSWORD).sessionId()).isPresent();
    }

    @Test
    void jsonWritesWithASessionCookieNeedTheCsrfTokenAndSessionlessApiClientsDoNot() {
        WebSession editor = WebSession.signedIn(port, "editor2", DEMO_PASSWORD);
        String body = "{\"kind\":\"NEW\",\"title\":\"\",\"scope\":\"\",\"reason\":\"\"}";
        assertThat(editor.json("POST", "/api/proposals", body, false).statusCode()).as("no token").isEqualTo(403);
        assertThat(editor.json("POST", "/api/proposals", body, true).statusCode()).as("token: validation answers")
                .isEqualTo(400);
        var basic = as("editor2").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class);
        assertThat(basic.getStatusCode().value()).as("HTTP Basic, no session").isEqualTo(400);
    }

    @Test
    void anUploadOverTheLimitGetsAChinese413PageWithoutAStackTrace() throws Exception {
        WebSession editor = WebSession.signedIn(port, "editor2", DEMO_PASSWORD);
        String boundary = "----guifanku" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.adoc\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[21 * 1024 * 1024 + 1]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = editor.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/proposals"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).as(response.headers().map().toString()).contains("文件过大");
        assertNothingInternal(response.body());
    }

    @Test
    void aFailureOnAPageOrInTheApiShowsNoStackTraceExceptionOrPath() {
        // A clock beyond any calendar makes every date computation fail: an unexpected exception on each request.
        clock.set(Instant.MAX);
        HttpResponse<String> page = WebSession.anonymous(port).get("/");
        HttpResponse<String> api = WebSession.anonymous(port).getJson("/api/standards");
        clock.reset();
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("服务器出错了");
        assertNothingInternal(page.body());
        assertThat(api.statusCode()).isEqualTo(500);
        assertNothingInternal(api.body());

        HttpResponse<String> badJson = WebSession.anonymous(port).getJson("/api/standards?status=NOT_A_STATUS");
        assertNothingInternal(badJson.body());
        HttpResponse<String> badForm = WebSession.signedIn(port, "editor1", DEMO_PASSWORD)
                .form("POST", "/proposals/x/comments/not-a-number/disposition", "disposition=BOGUS");
        assertThat(badForm.statusCode()).isBetween(400, 499);
        assertNothingInternal(badForm.body());
    }

    static void assertNothingInternal(String body) {
        assertThat(body).doesNotContain("at cn.guifanku").doesNotContain("Exception").doesNotContain("/work/")
                .doesNotContain("/tmp/").doesNotContain(".java").doesNotContain("org.springframework");
    }
}

package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Careless and hostile requests, each the way a client could send it: every one gets a clear refusal with the status
 * that says what is wrong, in Chinese (in English only when asked with {@code Accept-Language: en}), as Problem Details
 * for the API and our error page for browsers, and none a 500. The probes of the hostile-input pass that found 5xx,
 * English and bare answers are all here, with more.
 */
class BadInputTest extends ApplicationTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What Spring, Tomcat and Jackson say when nobody translated them. */
    static final List<String> UNTRANSLATED = List.of("Failed to", "Invalid request", "Bad Request", "Forbidden",
            "Unauthorized", "Not Found", "Method Not Allowed", "Unsupported Media Type", "Not Acceptable",
            "HTTP Status", "Whitelabel", "Required request", "\"error\":", "Could not", "No static resource",
            "Internal Server Error", "Payload Too Large", "Content Too Large");

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static String basic(String user) {
        String password = "admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder api(String user, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request;
    }

    record Probe(String name, HttpRequest.Builder request, int status) {
    }

    /** Every probe: its answer has the status it should, is never a 500, and speaks Chinese. */
    @Test
    void everyBadRequestIsRefusedClearlyInChineseAndNoneGetsA500() {
        String draft = new ProposalFixtures(this::as, port).proposal(Fixture.DRAFT);
        String commenting = new ProposalFixtures(this::as, port).proposal(Fixture.COMMENTING);
        String ballot = new ProposalFixtures(this::as, port).proposal(Fixture.BALLOT);
        String p = "/api/proposals/" + draft;
        String c = "/api/proposals/" + commenting;
        String json = "application/json";
        String revision = node(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText();
        String comment = "{\"clauseId\":\"_范围\",\"clauseLabel\":\"1\",\"type\":\"te\",\"body\":\"意见\"";
        List<Probe> probes = List.of(
                new Probe("Content-Type: garbage", api("editor1", "POST", "/api/proposals", "garbage", "{}"), 415),
                new Probe("charset=bogus", api("editor1", "POST", "/api/proposals", json + ";charset=bogus", "{}"), 415),
                new Probe("charset=ISO-8859-1", api("editor1", "POST", "/api/proposals", json + ";charset=ISO-8859-1", "{}"), 415),
                new Probe("POST without Content-Type (HTTP Basic)", api("editor1", "POST", p + "/sending-for-comments", null, null), 403),
                new Probe("form body to a JSON endpoint", api("editor1", "POST", "/api/proposals",
                        "application/x-www-form-urlencoded", "kind=NEW"), 403),
                new Probe("malformed JSON", api("editor1", "POST", "/api/proposals", json, "{\"kind\":"), 400),
                new Probe("JSON array", api("editor1", "POST", "/api/proposals", json, "[1,2]"), 400),
                new Probe("empty body", api("editor1", "POST", "/api/proposals", json, ""), 400),
                new Probe("a number as a title", api("editor1", "POST", "/api/proposals", json,
                        "{\"kind\":\"NEW\",\"title\":123,\"scope\":\"s\",\"reason\":\"r\"}"), 400),
                new Probe("an unknown kind", api("editor1", "POST", "/api/proposals", json,
                        "{\"kind\":\"FOO\",\"title\":\"t\",\"scope\":\"s\",\"reason\":\"r\"}"), 400),
                new Probe("a number as a kind", api("editor1", "POST", "/api/proposals", json,
                        "{\"kind\":1,\"title\":\"t\",\"scope\":\"s\",\"reason\":\"r\"}"), 400),
                new Probe("missing fields", api("editor1", "POST", "/api/proposals", json, "{\"kind\":\"NEW\"}"), 400),
                new Probe("a title over 500 characters", api("editor1", "POST", "/api/proposals", json,
                        "{\"kind\":\"NEW\",\"title\":\"" + "标".repeat(501) + "\",\"scope\":\"s\",\"reason\":\"r\"}"), 400),
                new Probe("NUL in a title", api("editor1", "POST", "/api/proposals", json,
                        "{\"kind\":\"NEW\",\"title\":\"a\\u0000b\",\"scope\":\"s\",\"reason\":\"r\"}"), 422),
                new Probe("not UTF-8", api("editor1", "POST", "/api/proposals", json, null)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3,
                                (byte) 0x28, '"', '}'})), 400),
                new Probe("a number as a text", api("editor1", "PUT", p + "/draft/files/standard.adoc", json,
                        "{\"text\":5,\"baseRevision\":\"" + revision + "\"}"), 400),
                new Probe("empty draft text", api("editor1", "PUT", p + "/draft/files/standard.adoc", json,
                        "{\"text\":\"\",\"baseRevision\":\"" + revision + "\"}"), 422),
                new Probe("a draft without a title", api("editor1", "PUT", p + "/draft/files/standard.adoc", json,
                        "{\"text\":\"<html>\",\"baseRevision\":\"" + revision + "\"}"), 422),
                new Probe("a draft of 6 MB", api("editor1", "PUT", p + "/draft/files/standard.adoc", json,
                        "{\"text\":\"= 标题\\n" + "x".repeat(6 * 1024 * 1024) + "\",\"baseRevision\":\"" + revision + "\"}"), 413),
                new Probe("a bad file name", api("editor1", "GET", p + "/draft/files/..%2Fsecret", null, null), 400),
                new Probe("a save message over 500", api("editor1", "PUT", p + "/draft/files/standard.adoc", json,
                        "{\"text\":\"= 标题\\n\",\"baseRevision\":\"" + revision + "\",\"message\":\"" + "m".repeat(501) + "\"}"), 422),
                new Probe("a comment on no commit", api("reader", "POST", c + "/comments", json,
                        comment + ",\"revision\":\"not-a-commit\"}"), 422),
                new Probe("a comment on no clause", api("reader", "POST", c + "/comments", json,
                        "{\"clauseId\":\"_没有这一条\",\"clauseLabel\":\"9\",\"type\":\"te\",\"body\":\"意见\"}"), 422),
                new Probe("a comment body over 4000", api("reader", "POST", c + "/comments", json,
                        "{\"clauseId\":\"_范围\",\"clauseLabel\":\"1\",\"type\":\"te\",\"body\":\"" + "意".repeat(4001) + "\"}"), 422),
                new Probe("a proposed change over 4000", api("reader", "POST", c + "/comments", json,
                        comment + ",\"proposedChange\":\"" + "改".repeat(4001) + "\"}"), 422),
                new Probe("a clause id over 200", api("reader", "POST", c + "/comments", json,
                        "{\"clauseId\":\"" + "_".repeat(201) + "\",\"clauseLabel\":\"1\",\"type\":\"te\",\"body\":\"意见\"}"), 422),
                new Probe("a vote reason over 4000", api("member1", "POST", "/api/proposals/" + ballot + "/ballot/votes", json,
                        "{\"position\":\"DISAPPROVE\",\"reason\":\"" + "理".repeat(4001) + "\"}"), 422),
                new Probe("a comment id that is no number", api("editor1", "PUT", c + "/comments/abc/disposition", json,
                        "{\"disposition\":\"ACCEPTED\"}"), 400),
                new Probe("page that is no number", api(null, "GET", "/api/standards?page=abc", null, null), 400),
                new Probe("an unknown status", api(null, "GET", "/api/standards?status=NOT_A_STATUS", null, null), 400),
                new Probe("XML asked for", api(null, "GET", "/api/standards", null, null).setHeader("Accept", "application/xml"), 406),
                new Probe("DELETE on the catalog", api("admin", "DELETE", "/api/standards", json, null), 405),
                new Probe("an unknown API path", api("editor1", "GET", "/api/nope", null, null), 404),
                new Probe("an unknown proposal", api("editor1", "GET", "/api/proposals/P1999-999", null, null), 404),
                new Probe("GET /error", request("/error").header("Accept", "application/json"), 404),
                new Probe("GET /error as a page", request("/error").header("Accept", "text/html"), 404),
                new Probe("POST /error", api(null, "POST", "/error", json, "{}"), 403),
                new Probe("%00 in a path", request("/standards/%00").header("Accept", "text/html"), 400),
                new Probe("%00 in an API path", request("/api/standards/%00"), 400),
                new Probe("a path that is not UTF-8", request("/api/standards/%C3%28"), 400),
                new Probe("an encoded slash", request("/standards/a%2Fb").header("Accept", "text/html"), 400),
                new Probe("//engine-rest/user", api("admin", "GET", "//engine-rest/user", null, null), 400),
                new Probe("/engine-rest;x=1/user", api("admin", "GET", "/engine-rest;x=1/user", null, null), 400),
                new Probe("/%65ngine-rest/user", api("admin", "GET", "/%65ngine-rest/user", null, null), 400),
                new Probe("/camunda/./app/", request("/camunda/./app/cockpit/").header("Accept", "text/html"), 400),
                new Probe("the REST API without credentials", api(null, "GET", "/engine-rest/user", null, null), 401),
                new Probe("the REST API as a reader", api("reader", "GET", "/engine-rest/user", null, null), 403),
                new Probe("an API write without credentials", api(null, "POST", "/api/proposals", json, "{}"), 401),
                new Probe("the audit trail as a reader", request("/audit").header("Authorization", basic("reader"))
                        .header("Accept", "text/html"), 403),
                new Probe("a search query over 200", api(null, "GET", "/api/search?q=" + "a".repeat(300), null, null), 400),
                new Probe("paging out of range", api(null, "GET", "/api/standards?size=100000", null, null), 400),
                new Probe("a year that is none", request("/standards/wh-t-201/20x4.pdf").header("Accept", "text/html"), 404),
                new Probe("an unknown standard", request("/standards/nope").header("Accept", "text/html"), 404));
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            HttpResponse<String> response = send(probe.request());
            String problem = problemIn(response, false);
            if (response.statusCode() != probe.status() || problem != null) {
                wrong.add(probe.name() + ": " + response.statusCode() + " (expected " + probe.status() + ")"
                        + (problem == null ? "" : ", " + problem) + " — " + shorten(response.body()));
            }
        }
        // A body of 28 MB, announced as curl does ("Expect: 100-continue"): refused before a byte of it is sent.
        String large = raw("PUT " + p + "/draft/files/standard.adoc HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + basic("editor1") + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                + "Content-Length: " + 28 * 1024 * 1024 + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
        if (!large.startsWith("HTTP/1.1 413") || !large.contains("urn:guifanku:problem:too-large") || !HAN.matcher(large).find()) {
            wrong.add("a body of 28 MB: " + shorten(large));
        }
        // What no HTTP client library sends: a path that cannot be decoded at all.
        String raw = raw("GET /api/standards/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 400") || !raw.contains("urn:guifanku:problem:bad-request") || !HAN.matcher(raw).find()) {
            wrong.add("an undecodable path: " + shorten(raw));
        }
        String rawPage = raw("GET /standards/%ZZ HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        if (!rawPage.startsWith("HTTP/1.1 400") || !rawPage.contains("error-message") || rawPage.contains("HTTP Status")) {
            wrong.add("an undecodable page path: " + shorten(rawPage));
        }
        assertThat(wrong).as("probes answered wrongly").isEmpty();
        // Nothing any of them sent was committed.
        assertThat(node(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText()).isEqualTo(revision);
    }

    /** The editor's form and the upload refuse what the API refuses, with the same status, and keep the typed text. */
    @Test
    void pageFormsRefuseWhatTheApiRefusesWithTheSameStatus() {
        String id = new ProposalFixtures(this::as, port).proposal(Fixture.FRESH_DRAFT);
        String p = "/api/proposals/" + id;
        String revision = node(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText();
        WebSession editor = WebSession.signedIn(port, "editor1", DEMO_PASSWORD);
        String form = "file=standard.adoc&baseRevision=" + revision + "&text=";
        // Bytes that are not UTF-8, as a browser posting a file's raw text would send them.
        HttpResponse<String> notUtf8 = editor.form("POST", "/proposals/" + id + "/draft", form + "%3D+%E6%A0%87%E9%A2%98%0A%0A%FF%FE");
        assertThat(notUtf8.statusCode()).isEqualTo(415);
        assertThat(notUtf8.body()).contains("第 3 行").contains("UTF-8").contains("标题");
        HttpResponse<String> empty = editor.form("POST", "/proposals/" + id + "/draft", form + "+%0A");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("空");
        HttpResponse<String> large = editor.form("POST", "/proposals/" + id + "/draft",
                form + "%3D+T%0A" + "x".repeat(5 * 1024 * 1024 + 10));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("5 MB");
        HttpResponse<String> missing = editor.form("POST", "/proposals/" + id + "/draft", "file=standard.adoc");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problemIn(missing, false)).isNull();
        assertThat(missing.body()).contains("text");
        // An upload between the draft's limit and the container's: 413 and why, not a bare 403.
        HttpResponse<String> upload = editor.send(multipart(editor, new byte[6 * 1024 * 1024 + 512 * 1024]));
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("5 MB");
        assertThat(node(as("editor1").get().uri(p + "/draft/files/standard.adoc").retrieve().body(String.class))
                .get("revision").asText()).as("nothing committed").isEqualTo(revision);
    }

    HttpRequest.Builder multipart(WebSession session, byte[] file) {
        String boundary = "----guifanku" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrfToken()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nNEW"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n上传测试"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"scope\"\r\n\r\n范围"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\n理由"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"start\"\r\n\r\nupload"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.adoc\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        java.util.Arrays.fill(file, (byte) 'a');
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request("/proposals").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** RFC 9110: 416 with the size and no body for a range outside the file; a Range nobody can parse is ignored. */
    @Test
    void downloadsAnswerRangesAsRfc9110Says() {
        String pdf = "/standards/wh-t-201/2024.pdf";
        HttpResponse<byte[]> whole = sendBytes(request(pdf));
        long size = whole.body().length;
        assertThat(whole.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> outside = sendBytes(request(pdf).header("Range", "bytes=" + (size + 10) + "-"));
        assertThat(outside.statusCode()).isEqualTo(416);
        assertThat(outside.headers().firstValue("Content-Range")).contains("bytes */" + size);
        assertThat(outside.body()).isEmpty();
        for (String garbage : new String[] {"garbage", "bytes=abc-def", "bytes=9-1", "items=0-10"}) {
            HttpResponse<byte[]> ignored = sendBytes(request(pdf).header("Range", garbage));
            assertThat(ignored.statusCode()).as(garbage).isEqualTo(200);
            assertThat(ignored.body()).as(garbage).isEqualTo(whole.body());
        }
        HttpResponse<byte[]> part = sendBytes(request(pdf).header("Range", "bytes=0-99"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 0-99/" + size);
    }

    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The API answers in English when asked for it, and in Chinese otherwise. */
    @Test
    void theApiAnswersInEnglishOnlyWhenAskedTo() {
        String body = "{\"kind\":\"NEW\",\"title\":123,\"scope\":\"s\",\"reason\":\"r\"}";
        HttpResponse<String> english = send(api("editor1", "POST", "/api/proposals", "application/json", body)
                .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(problemIn(english, true)).isNull();
        JsonNode problem = node(english.body());
        assertThat(problem.get("detail").asText()).contains("title").doesNotContainPattern("\\p{IsHan}");
        assertThat(problem.get("field").asText()).isEqualTo("title");
        assertThat(problem.get("type").asText()).isEqualTo("urn:guifanku:problem:field-type");

        HttpResponse<String> chinese = send(api("editor1", "POST", "/api/proposals", "application/json", body));
        assertThat(node(chinese.body()).get("type").asText()).as("the type is the same in every language")
                .isEqualTo("urn:guifanku:problem:field-type");
        assertThat(node(chinese.body()).get("detail").asText()).contains("“title”").contains("文本");

        HttpResponse<String> notFound = send(api(null, "GET", "/api/nope", null, null).header("Accept-Language", "en"));
        assertThat(problemIn(notFound, true)).isNull();
        HttpResponse<String> page = send(request("/standards/%00").header("Accept", "text/html")
                .header("Accept-Language", "en"));
        assertThat(page.body()).as("pages stay Chinese unless the reader picks English").containsPattern("\\p{IsHan}");
    }

    /**
     * What is wrong with the answer's words, or null: Problem Details (JSON) with a title and detail in the language,
     * or our error page; nothing untranslated, no server error.
     */
    static String problemIn(HttpResponse<String> response, boolean english) {
        if (response.statusCode() >= 500) {
            return "a server error";
        }
        String body = response.body();
        for (String phrase : UNTRANSLATED) {
            if (body.contains(phrase)) {
                return "untranslated: " + phrase;
            }
        }
        if (response.statusCode() < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json")) {
            JsonNode problem = node(body);
            for (String member : new String[] {"type", "title", "detail", "status"}) {
                if (!problem.hasNonNull(member)) {
                    return "no " + member + " in the problem";
                }
            }
            if (!problem.get("type").asText().startsWith("urn:guifanku:problem:")) {
                return "type " + problem.get("type").asText();
            }
            for (String member : new String[] {"title", "detail"}) {
                if (HAN.matcher(problem.get(member).asText()).find() == english) {
                    return member + " not in " + (english ? "English" : "Chinese") + ": " + problem.get(member).asText();
                }
            }
            return null;
        }
        if (type.contains("html")) {
            return HAN.matcher(body).find() && body.contains("error-message") ? null : "not our error page";
        }
        return "answered as " + type;
    }

    /** Sends bytes as they are and returns the whole answer, for requests HTTP client libraries refuse to make. */
    String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                // Until the server closes, or until the whole answer is in (a refused body's server waits for it).
                for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, n);
                    String sofar = answer.toString(StandardCharsets.UTF_8);
                    if (sofar.contains("\r\n\r\n") && (sofar.endsWith("}") || sofar.endsWith("</html>") || sofar.endsWith("0\r\n\r\n"))) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // what came so far is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + shorten(json), e);
        }
    }

    static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new java.util.TreeMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k, String.join(",", v)));
        return headers;
    }
}

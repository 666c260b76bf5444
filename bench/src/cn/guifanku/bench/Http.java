package cn.guifanku.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON-over-HTTP client with HTTP Basic, for driving the running application. */
final class Http {

    record Response(int status, String body, double millis) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String password;

    Http(String base, String password) {
        this.base = base;
        this.password = password;
    }

    Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String pw = user.equals("admin") ? "guifanku-admin" : password;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8)));
        }
        request.timeout(Duration.ofMinutes(5));
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), (System.nanoTime() - t0) / 1e6);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Response ok(Response r, String what) {
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(what + " → " + r.status() + ": " + r.body());
        }
        return r;
    }
}

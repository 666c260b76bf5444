package cn.guifanku.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as the server sees it: cookies kept, redirects not followed, signed in through the login form (never
 * HTTP Basic), and every state-changing request sent with the session's CSRF token, read from the page as our
 * scripts read it (the {@code _csrf} meta tag, or the login form's hidden field).
 */
public final class WebSession {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Not signed in, but with a session and a CSRF token from the sign-in page. */
    static WebSession anonymous(int port) {
        WebSession session = new WebSession(port);
        session.csrf = session.token(session.get("/login").body());
        return session;
    }

    /** Signed in through the login form; fails if the form did not sign in. */
    public static WebSession signedIn(int port, String username, String password) {
        WebSession session = anonymous(port);
        HttpResponse<String> login = session.login(username, password);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + login.statusCode() + " " + location);
        }
        // The token changes at sign-in: read the new one from a page.
        session.csrf = session.token(session.get("/proposals").body());
        return session;
    }

    HttpResponse<String> login(String username, String password) {
        return form("POST", "/login", "username=" + enc(username) + "&password=" + enc(password));
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")
                || c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    public String csrfToken() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8"));
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
    }

    HttpResponse<String> getAny(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json, */*;q=0.5"));
    }

    /** A form post, as a page's form sends it: the token as the {@code _csrf} field. */
    HttpResponse<String> form(String method, String path, String body) {
        String withToken = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf == null ? "" : csrf);
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(withToken))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html, */*;q=0.5"));
    }

    /** A JSON write, as our scripts send it: the token in the {@code X-CSRF-TOKEN} header (or none). */
    HttpResponse<String> json(String method, String path, String body, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (withToken && csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String page) {
        for (Pattern pattern : new Pattern[] {META, FIELD}) {
            Matcher m = pattern.matcher(page);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("no CSRF token on the page");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

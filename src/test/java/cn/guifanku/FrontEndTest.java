package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.archive.Tools;
import cn.guifanku.catalog.CatalogProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's nginx front end, as written there: Debian's nginx is started with the README's configuration (only
 * addresses and folders replaced, TLS left out) in front of the application, and what a reader gets through it is
 * compared with what the application answers itself — every header of a download (ETag = SHA-256, Last-Modified,
 * Content-Disposition, Link, CSP) and its bytes, sent by nginx from the artifact folder; 304s; public pages kept and
 * compressed, signed-in requests never kept.
 */
class FrontEndTest extends ApplicationTestBase {

    private static final Set<String> TRANSPORT = Set.of("date", "connection", "keep-alive", "transfer-encoding", "server");

    @Autowired
    CatalogProperties catalogProperties;

    private Process nginx;
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stopNginx() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    @Test
    void readersGetThroughNginxWhatTheApplicationAnswersWithTheFilesSentByNginx() throws Exception {
        int front = startNginx();
        String direct = "http://localhost:" + port;
        String proxied = "http://localhost:" + front;
        var pdfEtag = '"' + catalog.edition("wh-t-201", "2024").orElseThrow().published().pdf().sha256() + '"';
        for (String path : List.of("/standards/wh-t-201/2024.pdf", "/standards/wh-t-201/2019.pdf",
                "/standards/wh-t-201/2024/archive.html", "/standards/wh-t-203/2025.pdf")) {
            for (String[] ask : List.of(new String[0], new String[] {"If-None-Match", pdfEtag},
                    new String[] {"Range", "bytes=0-99"})) {
                HttpResponse<byte[]> mine = get(direct + path, ask);
                HttpResponse<byte[]> through = get(proxied + path, ask);
                String what = path + " " + String.join(": ", ask);
                assertThat(through.statusCode()).as(what).isEqualTo(mine.statusCode());
                assertThat(headers(through, proxied, direct)).as(what).isEqualTo(headers(mine, direct, direct));
                assertThat(sha256(through.body())).as(what).isEqualTo(sha256(mine.body()));
            }
        }
        HttpResponse<byte[]> pdf = get(proxied + "/standards/wh-t-201/2024.pdf");
        assertThat(pdf.headers().firstValue("ETag")).hasValue('"' + sha256(pdf.body()) + '"');
    }

    @Test
    void publicPagesAreKeptByNginxCompressedAndNeverForSignedInPeople() throws Exception {
        int front = startNginx();
        String page = "http://localhost:" + front + "/standards/wh-t-201";
        HttpResponse<byte[]> first = get(page, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> second = get(page, "Accept-Encoding", "gzip");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Cache-Status")).hasValue("HIT");
        assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("editor1:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> signedIn = get(page, "Authorization", basic);
        assertThat(signedIn.headers().firstValue("X-Cache-Status")).hasValue("BYPASS");
        assertThat(new String(signedIn.body(), StandardCharsets.UTF_8)).contains("张明");
    }

    /** Starts nginx with the README's configuration; returns its port. */
    private int startNginx() throws Exception {
        Tools.require("nginx");
        Path prefix = Files.createTempDirectory("guifanku-nginx");
        for (String dir : List.of("tmp", "cache")) {
            Files.createDirectories(prefix.resolve(dir));
        }
        int front = freePort();
        String conf = readmeConfiguration()
                .replace(once("server 127.0.0.1:8080;"), "server 127.0.0.1:" + port + ";")
                .replace(once("/var/cache/nginx/guifanku"), prefix.resolve("cache").toString())
                .replace(once("/srv/guifanku/data/artifacts/"), catalogProperties.artifacts().toAbsolutePath() + "/")
                .replace(once("listen 80;"), "listen 127.0.0.1:" + freePort() + ";")
                .replace(once("listen 443 ssl http2;"), "listen 127.0.0.1:" + front + ";")
                .replaceAll("(?m)^\\s*ssl_.*$", "");
        // Started as root (as CI runs), nginx's workers would run as nobody, who cannot read the test's private folders.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String main = user + "daemon off;\npid " + prefix.resolve("nginx.pid") + ";\nerror_log " + prefix.resolve("error.log")
                + " warn;\nevents { worker_connections 256; }\nhttp {\n    access_log off;\n"
                + "    default_type application/octet-stream;\n"
                + List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi").stream()
                .map(t -> "    " + t + "_temp_path " + prefix.resolve("tmp").resolve(t) + ";\n").reduce("", String::concat)
                + conf + "\n}\n";
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, main);
        nginx = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("out.log").toFile()).start();
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            try (Socket ignored = new Socket("127.0.0.1", front)) {
                return front;
            } catch (IOException notYet) {
                assertThat(nginx.isAlive()).as(() -> "nginx stopped: " + read(prefix.resolve("out.log"))
                        + read(prefix.resolve("error.log"))).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not start: " + read(prefix.resolve("error.log")));
    }

    /** The README's nginx configuration, the fenced block under its FrontEndTest marker. */
    static String readmeConfiguration() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int marker = readme.indexOf("<!-- FrontEndTest: /etc/nginx/conf.d/guifanku.conf -->");
        assertThat(marker).as("README has the front end's configuration").isPositive();
        int start = readme.indexOf("```nginx\n", marker) + "```nginx\n".length();
        return readme.substring(start, readme.indexOf("\n```", start));
    }

    private String once(String text) throws IOException {
        String conf = readmeConfiguration();
        assertThat(conf.indexOf(text)).as("README's configuration has «" + text + "» once").isNotNegative()
                .isEqualTo(conf.lastIndexOf(text));
        return text;
    }

    private HttpResponse<byte[]> get(String url, String... header) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (header.length > 0) {
            request.header(header[0], header[1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Headers by lower-case name, Link values one by one, this side's address written as the application's. */
    private static Map<String, List<String>> headers(HttpResponse<?> response, String origin, String as) {
        Map<String, List<String>> all = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (TRANSPORT.contains(key) || key.startsWith(":")) {
                return;
            }
            List<String> list = new ArrayList<>();
            for (String value : values) {
                if (key.equals("link")) {
                    for (String one : value.split(", (?=<)")) {
                        list.add(one.replace(origin, as));
                    }
                } else {
                    list.add(value);
                }
            }
            all.put(key, list);
        });
        return all;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

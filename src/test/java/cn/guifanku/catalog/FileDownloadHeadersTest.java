package cn.guifanku.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.guifanku.ApplicationTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The cheap download path ({@link FileDownloads}, Tomcat's sendfile) answers every download exactly as
 * {@link DownloadController} does: for each file and each kind of request, the status, every header and the body
 * through the server are compared with what the controller answers behind Spring Security alone (MockMvc, which has
 * no servlet filters of ours).
 */
class FileDownloadHeadersTest extends ApplicationTestBase {

    /** Set by the container or the connection, not by the application. */
    private static final Set<String> TRANSPORT = Set.of("date", "connection", "keep-alive", "transfer-encoding");

    @Autowired
    WebApplicationContext context;

    MockMvc framework;
    HttpClient server = HttpClient.newHttpClient();

    @BeforeEach
    void frameworkPath() {
        // Spring Boot's character encoding filter (which adds the charset to every Content-Type) and Spring Security.
        framework = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(org.springframework.web.filter.CharacterEncodingFilter.class))
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void everyDownloadAnswersWithTheControllersHeadersAndBytes() throws Exception {
        Edition edition = catalog.edition("wh-t-201", "2024").orElseThrow();
        String etag = '"' + edition.published().pdf().sha256() + '"';
        String lastModified = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(edition.published().publishedAt().atZone(java.time.ZoneOffset.UTC));
        List<String[]> asks = List.of(new String[0], new String[] {"If-None-Match", etag},
                new String[] {"If-None-Match", "\"other\""}, new String[] {"If-Modified-Since", lastModified},
                new String[] {"If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"},
                new String[] {"If-Modified-Since", "gestern"}, new String[] {"Range", "bytes=0-99"},
                new String[] {"Range", "bytes=999999999-"}, new String[] {"Range", "kaputt"});
        int compared = 0;
        for (String path : List.of("/standards/wh-t-201/2024.pdf", "/standards/wh-t-201/2019.pdf",
                "/standards/wh-t-201/2024/archive.html", "/standards/wh-t-203/2025.pdf")) {
            for (String[] ask : asks) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
                var mock = get(path).with(r -> {
                    r.setServerName("localhost");
                    r.setServerPort(port);
                    return r;
                });
                if (ask.length > 0) {
                    request.header(ask[0], ask[1]);
                    mock.header(ask[0], ask[1]);
                }
                HttpResponse<byte[]> fast = server.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                MockHttpServletResponse slow = framework.perform(mock).andReturn().getResponse();
                String what = path + " " + String.join(": ", ask);
                assertThat(fast.statusCode()).as(what).isEqualTo(slow.getStatus());
                Map<String, List<String>> expected = headers(slow);
                // Tomcat gives an empty answer (416, 304) its Content-Length: 0 where MockMvc leaves the header out.
                if (!expected.containsKey("content-length") && slow.getContentAsByteArray().length == 0
                        && fast.headers().firstValue("Content-Length").isPresent()) {
                    expected.put("content-length", List.of("0"));
                }
                assertThat(headers(fast)).as(what).isEqualTo(expected);
                assertThat(sha256(fast.body())).as(what).isEqualTo(sha256(slow.getContentAsByteArray()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(36);
    }

    @Test
    void aPdfIsSentWholeWithItsChecksumAsETag() throws Exception {
        Edition edition = catalog.edition("wh-t-202", "2023").orElseThrow();
        HttpResponse<byte[]> pdf = server.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/standards/wh-t-202/2023.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("ETag")).hasValue('"' + sha256(pdf.body()) + '"')
                .hasValue('"' + edition.published().pdf().sha256() + '"');
        assertThat(pdf.headers().firstValueAsLong("Content-Length")).hasValue(pdf.body().length);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aPlainDownloadIsHandedToTheContainersSendfileWithoutTheFrameworkOrACopy() throws Exception {
        Edition edition = catalog.edition("wh-t-201", "2024").orElseThrow();
        var filter = new FileDownloads(catalog, context.getBean(ArtifactStore.class), context.getBean(DownloadController.class), "");
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/standards/wh-t-201/2024.pdf");
        request.setAttribute("org.apache.tomcat.sendfile.support", Boolean.TRUE);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("a plain download went on to Spring MVC");
        });
        Path file = context.getBean(ArtifactStore.class).find(edition.published().pdf().sha256()).orElseThrow();
        assertThat(request.getAttribute("org.apache.tomcat.sendfile.filename")).isEqualTo(file.toString());
        assertThat(request.getAttribute("org.apache.tomcat.sendfile.end")).isEqualTo(java.nio.file.Files.size(file));
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentLengthLong()).isEqualTo(java.nio.file.Files.size(file));
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> all = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSPORT.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                all.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
            }
        });
        return all;
    }

    private static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> all = new TreeMap<>();
        for (String name : response.getHeaderNames()) {
            if (!TRANSPORT.contains(name.toLowerCase(Locale.ROOT))) {
                all.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(response.getHeaders(name)));
            }
        }
        return all;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

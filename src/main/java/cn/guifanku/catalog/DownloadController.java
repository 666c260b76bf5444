package cn.guifanku.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves published editions from the artifact store: strong ETag (the SHA-256), Last-Modified, 304 on
 * If-None-Match, Range requests (Spring answers them for Resource bodies; a range beyond the file gets 416 with
 * an empty body, an unparseable one is ignored), and a file name after the number. Every
 * answer names the edition in force in a {@code Link} header (RFC 5829 {@code latest-version}; the direct successor as
 * {@code successor-version}). An edition's {@code .html} is its reading page ({@link EditionPage}: where it stands
 * today above the archived HTML); the archived HTML itself is a file at {@code {edition}/archive.html}.
 */
@Controller
class DownloadController {

    static final String ARTIFACT_CSP = cn.guifanku.web.DocumentPolicy.CSP;
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Catalog catalog;
    private final ArtifactStore store;
    private final MessageSource messages;
    private final cn.guifanku.web.PublicAddress site;

    DownloadController(Catalog catalog, ArtifactStore store, MessageSource messages, cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.catalog = catalog;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/standards/{slug}/latest.{format:html|pdf}")
    ResponseEntity<Void> latest(@PathVariable String slug, @PathVariable String format) {
        Latest latest = catalog.latest(slug).orElseThrow(() -> CatalogProblem.standardNotFound(slug));
        if (latest instanceof Latest.InForce inForce) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(Links.edition(inForce.edition(), format)))
                    .cacheControl(CacheControl.noCache()).build();
        }
        throw CatalogProblem.unavailable(latest, format);
    }

    /** The PDF exactly as published. */
    @GetMapping("/standards/{slug}/{edition:\\d{4}[a-z]?}.pdf")
    ResponseEntity<Resource> pdf(@PathVariable String slug, @PathVariable String edition, WebRequest request) {
        Edition found = edition(slug, edition);
        return file(found, found.published().pdf(), MediaType.APPLICATION_PDF, disposition(found, "pdf", "inline"), request);
    }

    /** The archived HTML exactly as published, as a file (readers are sent to the reading page, {@link #page}). */
    @GetMapping("/standards/{slug}/{edition:\\d{4}[a-z]?}/archive.html")
    ResponseEntity<Resource> archive(@PathVariable String slug, @PathVariable String edition, WebRequest request) {
        Edition found = edition(slug, edition);
        ResponseEntity<Resource> answer = file(found, found.published().html(), HTML,
                disposition(found, "html", "attachment"), request);
        return answer == null ? null : ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header("X-Robots-Tag", "noindex").body(answer.getBody());
    }

    /** The reading page: the archived HTML under a bar saying where the edition stands today. */
    @GetMapping("/standards/{slug}/{edition:\\d{4}[a-z]?}.html")
    ResponseEntity<byte[]> page(@PathVariable String slug, @PathVariable String edition, WebRequest request, Locale locale) {
        Edition found = edition(slug, edition);
        StandardEntry standard = catalog.find(slug).orElse(null);
        Path file = store.find(found.published().html().sha256())
                .orElseThrow(() -> CatalogProblem.editionNotFound(slug, edition));
        // Changes with the status (and the edition in force), not only with the file.
        String etag = '"' + sha256(found.published().html().sha256() + found.status() + found.replacedBy()
                + (standard == null ? "" : standard.inForce().map(Edition::key).orElse("") + standard.upcoming()
                .map(Edition::key).orElse("")) + locale.getLanguage()) + '"';
        if (request.checkNotModified(etag)) {
            return null;
        }
        byte[] body;
        try {
            body = EditionPage.of(Files.readAllBytes(file), found, standard, messages, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).eTag(etag)
                .header(HttpHeaders.LINK, links(found, standard).toArray(String[]::new))
                .header("Content-Security-Policy", ARTIFACT_CSP).body(body);
    }

    private Edition edition(String slug, String edition) {
        return catalog.edition(slug, edition).orElseThrow(() -> CatalogProblem.editionNotFound(slug, edition));
    }

    private ResponseEntity<Resource> file(Edition found, Artifact artifact, MediaType type, String disposition,
                                          WebRequest request) {
        Path file = store.find(artifact.sha256())
                .orElseThrow(() -> CatalogProblem.editionNotFound(found.slug(), found.key()));
        long lastModified = found.published().publishedAt().toEpochMilli();
        if (request.checkNotModified('"' + artifact.sha256() + '"', lastModified)) {
            return null; // Spring has answered 304 Not Modified
        }
        var response = ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.LINK, links(found, catalog.find(found.slug()).orElse(null)).toArray(String[]::new));
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
            response.header("Content-Security-Policy", ARTIFACT_CSP);
        }
        FileSystemResource resource = new FileSystemResource(file);
        try {
            return ranged(response, resource, request.getHeader(HttpHeaders.RANGE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<Resource> ranged(ResponseEntity.BodyBuilder response, FileSystemResource resource,
                                                   String range) throws IOException {
        return switch (RangeRequest.of(range, resource)) {
            // Spring answers a satisfiable Range with 206 and the parts.
            case SATISFIABLE, NONE -> response.body(resource);
            // RFC 9110 14.2: a Range that cannot be parsed is ignored: the whole file, 200. (An InputStreamResource is
            // the one Resource Spring never cuts into ranges.)
            case UNPARSEABLE -> response.contentLength(resource.contentLength()).header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .body(new InputStreamResource(resource.getInputStream()));
            // RFC 9110 15.5.17: 416 with the file's size, and no body.
            case UNSATISFIABLE -> ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + resource.contentLength())
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes").build();
        };
    }

    /** What a request's Range header asks of a file. */
    enum RangeRequest {
        NONE, SATISFIABLE, UNPARSEABLE, UNSATISFIABLE;

        static RangeRequest of(String header, Resource resource) {
            if (header == null) {
                return NONE;
            }
            java.util.List<org.springframework.http.HttpRange> ranges;
            try {
                ranges = org.springframework.http.HttpRange.parseRanges(header);
            } catch (IllegalArgumentException e) {
                return UNPARSEABLE;
            }
            try {
                org.springframework.http.HttpRange.toResourceRegions(ranges, resource);
                return SATISFIABLE;
            } catch (IllegalArgumentException e) {
                return UNSATISFIABLE;
            }
        }
    }

    /**
     * RFC 8288 links: the edition in force ({@code latest-version}, RFC 5829), the edition that directly replaced this
     * one ({@code successor-version}), the reading page ({@code canonical}) and the standard's page.
     */
    List<String> links(Edition edition, StandardEntry standard) {
        List<String> links = new ArrayList<>();
        if (standard != null) {
            standard.inForce().ifPresent(in -> links.add(link(Links.edition(in, "html"), "latest-version")));
            standard.editions().stream().filter(e -> edition.replacedBy().contains(e.number())).findFirst()
                    .ifPresent(next -> links.add(link(Links.edition(next, "html"), "successor-version")));
        }
        links.add(link(Links.edition(edition, "html"), "canonical"));
        links.add(link(Links.standard(edition.slug()), "collection"));
        return links;
    }

    private String link(String path, String rel) {
        return "<" + site.of(path) + ">; rel=\"" + rel + "\"";
    }

    /** RFC 6266: an ASCII fallback, and the real name (number with its slash, Chinese title) in filename*. */
    static String disposition(Edition edition, String format, String type) {
        String name = edition.number() + " " + edition.metadata().titleZh() + "." + format;
        String ascii = edition.number().replace('/', '_').replace('—', '-').replace(' ', '_') + "." + format;
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String disposition(Edition edition, String format) {
        return disposition(edition, format, "inline");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.guifanku.catalog;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
 * If-None-Match, Range requests (Spring answers them for Resource bodies; an unsatisfiable range gets 416 with an
 * empty body, an unparseable one is ignored), and a file name after the number.
 */
@Controller
class DownloadController {

    static final String ARTIFACT_CSP = cn.guifanku.web.DocumentPolicy.CSP;

    private final Catalog catalog;
    private final ArtifactStore store;

    DownloadController(Catalog catalog, ArtifactStore store) {
        this.catalog = catalog;
        this.store = store;
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

    @GetMapping("/standards/{slug}/{edition:\\d{4}[a-z]?}.{format:html|pdf}")
    ResponseEntity<Resource> edition(@PathVariable String slug, @PathVariable String edition,
                                     @PathVariable String format, WebRequest request) throws java.io.IOException {
        Edition found = catalog.edition(slug, edition).orElseThrow(() -> CatalogProblem.editionNotFound(slug, edition));
        Artifact artifact = "pdf".equals(format) ? found.published().pdf() : found.published().html();
        Path file = store.find(artifact.sha256()).orElseThrow(() -> CatalogProblem.editionNotFound(slug, edition));
        long lastModified = found.published().publishedAt().toEpochMilli();
        if (request.checkNotModified('"' + artifact.sha256() + '"', lastModified)) {
            return null; // Spring has answered 304 Not Modified
        }
        MediaType type = "pdf".equals(format) ? MediaType.APPLICATION_PDF
                : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
        var response = ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(found, format));
        if ("html".equals(format)) {
            response.header("Content-Security-Policy", ARTIFACT_CSP);
        }
        FileSystemResource resource = new FileSystemResource(file);
        return switch (RangeRequest.of(request.getHeader(HttpHeaders.RANGE), resource)) {
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

    /** RFC 6266: an ASCII fallback, and the real name (number with its slash, Chinese title) in filename*. */
    static String disposition(Edition edition, String format) {
        String name = edition.number() + " " + edition.metadata().titleZh() + "." + format;
        String ascii = edition.number().replace('/', '_').replace('—', '-').replace(' ', '_') + "." + format;
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package cn.guifanku.catalog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cheap way out for a published file: a plain GET of an edition's PDF or archived HTML is answered here, before
 * the session, Spring Security and Spring MVC (public files need none of them; the security headers are written as
 * Spring Security writes them), with the headers {@link DownloadController} gives it (ETag = SHA-256, Last-Modified, Cache-Control,
 * Content-Disposition, Link, the document CSP on HTML) and the body sent by Tomcat's sendfile straight from the
 * artifact store (no copy through the JVM; over TLS, where sendfile does not apply, the file is copied). Conditional
 * GETs by ETag or date get their 304 here too. Anything else — a Range, If-Match, If-Range, a HEAD, an edition that
 * is not found — goes on to {@link DownloadController}, which has every rule; {@code FileDownloadHeadersTest} holds
 * both ways to the same headers. Behind nginx configured as the README says, the file is handed to nginx by
 * {@code X-Accel-Redirect} instead ({@code FrontEndTest}).
 */
class FileDownloads extends OncePerRequestFilter {

    private static final Pattern FILE = Pattern.compile("/standards/([a-z0-9-]{1,80})/(\\d{4}[a-z]?)(\\.pdf|/archive\\.html)");
    private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_FILE = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final Catalog catalog;
    private final ArtifactStore store;
    private final DownloadController downloads;
    private final String accelRedirect;

    FileDownloads(Catalog catalog, ArtifactStore store, DownloadController downloads, String accelRedirect) {
        this.catalog = catalog;
        this.store = store;
        this.downloads = downloads;
        this.accelRedirect = accelRedirect;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.RANGE) != null
                || request.getHeader(HttpHeaders.IF_RANGE) != null || request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null
                || !request.getRequestURI().startsWith("/standards/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Answer> answer = answer(request);
        if (answer.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Answer a = answer.get();
        Edition e = a.edition();
        long lastModified = e.published().publishedAt().toEpochMilli();
        String etag = '"' + a.artifact().sha256() + '"';
        Boolean notModified = notModified(request, etag, lastModified);
        if (notModified == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            cn.guifanku.web.SecurityHeaders.write(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "max-age=86400, public");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadController.disposition(e, a.pdf() ? "pdf" : "html",
                a.pdf() ? "inline" : "attachment"));
        boolean accel = !accelRedirect.isEmpty() && "X-Accel-Redirect".equals(request.getHeader("X-Sendfile-Type"));
        if (accel) { // nginx 1.22 keeps only the first of repeated headers for its own answer: one Link, comma-separated
            response.setHeader(HttpHeaders.LINK, String.join(", ", links(request, e)));
        } else {
            for (String link : links(request, e)) {
                response.addHeader(HttpHeaders.LINK, link);
            }
        }
        if (!a.pdf()) {
            response.setHeader("Content-Security-Policy", DownloadController.ARTIFACT_CSP);
            response.setHeader("X-Robots-Tag", "noindex");
        }
        if (!accel) { // nginx writes its own
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        }
        response.setContentType(a.pdf() ? "application/pdf" : "text/html;charset=UTF-8");
        cn.guifanku.web.SecurityHeaders.write(request, response); // as Spring Security would, not being in its way
        if (accel) { // the front end sends the file from its copy of the artifact folder
            response.setHeader("X-Accel-Redirect", accelRedirect + a.file().getParent().getFileName() + "/"
                    + a.file().getFileName());
            return;
        }
        long size = Files.size(a.file());
        response.setContentLengthLong(size);
        if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            request.setAttribute(SENDFILE_FILE, a.file().toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, size);
        } else {
            Files.copy(a.file(), response.getOutputStream());
        }
    }

    /** The controller's links, made for this request's own address when no public address is set. */
    private java.util.List<String> links(HttpServletRequest request, Edition e) {
        boolean bound = RequestContextHolder.getRequestAttributes() != null;
        if (!bound) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        }
        try {
            return downloads.links(e, catalog.find(e.slug()).orElse(null));
        } finally {
            if (!bound) {
                RequestContextHolder.resetRequestAttributes();
            }
        }
    }

    /** The edition's file a request names, when it is published and in the store. */
    private Optional<Answer> answer(HttpServletRequest request) {
        Matcher m = FILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean pdf = m.group(3).equals(".pdf");
        return catalog.edition(m.group(1), m.group(2)).flatMap(e -> {
            Artifact artifact = pdf ? e.published().pdf() : e.published().html();
            return store.find(artifact.sha256()).map(file -> new Answer(e, artifact, file, pdf));
        });
    }

    /** As Spring's checkNotModified: If-None-Match first, else If-Modified-Since; null when a header cannot be read. */
    private static Boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return cn.guifanku.web.EntityTags.noneMatchHits(ifNoneMatch, etag);
        }
        if (request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null) {
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return lastModified / 1000 <= since / 1000;
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private record Answer(Edition edition, Artifact artifact, Path file, boolean pdf) {
    }
}

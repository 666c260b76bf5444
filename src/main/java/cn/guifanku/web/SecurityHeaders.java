package cn.guifanku.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The security headers of every answer, in one place: Spring Security writes them (security.SecurityConfiguration
 * gives it exactly these writers) and so does the download path that answers before Spring Security
 * (catalog.FileDownloads). Spring Security's defaults (nosniff, X-XSS-Protection 0, no caching unless the answer says
 * otherwise, HSTS over HTTPS), a strict Referrer-Policy, the pages' CSP — except on rendered documents, which carry
 * {@link DocumentPolicy#CSP} themselves (two policies would both apply) — and frames from this site only.
 */
public final class SecurityHeaders {

    /** The application's own pages: scripts, styles and images from this site only. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private static final List<HeaderWriter> WRITERS = List.of(
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new CacheControlHeadersWriter(),
            new HstsHeaderWriter(),
            new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
            new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                    new RegexRequestMatcher(DocumentPolicy.PATHS, "GET")), new ContentSecurityPolicyHeaderWriter(CSP)),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN));

    private SecurityHeaders() {
    }

    /** The writers, in the order Spring Security applies them. */
    public static List<HeaderWriter> writers() {
        return WRITERS;
    }

    /** Writes them on an answer made outside Spring Security, after its own headers are set (as Spring Security does). */
    public static void write(HttpServletRequest request, HttpServletResponse response) {
        for (HeaderWriter writer : WRITERS) {
            writer.writeHeaders(request, response);
        }
    }
}

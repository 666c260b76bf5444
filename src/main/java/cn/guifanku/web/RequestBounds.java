package cn.guifanku.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request whose body the application would not accept anyway: a
 * {@code Content-Type} that is not a media type (415), a charset other than UTF-8 (415: every text we keep is UTF-8),
 * a body over {@value #MAX_BODY_MB} MB that is not an upload (413; uploads — multipart, or a Word document as the body —
 * have their own limit, see {@code security.UploadLimit}). Each refusal reaches the client as Problem Details or as the error page, in its
 * language ({@link ErrorEndpoint}).
 */
@Configuration(proxyBeanMethods = false)
class RequestBounds {

    /**
     * The largest body that is not an upload: a draft's 5 MB of Chinese text is up to 15 MB once URL-encoded by a page
     * form (each character %XX%XX%XX), and about 10 MB as JSON with \\u escapes. Drafts are then held to 5 MB.
     */
    static final int MAX_BODY_MB = 16;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBoundsFilter() {
        long max = DataSize.ofMegabytes(MAX_BODY_MB).toBytes();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && !type.isBlank()) {
                    MediaType media;
                    try {
                        media = MediaType.parseMediaType(type);
                    } catch (RuntimeException e) {
                        refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "bad-content-type");
                        return;
                    }
                    String charset = media.getParameter("charset");
                    if (charset != null && !isUtf8(charset)) {
                        refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset",
                                RequestProblems.shorten(charset));
                        return;
                    }
                    if (!UploadTypes.isUpload(media) && request.getContentLengthLong() > max) {
                        refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "too-large");
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("request-bounds");
        // First of all: before Spring Security reads a form's CSRF field, before Camunda's filters.
        registration.setOrder(-102);
        return registration;
    }

    /**
     * A client that asks before sending a large body ({@code Expect: 100-continue}, as curl does) is told "continue"
     * only when the application starts reading it: a body refused here is then never sent at all.
     */
    @Bean
    org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer continueOnlyWhenRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    private static boolean isUtf8(String charset) {
        String name = charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.isSupported(name) && Charset.forName(name).equals(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                               Object... args) throws IOException {
        ProblemTexts.explain(request, code, args);
        response.sendError(status.value());
    }
}

package cn.guifanku.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a public page from {@link PublicPageCache} to an anonymous reader, and keeps the page it answered otherwise.
 * Runs after Spring Security (so it knows who asks; the security headers are still written on every answer) and before
 * Spring MVC. Every page it serves carries an ETag and {@code Cache-Control: no-cache}, so a browser or a proxy asks
 * again and gets 304 when nothing changed. An answer is kept only when it is a 200 for a GET with no cookie set and no
 * {@code private} or {@code no-store} asked by the page, made for a reader without a session.
 */
class PublicPageFilter extends OncePerRequestFilter {

    /** Headers never kept with a page (the container or this filter sets them on each answer). */
    private static final Set<String> NOT_KEPT = Set.of("date", "etag", "set-cookie", "content-length",
            "transfer-encoding", "connection", "keep-alive");

    /** Longest wait for a page another request is making; then this one makes it too. */
    private static final Duration WAIT_FOR_ANOTHER = Duration.ofSeconds(10);

    private final PublicPageCache cache;
    private final LocaleResolver locales;

    PublicPageFilter(PublicPageCache cache, LocaleResolver locales) {
        this.cache = cache;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled() || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || !PublicPageCache.isPublic(path(request)) || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PublicPageCache.Key key = cache.key(request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort(), path(request), request.getQueryString(), locales.resolveLocale(request));
        var kept = cache.find(key);
        PublicPageCache.Turn turn = null;
        if (kept.isEmpty()) {
            turn = cache.turn(key);
            PublicPageCache.Turn theirs = turn;
            kept = turn.mine() ? Optional.empty() : cache.previous(key).or(() -> madeByAnother(theirs));
        }
        if (kept.isPresent()) {
            replay(kept.get(), request, response);
            return;
        }
        Set<String> before = new HashSet<>(response.getHeaderNames());
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        PublicPageCache.Page page = null;
        try {
            chain.doFilter(request, capture);
            // Made for a reader without a session only: nothing of anyone's session (a flash message) is kept.
            page = request.getSession(false) == null && keepable(capture, before) ? page(capture, before) : null;
        } finally {
            if (turn.mine()) {
                cache.made(key, turn, page);
            } else if (page != null) {
                cache.keep(key, page);
            }
        }
        if (page == null) {
            capture.copyBodyToResponse();
            return;
        }
        capture.resetBuffer(); // the body goes out as a kept page does: with its ETag, or as 304
        replay(page, request, capture);
        capture.copyBodyToResponse();
    }

    /** The page another request is making now, once made (empty when it could not be kept: then make it here too). */
    private static Optional<PublicPageCache.Page> madeByAnother(PublicPageCache.Turn theirs) {
        try {
            return Optional.ofNullable(theirs.page().get(WAIT_FOR_ANOTHER.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private boolean keepable(ContentCachingResponseWrapper capture, Set<String> before) {
        if (capture.getStatus() != 200 || capture.isCommitted() || capture.getContentSize() > cache.maxPageBytes()
                || capture.getHeader(HttpHeaders.SET_COOKIE) != null || capture.getContentType() == null) {
            return false;
        }
        String cacheControl = before.contains("Cache-Control") ? null : capture.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl == null || !(cacheControl.contains("private") || cacheControl.contains("no-store"));
    }

    private static PublicPageCache.Page page(ContentCachingResponseWrapper capture, Set<String> before) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : capture.getHeaderNames()) {
            if (!before.contains(name) && !NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, List.copyOf(new ArrayList<>(capture.getHeaders(name))));
            }
        }
        headers.putIfAbsent(HttpHeaders.CONTENT_TYPE, List.of(capture.getContentType()));
        byte[] body = capture.getContentAsByteArray();
        return new PublicPageCache.Page(Map.copyOf(headers), body, '"' + sha256(body) + '"');
    }

    private static void replay(PublicPageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(v -> response.addHeader(name, v));
        });
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (!page.headers().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && EntityTags.noneMatchHits(ifNoneMatch, page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean anonymous() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

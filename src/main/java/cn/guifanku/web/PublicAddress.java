package cn.guifanku.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's one public address ({@code guifanku.public-url}, e.g. {@code https://guifanku.example.org}): every
 * absolute link the product writes — in mail, Atom feeds, the JSON API's file links, {@code Link} headers, the
 * verification page's commands — starts with it, whichever node or proxy a request came through.
 *
 * <p>Unset (the embedded default, one machine), a link made while answering a request uses that request's own
 * address, and a link made without one (a mail) uses {@code http://localhost:<port>}. Where
 * {@code guifanku.public-url-required} is true (the production profile), the application refuses to start while the
 * address is unset or names this machine (localhost, 127.x, ::1): mail and feeds would send libraries nowhere.
 */
public class PublicAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile String local = "http://localhost:8080";

    public PublicAddress(String url, boolean required) {
        this.configured = check(url, required);
    }

    /** The address as configured, checked: "" when unset (and not required); without a trailing slash. */
    static String check(String url, boolean required) {
        String value = url == null ? "" : url.strip();
        if (value.isEmpty()) {
            if (required) {
                throw new IllegalStateException("guifanku.public-url (GUIFANKU_PUBLIC_URL) is not set: give the site's "
                        + "public address, e.g. https://guifanku.example.org, for the links in mail and feeds");
            }
            return "";
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("guifanku.public-url is not a URL: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getQuery() != null
                || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalStateException("guifanku.public-url must be an http(s) address without user, query or "
                    + "fragment, e.g. https://guifanku.example.org: " + value);
        }
        if (required && isLocal(uri.getHost())) {
            throw new IllegalStateException("guifanku.public-url (GUIFANKU_PUBLIC_URL) names this machine (" + value
                    + "): links in mail and feeds would lead nowhere. Give the address libraries reach the site by.");
        }
        return value.replaceAll("/+$", "");
    }

    static boolean isLocal(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1") || h.equals("0.0.0.0") || h.equals("::");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) { // the application's server, not management's
            local = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    /** Whether an operator set the address. */
    public boolean isConfigured() {
        return !configured.isEmpty();
    }

    /**
     * The base of absolute links, without a trailing slash: the configured address; else the current request's own
     * (scheme, host, port, context path); else this machine's.
     */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        }
        return local;
    }

    /** An absolute link to a path of the site ({@code /standards/wh-t-201}). */
    public String of(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }
}

package cn.guifanku.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The words of every refusal: a title per status and a detail per kind of problem, in the reader's language (message
 * codes {@code problem.title.<status>} and {@code problem.<code>}), and a stable {@code type}
 * ({@code urn:guifanku:problem:<code>}) that clients can rely on whatever the language.
 */
public class ProblemTexts {

    /** Kinds of problem a status alone names, when nothing more precise is known. */
    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(Map.entry(400, "bad-request"),
            Map.entry(401, "unauthorized"), Map.entry(403, "access-denied"), Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"), Map.entry(408, "timeout"),
            Map.entry(409, "conflict"), Map.entry(413, "too-large"), Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"), Map.entry(416, "range-not-satisfiable"),
            Map.entry(422, "unprocessable"), Map.entry(429, "too-many-requests"), Map.entry(500, "internal"),
            Map.entry(503, "unavailable"));

    /** Request attributes by which a filter says what went wrong before it calls {@code sendError}: see {@link #explain}. */
    static final String EXPLAINED = ProblemTexts.class.getName() + ".code";
    static final String EXPLAINED_ARGS = ProblemTexts.class.getName() + ".args";

    private final MessageSource messages;

    public ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Says, for a refusal a filter answers with {@code sendError}, which problem it is ({@code problem.<code>}), so the
     * error page and the Problem Details that {@code /error} gives use those words instead of the status's.
     */
    public static void explain(HttpServletRequest request, String code, Object... args) {
        request.setAttribute(EXPLAINED, code);
        request.setAttribute(EXPLAINED_ARGS, args);
    }

    public static URI type(String code) {
        return URI.create("urn:guifanku:problem:" + code);
    }

    /** The kind of problem a bare status means ({@code not-found} for 404 …). */
    public static String codeFor(int status) {
        return BY_STATUS.getOrDefault(status, status >= 500 ? "internal" : "bad-request");
    }

    public String title(int status, Locale locale) {
        return messages.getMessage("problem.title." + status, null,
                messages.getMessage("problem.title.other", null, "", locale), locale);
    }

    public String text(String code, Locale locale, Object... args) {
        return messages.getMessage("problem." + code, args, messages.getMessage("problem." + codeFor(400), null, locale),
                locale);
    }

    /** A complete problem: status, stable type, title and detail in the reader's language. */
    public ProblemDetail problem(HttpStatusCode status, String code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type(code));
        problem.setTitle(title(status.value(), locale));
        problem.setDetail(text(code, locale, args));
        return problem;
    }

    /**
     * Whether a request wants its answer as Problem Details rather than as a page: the JSON API, Camunda's REST API,
     * Actuator, or a client that asks for JSON and not for HTML. Errors dispatched to {@code /error} are judged by the
     * request that failed.
     */
    public static boolean wantsJson(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        if (uri != null && (uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/engine-rest")
                || uri.startsWith("/actuator") || uri.startsWith("/v3/api-docs"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            boolean html = false;
            boolean json = false;
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                html |= type.includes(MediaType.TEXT_HTML) && !type.isWildcardType();
                json |= !type.isWildcardType() && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
            return json && !html;
        } catch (RuntimeException e) {
            return false;
        }
    }
}

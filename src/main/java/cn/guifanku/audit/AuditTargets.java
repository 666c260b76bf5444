package cn.guifanku.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.method.HandlerMethod;

/** What an audited request acted on and how its action is named, derived from the handler and the URL. */
final class AuditTargets {

    private static final Pattern PROPOSAL = Pattern.compile("^(?:/api)?/proposals/([^/?#;]+)");
    private static final Pattern STANDARD = Pattern.compile("^(?:/api)?/standards/([^/?#;]+)");
    private static final Pattern USER = Pattern.compile("^/admin/users/([^/?#;]+)");
    private static final Pattern COMMITTEE = Pattern.compile("^/admin/committees/([^/?#;]+)");
    /** Where a creation redirects to (pages) or points its Location header at (API). */
    private static final Pattern CREATED_PROPOSAL = Pattern.compile("/proposals/(P[^/?#;]+)");

    record Target(String kind, String id) {
        static final Target NONE = new Target(null, null);
    }

    private AuditTargets() {
    }

    /**
     * The handler's feature and method, e.g. {@code BallotPageController.vote} in package {@code cn.guifanku.ballot}
     * gives {@code ballot.vote}: stable as long as the method keeps its name.
     */
    static String action(Object handler, String method) {
        if (handler instanceof HandlerMethod h) {
            String pkg = h.getBeanType().getPackageName();
            return pkg.substring(pkg.lastIndexOf('.') + 1) + "." + h.getMethod().getName();
        }
        return "http." + method.toLowerCase(Locale.ROOT);
    }

    /** The target named in the path, or the proposal a creation leads to. */
    static Target target(String path, Map<String, String> pathVariables, String location) {
        String p = path == null ? "" : path;
        for (Map.Entry<String, Pattern> kind : Map.of("proposal", PROPOSAL, "standard", STANDARD, "user", USER,
                "committee", COMMITTEE).entrySet()) {
            Matcher m = kind.getValue().matcher(p);
            if (m.find() && !"new".equals(m.group(1))) {
                return new Target(kind.getKey(), m.group(1));
            }
        }
        if (pathVariables != null && pathVariables.get("id") != null) {
            return new Target(null, pathVariables.get("id"));
        }
        if (location != null) {
            Matcher m = CREATED_PROPOSAL.matcher(location);
            if (m.find()) {
                return new Target("proposal", m.group(1));
            }
        }
        return Target.NONE;
    }
}

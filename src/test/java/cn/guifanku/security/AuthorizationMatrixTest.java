package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.people.NewPerson;
import cn.guifanku.people.People;
import cn.guifanku.security.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the application maps (read from Spring's handler mappings, plus Camunda's two prefixes) against
 * every role, each expected outcome from {@link AuthorizationRules}. An endpoint without a rule fails the test.
 *
 * <p>Allowed means anything but a refusal; refused means 401, 403, a redirect to the sign-in page, or 404 — the answer
 * a confidential draft gives to someone who may not know it exists. Every call comes from a browser-like session
 * signed in through the form and carries a valid CSRF token, so refusals come from authorization, not from CSRF.
 * The matrix is written to {@code target/authorization-matrix.md}.
 */
class AuthorizationMatrixTest extends ApplicationTestBase {

    /** An editor and member who holds no seat on 全国图书馆标准化技术委员会: the non-member. */
    static final String OUTSIDER = "othertc-editor";
    /** The account the administration rows act on (roles, deactivation), so no demo account is touched. */
    static final String SUBJECT = "matrix-subject";
    static final Map<String, String> CAMUNDA = Map.of("/camunda/**", "/camunda/app/cockpit/default/",
            "/engine-rest/**", "/engine-rest/task");

    @Autowired
    ApplicationContext context;
    @Autowired
    People people;

    record Endpoint(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }
    }

    record Cell(int status, boolean allowed, boolean expected) {
        String text() {
            return (allowed ? "✓ " : "✗ ") + status + (allowed == expected ? "" : " ‼");
        }
    }

    /** Every method and pattern the application's handler mappings know, and Camunda's webapp and REST prefixes. */
    Set<Endpoint> mappedEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods();
                    for (String pattern : info.getPatternValues()) {
                        if (methods.isEmpty()) {
                            endpoints.add(new Endpoint("GET", pattern));
                        }
                        methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern)));
                    }
                }));
        CAMUNDA.keySet().forEach(prefix -> endpoints.add(new Endpoint("GET", prefix)));
        return endpoints;
    }

    @Test
    void everyEndpointAnswersEveryRoleAsItsRuleSays() throws IOException {
        if (people.find(OUTSIDER).isEmpty()) {
            people.create(new NewPerson(OUTSIDER, "外委会起草人", "另一标准化技术委员会", null, "another-committee-1"),
                    Set.of(Role.EDITOR, Role.MEMBER));
        }
        if (people.find(SUBJECT).isEmpty()) {
            people.create(new NewPerson(SUBJECT, "矩阵测试读者", "某图书馆", null, "matrix-subject-1"), Set.of(Role.READER));
        }
        Set<Endpoint> endpoints = mappedEndpoints();
        List<String> unruled = endpoints.stream().map(Endpoint::key)
                .filter(key -> !AuthorizationRules.RULES.containsKey(key)).toList();

        ProposalFixtures fixtures = new ProposalFixtures(this::as, port);
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            sessions.put(who, who == Who.ANONYMOUS ? WebSession.anonymous(port)
                    : WebSession.signedIn(port, who.username, who == Who.NON_MEMBER ? "another-committee-1" : who.password()));
        }

        Map<String, Map<Who, Cell>> matrix = new java.util.LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            AuthorizationRules.Rule rule = AuthorizationRules.RULES.get(endpoint.key());
            if (rule == null) {
                continue;
            }
            String path = fixtures.path(rule);
            Map<Who, Cell> row = new EnumMap<>(Who.class);
            // Those refused first: an allowed call may move the proposal on.
            List<Who> order = new ArrayList<>(List.of(Who.values()));
            order.sort(Comparator.comparing((Who w) -> rule.access().allows(w, rule.fixture())));
            for (Who who : order) {
                HttpResponse<String> response = send(sessions.get(who), who, rule, path);
                boolean allowed = !refused(response);
                boolean expected = rule.access().allows(who, rule.fixture());
                row.put(who, new Cell(response.statusCode(), allowed, expected));
                if (allowed != expected) {
                    wrong.add(endpoint.key() + " as " + who + ": " + response.statusCode() + " (" + path + ", rule "
                            + rule.access() + ")");
                }
                if (response.statusCode() >= 500) {
                    wrong.add(endpoint.key() + " as " + who + ": server error " + response.statusCode());
                }
            }
            matrix.put(endpoint.key(), row);
        }
        write(matrix, unruled);

        assertThat(unruled).as("new endpoint without an access rule: add a line to AuthorizationRules").isEmpty();
        assertThat(wrong).as("endpoints answering against their rule (see target/authorization-matrix.md)").isEmpty();
        assertThat(matrix).as("the matrix covers the application").hasSizeGreaterThan(60);
    }

    HttpResponse<String> send(WebSession session, Who who, AuthorizationRules.Rule rule, String path) {
        if (path.startsWith("/engine-rest")) {
            // The engine's REST API takes HTTP Basic and never the session.
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json");
            if (who.username != null) {
                request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (who.username + ":" + (who == Who.NON_MEMBER ? "another-committee-1" : who.password()))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return session.send(request);
        }
        boolean api = path.startsWith("/api/");
        if (rule.method().equals("GET")) {
            return api || path.startsWith("/engine-rest") || path.startsWith("/v3/") || path.startsWith("/actuator")
                    ? session.getAny(path) : session.get(path);
        }
        String body = rule.body() == null ? "" : rule.body();
        return api ? session.json(rule.method(), path, body.isEmpty() ? "{}" : body, true)
                : session.form(rule.method(), path, body);
    }

    static boolean refused(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403 || status == 404) {
            return true;
        }
        return status / 100 == 3 && response.headers().firstValue("Location").orElse("").matches(".*/login(\\?.*)?$");
    }

    void write(Map<String, Map<Who, Cell>> matrix, List<String> unruled) throws IOException {
        StringBuilder md = new StringBuilder("# Authorization matrix\n\n")
                .append("Every endpoint the application maps, called as each role (✓ allowed, ✗ refused: 401, 403, 404 ")
                .append("or a redirect to the sign-in page; ‼ against the rule). Rules: `AuthorizationRules`.\n\n")
                .append("| endpoint | rule | proposal |");
        for (Who who : Who.values()) {
            md.append(' ').append(who.label).append(" |");
        }
        md.append("\n|---|---|---|").append("---|".repeat(Who.values().length)).append('\n');
        matrix.forEach((key, row) -> {
            AuthorizationRules.Rule rule = AuthorizationRules.RULES.get(key);
            md.append("| `").append(key.replace("|", "\\|")).append("` | ").append(rule.access()).append(" | ")
                    .append(rule.fixture()).append(" |");
            for (Who who : Who.values()) {
                md.append(' ').append(row.get(who).text()).append(" |");
            }
            md.append('\n');
        });
        if (!unruled.isEmpty()) {
            md.append("\n## Endpoints without a rule\n\n");
            unruled.forEach(u -> md.append("- `").append(u).append("`\n"));
        }
        Path out = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }
}

package cn.guifanku.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Camunda's webapps and REST API behind the application's own sign-in: administrators only, one sign-in for both
 * (Camunda's container-based authentication), and Camunda's own security headers on its pages — exactly one
 * Content-Security-Policy, Camunda's, never ours beside it.
 */
class CamundaSingleSignOnTest extends ApplicationTestBase {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Test
    void anonymousVisitorsAreSentToOurSignInPageOrRefusedByTheRestApi() {
        WebSession anonymous = WebSession.anonymous(port);
        HttpResponse<String> cockpit = anonymous.get(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.getJson("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(anonymous.getJson("/camunda/api/admin/auth/user/default").statusCode()).isIn(302, 401);
    }

    @Test
    void readersAndTheSecretariatSignedInThroughTheFormAreRefused() {
        for (String user : List.of("reader", "secretary", "chair")) {
            WebSession session = WebSession.signedIn(port, user, DEMO_PASSWORD);
            assertThat(session.get(COCKPIT).statusCode()).as(user + " on Cockpit").isEqualTo(403);
            assertThat(session.getJson("/engine-rest/task").statusCode()).as(user + " on the REST API: the session is no credential there")
                    .isEqualTo(401);
            assertThat(session.getJson("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorSignedInToTheApplicationOpensCockpitWithoutASecondSignIn() {
        WebSession admin = WebSession.signedIn(port, "admin", "guifanku-admin");

        HttpResponse<String> cockpit = admin.get(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("exactly one policy, Camunda's").hasSize(1);
        assertThat(policies.get(0)).contains("'unsafe-eval'").contains("nonce-").isNotEqualTo(SecurityConfiguration.CSP);

        HttpResponse<String> user = admin.getJson("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"");

        // Cockpit's own API answers as the same user, without Camunda's login form ever being shown.
        HttpResponse<String> definitions = admin.getJson("/camunda/api/engine/engine/default/process-definition?key=standard-review");
        assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
        assertThat(definitions.body()).contains("standard-review");
    }

    /**
     * The engine's REST API takes HTTP Basic only: an administrator's session cookie alone, sent from another site's
     * page, deploys nothing and starts nothing (it did before: SameSite=Lax does not stop a sibling origin).
     */
    @Test
    void theEngineRestApiTakesHttpBasicOnlyNeverTheSession() {
        WebSession admin = WebSession.signedIn(port, "admin", "guifanku-admin");
        long before = deployments();
        String boundary = "----guifanku-csrf";
        String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"x\"><process id=\"csrf-probe\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ncsrf-probe\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"probe.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> deploy = admin.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(401);
        // As a page of a sibling origin would send it: refused before anything looks at credentials.
        HttpResponse<String> sibling = admin.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", "http://localhost:" + (port + 1)).header("Sec-Fetch-Site", "same-site")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        assertThat(sibling.statusCode()).as(sibling.body()).isIn(401, 403);
        HttpResponse<String> start = admin.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/engine-rest/process-definition/key/standard-review/start"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(start.statusCode()).isEqualTo(401);
        assertThat(deployments()).as("nothing deployed").isEqualTo(before);

        // HTTP Basic works for API clients, but not from another site's page (credentials a browser may have cached).
        assertThat(as("admin").get().uri("/engine-rest/user").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        var crossSite = as("admin").post().uri("/engine-rest/process-definition/key/standard-review/start")
                .header("Origin", "http://evil.example").header("Sec-Fetch-Site", "cross-site")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class);
        assertThat(crossSite.getStatusCode().value()).isEqualTo(403);
        assertThat(crossSite.getBody()).contains("其他网站");
    }

    /** Cockpit's own API (which can reach the engine) keeps Camunda's CSRF token: the session alone changes nothing. */
    @Test
    void cockpitsApiRefusesASessionWithoutCamundasCsrfToken() {
        WebSession admin = WebSession.signedIn(port, "admin", "guifanku-admin");
        assertThat(admin.get(COCKPIT).statusCode()).isEqualTo(200);
        HttpResponse<String> start = admin.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                        + port + "/camunda/api/engine/engine/default/process-definition/key/standard-review/start"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(start.statusCode()).isEqualTo(403);
    }

    /** The tricks that could make a path look like another to a rule: refused with 400 before the engine. */
    @Test
    void camundaPathsOnlyInCanonicalForm() {
        for (String trick : List.of("//engine-rest/user", "/engine-rest;x=1/user", "/%65ngine-rest/user",
                "/engine-rest/./user", "/engine-rest/x/../user", "/%63amunda/app/cockpit/default/", "/camunda//app/")) {
            var answer = as("admin").get().uri(java.net.URI.create("http://localhost:" + port + trick)).retrieve()
                    .toEntity(String.class);
            assertThat(answer.getStatusCode().value()).as(trick).isEqualTo(400);
            assertThat(answer.getBody()).as(trick).contains("地址不规范");
        }
    }

    long deployments() {
        String count = as("admin").get().uri("/engine-rest/deployment/count").retrieve().body(String.class);
        return Long.parseLong(count.replaceAll("\\D", ""));
    }

    @Test
    void ourPagesCarryOurPolicyAndCamundaPagesOnlyTheirs() {
        HttpResponse<String> catalog = WebSession.anonymous(port).get("/");
        assertThat(catalog.headers().allValues("Content-Security-Policy")).containsExactly(SecurityConfiguration.CSP);
        assertThat(SecurityConfiguration.CSP).contains("frame-ancestors 'self'").doesNotContain("unsafe");
        assertThat(catalog.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(catalog.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(catalog.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }
}

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
            assertThat(session.getJson("/engine-rest/task").statusCode()).as(user + " on the REST API").isEqualTo(403);
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

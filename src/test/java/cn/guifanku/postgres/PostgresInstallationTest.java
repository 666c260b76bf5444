package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on the production profile: what an operator relies on besides the review itself. */
class PostgresInstallationTest extends PostgresApplicationTestBase {

    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;
    @Autowired
    ConfigurableListableBeanFactory beans;

    @Test
    void healthShowsTheDatabaseAndTheContentRepositoryToAdministratorsOnly() throws Exception {
        JsonNode anonymous = json.readTree(http.get().uri("/actuator/health").retrieve().body(String.class));
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("details are for administrators").isFalse();

        JsonNode admin = json.readTree(as("admin").get().uri("/actuator/health").retrieve().body(String.class));
        assertThat(admin.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
        assertThat(admin.at("/components/content/status").asText()).isEqualTo("UP");
        assertThat(admin.at("/components/content/details/main").asText()).hasSize(40);
    }

    @Test
    void camundaChecksItsSchemaOnlyAfterFlywayCreatedIt() {
        // On PostgreSQL the engine's tables come from Flyway (schema-update=false); see CamundaAfterFlyway.
        String engine = beans.getBeanNamesForType(org.camunda.bpm.engine.ProcessEngine.class, true, false)[0];
        assertThat(beans.getBeanDefinition(engine).getDependsOn()).contains("flywayInitializer");
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from guifanku_schema_history where version = '3.1'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void signInIsKeptInTheDatabaseSoARestartOrAnotherNodeKnowsIt() {
        String session = signIn("editor1", DEMO_PASSWORD);

        assertThat(JdbcClient.create(dataSource).sql("select count(*) from spring_session where principal_name = 'editor1'")
                .query(Integer.class).single()).isPositive();
        ResponseEntity<String> tasks = http.get().uri("/api/tasks").header(HttpHeaders.COOKIE, session)
                .retrieve().toEntity(String.class);
        assertThat(tasks.getStatusCode().value()).as("signed in by the session alone").isEqualTo(200);
    }

    /** Signs in through the form and returns the session cookie. */
    String signIn(String user, String password) {
        ResponseEntity<String> form = http.get().uri("/login").retrieve().toEntity(String.class);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(csrf.find()).as(form.getBody()).isTrue();
        ResponseEntity<String> signedIn = http.post().uri("/login").header(HttpHeaders.COOKIE, session(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1))
                .retrieve().toEntity(String.class);
        assertThat(signedIn.getStatusCode().value()).isEqualTo(302);
        assertThat(signedIn.getHeaders().getLocation().toString()).doesNotContain("error");
        return session(signedIn);
    }

    static String cookie(ResponseEntity<?> response, String name) {
        return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(name + "=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.getHeaders()));
    }

    /** The session cookie a response sets, as a Cookie header value. */
    static String session(ResponseEntity<?> response) {
        return cookie(response, "SESSION");
    }
}

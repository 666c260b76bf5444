package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.GuifankuApplication;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.content.ContentRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * What an operator does after losing a server: the running installation, with reviews in every stage, is backed up
 * with scripts/backup.sh, restored with scripts/restore.sh into a new database and an empty data folder, and a second
 * installation started on the restore finds everything and carries the reviews on.
 */
class BackupAndRestoreTest extends PostgresApplicationTestBase {

    /** Our tables: compared row for row between the installation and its restore. */
    static final List<String> OUR_TABLES = List.of("standard", "edition", "publication_attempt", "person", "person_role",
            "committee", "committee_membership", "proposal", "proposal_event", "review_comment", "ballot_round",
            "ballot_voter", "vote", "artifact", "catalog_change", "guifanku_schema_history");
    static final List<String> DEMO_USERS = List.of("editor1", "editor2", "member1", "member2", "member3", "member4",
            "chair", "secretary", "reader");

    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ContentRepository content;
    @Value("${guifanku.data-dir}")
    Path dataDir;
    @Value("${GUIFANKU_DB_URL}")
    String databaseUrl;

    @Test
    void backupOfARunningInstallationRestoresIntoAFreshOneWhereEveryReviewGoesOn(@TempDir Path backups,
            @TempDir Path restoredData) throws Exception {
        String tools = missingTools();
        String why = tools + " (Debian: apt-get install postgresql-client; .ci/run installs it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(tools).as("CI=true: the backup test must run here, not be skipped: " + why).isNull();
        }
        Assumptions.assumeTrue(tools == null, () -> "backup/restore test skipped: " + why);

        // Reviews in every stage, as the demo committee leaves them.
        String published = proposeNew("editor2", "图书馆古籍修复服务规范");
        acceptAndSend(published, "editor2");
        comment(published);
        dispose(published, "editor2");
        voteAll(published, List.of("member1", "member2", "member3", "member4", "chair"));
        call(as("secretary"), "POST", "/api/proposals/" + published + "/ballot/closing", Map.of());
        approve(published, "WH/T 205—2026");
        runJobs(management, runtime, published);
        assertThat(stage(http, published)).isEqualTo("PUBLISHED");

        // New standards from the short template, so that publishing one in the restored installation, whose renderer
        // starts cold, stays quick; the revision of a sample (a long standard) is in drafting.
        String ballot = proposeNew("editor1", "图书馆阅读推广服务规范");
        acceptAndSend(ballot, "editor1");
        comment(ballot);
        dispose(ballot, "editor1");
        call(as("member1"), "POST", "/api/proposals/" + ballot + "/ballot/votes",
                Map.of("position", "DISAPPROVE", "reason", "服务指标过高"));
        voteAll(ballot, List.of("member1", "member2", "member3", "member4"));
        assertThat(stage(http, ballot)).isEqualTo("BALLOT");

        String commenting = proposeNew("editor2", "图书馆无障碍阅读服务规范");
        acceptAndSend(commenting, "editor2");
        comment(commenting);
        assertThat(stage(http, commenting)).isEqualTo("COMMENTING");

        String drafting = propose("editor1", Map.of("kind", "REVISION", "targetSlug", "wh-t-202", "title", "古籍数字化元数据规范",
                "scope", "增加版本著录要求", "reason", "数字化项目经验"));
        call(as("secretary"), "POST", "/api/proposals/" + drafting + "/formal-check",
                Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-D" + drafting));
        JsonNode draft = body(call(as("editor1"), "GET", "/api/proposals/" + drafting + "/draft/files/standard.adoc", null));
        var saved = call(as("editor1"), "PUT", "/api/proposals/" + drafting + "/draft/files/standard.adoc", Map.of(
                "text", draft.get("text").asText() + "\n// 版本著录\n", "baseRevision", draft.get("revision").asText(),
                "message", "增加版本著录"));
        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        String draftHead = body(saved).get("revision").asText();

        String proposed = proposeNew("editor1", "图书馆志愿者服务规范");
        List<String> ids = List.of(published, ballot, commenting, drafting, proposed);

        // Back up the running installation, restore into a new database and an empty folder.
        String backupOutput = script("backup.sh", Map.of(), "--data-dir", dataDir.toString(), "--output",
                backups.toString(), "--app-version", "test");
        Path backup = Path.of(backupOutput.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(Files.readString(backup.resolve("manifest.txt"))).contains("schema version (Flyway): " + newestMigration())
                .contains("camunda schema: 7.24.0").contains("main commit: " + content.resolve("main").orElseThrow());

        PostgresServer.usedByApplicationContext();
        PostgresServer.Database fresh = PostgresServer.newDatabase("restored");
        script("restore.sh", Map.of("GUIFANKU_DB_URL", fresh.jdbcUrl(), "GUIFANKU_DB_USER", fresh.user(),
                "GUIFANKU_DB_PASSWORD", fresh.password()), "--data-dir", restoredData.toString(), backup.toString());

        JdbcClient before = JdbcClient.create(dataSource);
        JdbcClient after = JdbcClient.create(fresh.dataSource());
        for (String table : OUR_TABLES) {
            assertThat(rows(after, table)).as(table).isEqualTo(rows(before, table));
        }
        for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job",
                "act_ru_identitylink", "act_re_procdef", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
                "act_hi_varinst", "act_hi_detail", "act_hi_op_log", "act_hi_identitylink", "act_ge_bytearray")) {
            assertThat(rows(after, table)).as(table).isEqualTo(rows(before, table));
        }

        try (ConfigurableApplicationContext restored = start(fresh, restoredData)) {
            RestClient there = RestClient.builder()
                    .baseUrl("http://localhost:" + restored.getEnvironment().getProperty("local.server.port"))
                    .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();

            // Every standard and edition, with its files.
            assertThat(restored.getBean(Catalog.class).standards().stream().map(this::editions).toList())
                    .isEqualTo(catalog.standards().stream().map(this::editions).toList())
                    .anySatisfy(e -> assertThat(e).contains("wh-t-205/2026"));
            for (String download : List.of("/standards/wh-t-205/2026.pdf", "/standards/wh-t-202/2023.html",
                    "/standards/wh-t-201/2019.pdf")) {
                assertThat(there.get().uri(download).retrieve().toEntity(byte[].class).getBody()).as(download)
                        .isEqualTo(http.get().uri(download).retrieve().toEntity(byte[].class).getBody());
            }

            // Every proposal, comment, vote, history entry and task, as the API shows them.
            for (String id : ids) {
                for (String view : List.of("", "/history", "/comments", "/ballot", "/ballot/votes", "/draft/revisions")) {
                    String path = "/api/proposals/" + id + view;
                    // Links are absolute (the 征求意见稿 PDFs): each installation names its own address.
                    assertThat(call(signedIn(there, "secretary"), "GET", path, null).getBody().replaceAll("http://localhost:\\d+", ""))
                            .as(path).isEqualTo(call(as("secretary"), "GET", path, null).getBody().replaceAll("http://localhost:\\d+", ""));
                }
            }
            for (String user : DEMO_USERS) {
                assertThat(body(call(signedIn(there, user), "GET", "/api/tasks", null))).as(user + "'s tasks")
                        .isEqualTo(body(call(as(user), "GET", "/api/tasks", null)));
            }
            assertThat(body(call(signedIn(there, "secretary"), "GET", "/api/proposals/" + ballot + "/ballot", null))
                    .get("tally").get("approve").asInt()).as("member1's changed vote counts once").isEqualTo(4);

            // The reviews go on where they were.
            call(signedIn(there, "secretary"), "POST", "/api/proposals/" + ballot + "/ballot/closing", Map.of());
            assertThat(stage(there, ballot)).isEqualTo("APPROVAL");
            var approved = call(signedIn(there, "chair"), "POST", "/api/proposals/" + ballot + "/approval",
                    Map.of("decision", "APPROVE", "number", "WH/T 206—2026", "issued", "2026-12-20", "effective", "2027-06-01"));
            assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
            runJobs(restored.getBean(ManagementService.class), restored.getBean(RuntimeService.class), ballot);
            assertThat(stage(there, ballot)).isEqualTo("PUBLISHED");
            assertThat(restored.getBean(ContentRepository.class).resolve("refs/tags/wh-t-206/2026")).isPresent();
            assertThat(there.get().uri("/standards/wh-t-206/2026.pdf").retrieve().toEntity(byte[].class)
                    .getStatusCode().value()).isEqualTo(200);

            call(signedIn(there, "secretary"), "POST", "/api/proposals/" + commenting + "/comment-period/closing", Map.of());
            assertThat(stage(there, commenting)).isEqualTo("DISPOSITION");

            String text = body(call(signedIn(there, "editor1"), "GET", "/api/proposals/" + drafting
                    + "/draft/files/standard.adoc", null)).get("text").asText();
            var edit = call(signedIn(there, "editor1"), "PUT", "/api/proposals/" + drafting + "/draft/files/standard.adoc",
                    Map.of("text", text + "// 恢复后继续起草\n", "baseRevision", draftHead, "message", "恢复后继续起草"));
            assertThat(edit.getStatusCode().value()).as(edit.getBody()).isEqualTo(200);

            var accepted = call(signedIn(there, "secretary"), "POST", "/api/proposals/" + proposed + "/formal-check",
                    Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-R"));
            assertThat(body(accepted).get("stage").asText()).as(accepted.getBody()).isEqualTo("DRAFTING");
            String next = propose(signedIn(there, "editor1"), Map.of("kind", "NEW", "title", "恢复后的新提案",
                    "scope", "范围", "reason", "理由"));
            assertThat(after.sql("select count(*) from proposal_event where proposal_id = ?").param(next)
                    .query(Integer.class).single()).as("new rows get ids after the restored ones").isPositive();
        }
    }

    // --- the installation the test restores into --------------------------------------------------------------------

    ConfigurableApplicationContext start(PostgresServer.Database db, Path data) {
        // As an operator starts it (profile postgres, connection from the environment), plus the demo committee the
        // test acts as, a random port and jobs run by the test. Camunda keeps engines and its webapps' runtime in
        // JVM-wide statics, and this installation closes while the shared test contexts go on: under its own engine
        // name and without the webapps, closing it leaves theirs alone.
        return new SpringApplicationBuilder(GuifankuApplication.class).profiles("embedded", "postgres").run(
                "--GUIFANKU_DB_URL=" + db.jdbcUrl(), "--GUIFANKU_DB_USER=" + db.user(),
                "--GUIFANKU_DB_PASSWORD=" + db.password(), "--guifanku.data-dir=" + data, "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=restored",
                "--camunda.bpm.webapp.enabled=false", "--guifanku.public-url-required=false");
    }

    /** The missing tool, or null: the scripts need pg_dump, pg_restore and psql no older than the server. */
    String missingTools() throws Exception {
        for (String tool : List.of("pg_dump", "pg_restore", "psql", "git", "tar", "sha256sum")) {
            if (run(List.of("bash", "-c", "command -v " + tool), Map.of()).exit() != 0) {
                return tool + " is not installed";
            }
        }
        String client = run(List.of("pg_dump", "--version"), Map.of()).output().replaceAll("(?s).*?(\\d+)\\..*", "$1");
        int server = JdbcClient.create(dataSource).sql("show server_version_num").query(Integer.class).single() / 10000;
        if (Integer.parseInt(client.strip()) < server) {
            return "pg_dump " + client.strip() + " is older than the PostgreSQL " + server + " server";
        }
        return null;
    }

    String script(String name, Map<String, String> environment, String... args) throws Exception {
        var env = new TreeMap<>(Map.of("GUIFANKU_DB_URL", databaseUrl, "GUIFANKU_DB_USER", "postgres",
                "GUIFANKU_DB_PASSWORD", ""));
        env.putAll(environment);
        List<String> command = new ArrayList<>(List.of("bash", Path.of("scripts", name).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Result result = run(command, env);
        assertThat(result.exit()).as(name + " said:\n" + result.output()).isZero();
        return result.output();
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** A table's rows as comparable values (bytes as hex), in a stable order. */
    static List<String> rows(JdbcClient jdbc, String table) {
        return jdbc.sql("select * from " + table).query().listOfRows().stream()
                .map(row -> {
                    var values = new TreeMap<String, Object>();
                    row.forEach((column, value) -> values.put(column,
                            value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : value));
                    return values.toString();
                })
                .sorted().toList();
    }

    String editions(StandardEntry s) {
        return s.slug() + " " + s.editions().stream().map(e -> e.published().tagName() + "@" + e.published().commitId()
                + ":" + e.published().pdf().sha256()).toList();
    }

    // --- the review, through the API as the demo users ---------------------------------------------------------------

    RestClient signedIn(RestClient anonymous, String user) {
        return anonymous.mutate().defaultHeaders(h -> h.setBasicAuth(user, "admin".equals(user) ? "guifanku-admin" : DEMO_PASSWORD))
                .build();
    }

    ResponseEntity<String> call(RestClient client, String method, String path, Object body) {
        var request = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    JsonNode body(ResponseEntity<String> response) throws IOException {
        return json.readTree(response.getBody());
    }

    String stage(RestClient client, String id) throws IOException {
        return body(call(signedIn(client, "secretary"), "GET", "/api/proposals/" + id, null)).get("stage").asText();
    }

    String propose(String user, Map<String, Object> proposal) throws IOException {
        return propose(as(user), proposal);
    }

    String propose(RestClient client, Map<String, Object> proposal) throws IOException {
        var created = call(client, "POST", "/api/proposals", proposal);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return body(created).get("id").asText();
    }

    /** The highest version among our migrations (db/migration/V{n}__…): what a migrated database is at. */
    static int newestMigration() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    String proposeNew(String user, String title) throws IOException {
        return propose(user, Map.of("kind", "NEW", "title", title, "scope", "规定" + title + "的要求", "reason", "服务发展需要"));
    }

    void acceptAndSend(String id, String editor) throws IOException {
        String p = "/api/proposals/" + id;
        call(as("secretary"), "POST", p + "/formal-check", Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-B" + id));
        var sent = call(as(editor), "POST", p + "/sending-for-comments", Map.of());
        assertThat(sent.getStatusCode().value()).as(sent.getBody()).isEqualTo(200);
    }

    void comment(String id) {
        var comment = call(as("reader"), "POST", "/api/proposals/" + id + "/comments", Map.of("clauseId", "_范围",
                "clauseLabel", "1", "type", "te", "body", "建议明确适用范围（" + id + "）"));
        assertThat(comment.getStatusCode().value()).as(comment.getBody()).isEqualTo(201);
    }

    void dispose(String id, String editor) throws IOException {
        String p = "/api/proposals/" + id;
        call(as("secretary"), "POST", p + "/comment-period/closing", Map.of());
        for (JsonNode c : body(call(as(editor), "GET", p + "/comments", null))) {
            call(as(editor), "PUT", p + "/comments/" + c.get("id").asText() + "/disposition", Map.of("disposition", "ACCEPTED"));
        }
        var done = call(as(editor), "POST", p + "/disposition/completion", Map.of());
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
    }

    void voteAll(String id, List<String> members) {
        for (String member : members) {
            var vote = call(as(member), "POST", "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE"));
            assertThat(vote.getStatusCode().value()).as(member + vote.getBody()).isEqualTo(200);
        }
    }

    void approve(String id, String number) {
        var approved = call(as("chair"), "POST", "/api/proposals/" + id + "/approval", Map.of("decision", "APPROVE",
                "number", number, "issued", "2026-12-20", "effective", "2027-06-01"));
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);
    }

    /** Runs a proposal's due jobs (the job executor is off in tests), as the e2e test does. */
    static void runJobs(ManagementService management, RuntimeService runtime, String id) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}

package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Our migrations, and Camunda's schema as a migration, on a real PostgreSQL server. */
class PostgresSchemaTest {

    /** In the order the engine runs them when it creates its own schema (AbstractPersistenceSession#dbSchemaCreate). */
    static final List<String> CAMUNDA_SCRIPTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    /** Our tables of V1–V3, parents before children: the order an export from H2 loads them in. */
    static final List<String> H2_ERA_TABLES = List.of("standard", "edition", "publication_attempt", "person",
            "person_role", "committee", "committee_membership", "proposal", "proposal_event", "review_comment",
            "ballot_round", "ballot_voter", "vote");

    @Test
    void migratesAnEmptyDatabaseToOurTablesCamundasTablesAndSessions() {
        DataSource db = Vendor.POSTGRESQL.emptyDatabase();
        var result = Vendor.POSTGRESQL.flyway(db, "latest").migrate();
        assertThat(result.success).isTrue();

        var applied = Vendor.POSTGRESQL.flyway(db, "latest").info().applied();
        assertThat(applied).extracting(m -> m.getVersion().getVersion()).startsWith("1", "2", "3", "3.1", "4", "4.1");
        JdbcClient jdbc = JdbcClient.create(db);
        assertThat(jdbc.sql("select version_ from act_ge_schema_log where id_ = '0'").query(String.class).single())
                .as("the schema Camunda 7.24 checks at start").isEqualTo("7.24.0");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' "
                + "and table_name like 'act\\_%'").query(Integer.class).single()).isGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select name from committee").query(String.class).list())
                .containsExactly("全国图书馆标准化技术委员会");
    }

    @Test
    void camundasTablesComeFromTheScriptsInTheCamundaEngineOnTheClasspath() throws IOException {
        // A Camunda upgrade without a migration of its own would leave the engine refusing the schema at start.
        String migration = read("db/vendor/postgresql/V3.1__camunda_7_24_schema.sql");
        int from = 0;
        for (String script : CAMUNDA_SCRIPTS) {
            String original = read("org/camunda/bpm/engine/db/create/activiti.postgres.create." + script + ".sql");
            int at = migration.indexOf(original, from);
            assertThat(at).as(script + " copied unchanged, in the engine's order").isGreaterThanOrEqualTo(from);
            from = at + original.length();
        }
        assertThat(org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion())
                .as("the engine these scripts belong to").startsWith("7.24.");
    }

    @Test
    void migratesDataExportedFromAnEmbeddedInstallation() {
        // An embedded installation at V3 (what every installation before PostgreSQL had) with a review under way.
        DataSource h2 = Vendor.H2.emptyDatabase();
        Vendor.H2.flyway(h2, "3").migrate();
        JdbcClient old = JdbcClient.create(h2);
        Timestamp t = Timestamp.from(Instant.parse("2026-03-01T02:00:00Z"));
        old.sql("insert into standard (slug, designation) values ('wh-t-201', 'WH/T 201')").update();
        old.sql("""
                insert into edition (slug, edition_key, number, title_zh, issued_on, effective_on, commit_id, tag_name,
                    html_sha256, html_size, pdf_sha256, pdf_size, published_at)
                values ('wh-t-201', '2024', 'WH/T 201—2024', '公共图书馆读者服务规范', date '2024-03-15', date '2024-07-01',
                    'c0ffee', 'wh-t-201/2024', 'aa', 1, 'bb', 2, ?)""").param(t).update();
        old.sql("insert into person (username, display_name, password_hash, created_at) values ('editor1', '张明', '{noop}x', ?)")
                .param(t).update();
        old.sql("insert into person_role (username, role) values ('editor1', 'EDITOR')").update();
        old.sql("insert into committee_membership (committee_id, username, function, voting) values ('tc389', 'editor1', 'MEMBER', true)")
                .update();
        old.sql("""
                insert into proposal (id, kind, title, scope, reason, target_slug, committee_id, proposer, created_at,
                    branch, folder, stage, version) values ('P2026-001', 'REVISION', '公共图书馆读者服务规范', '范围', '理由',
                    'wh-t-201', 'tc389', 'editor1', ?, 'draft/P2026-001', 'wh-t-201', 'BALLOT', 7)""").param(t).update();
        for (String action : List.of("PROPOSED", "ACCEPTED", "SENT_FOR_COMMENTS")) {
            old.sql("insert into proposal_event (proposal_id, at, actor, action) values ('P2026-001', ?, 'editor1', ?)")
                    .params(t, action).update();
        }
        old.sql("""
                insert into review_comment (proposal_id, revision, clause_id, clause_label, comment_type, body, author,
                    created_at) values ('P2026-001', 'c0ffee', '_范围', '1', 'te', '建议明确适用范围 䶮', 'editor1', ?)""")
                .param(t).update();
        old.sql("""
                insert into ballot_round (proposal_id, round_no, revision, opened_at, deadline, quorum_numerator,
                    quorum_denominator, threshold_numerator, threshold_denominator)
                values ('P2026-001', 1, 'c0ffee', ?, ?, 2, 3, 3, 4)""").params(t, t).update();
        long round = old.sql("select id from ballot_round").query(Long.class).single();
        old.sql("insert into ballot_voter (round_id, voter) values (?, 'editor1')").param(round).update();
        old.sql("insert into vote (round_id, voter, position, cast_at) values (?, 'editor1', 'APPROVE', ?)").params(round, t)
                .update();

        // Loaded into PostgreSQL at the same schema version, then migrated on as a new release starts.
        DataSource pg = Vendor.POSTGRESQL.emptyDatabase();
        Vendor.POSTGRESQL.flyway(pg, "3").migrate();
        JdbcClient now = JdbcClient.create(pg);
        for (String table : H2_ERA_TABLES) {
            copyRows(old, now, table);
        }
        var result = Vendor.POSTGRESQL.flyway(pg, "latest").migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version).contains("3.1", "4", "4.1");

        for (String table : H2_ERA_TABLES) {
            assertThat(now.sql("select count(*) from " + table).query(Long.class).single()).as(table)
                    .isEqualTo(old.sql("select count(*) from " + table).query(Long.class).single());
        }
        assertThat(now.sql("select body from review_comment").query(String.class).single()).isEqualTo("建议明确适用范围 䶮");
        assertThat(now.sql("select number from edition").query(String.class).single()).isEqualTo("WH/T 201—2024");
        assertThat(now.sql("select version from proposal").query(Integer.class).single()).isEqualTo(7);
        // The review goes on: new rows after the imported ones, and the imported record is as protected as new rows.
        now.sql("insert into proposal_event (proposal_id, at, actor, action) values ('P2026-001', ?, 'member1', 'VOTED')")
                .param(t).update();
        assertThat(now.sql("select action from proposal_event order by id").query(String.class).list())
                .containsExactly("PROPOSED", "ACCEPTED", "SENT_FOR_COMMENTS", "VOTED");
        assertThatThrownBy(() -> now.sql("delete from proposal_event where action = 'PROPOSED'").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(now.sql("select count(*) from act_ge_property").query(Integer.class).single()).isPositive();
    }

    /**
     * Copies a table's rows as an export/import would: same columns, same ids, then moves the identity sequence past
     * them (PostgreSQL does not when ids are given). Rows that a migration inserted on both sides are skipped.
     */
    static void copyRows(JdbcClient from, JdbcClient to, String table) {
        List<Map<String, Object>> rows = from.sql("select * from " + table).query().listOfRows();
        for (Map<String, Object> row : rows) {
            List<String> columns = row.keySet().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ") on conflict do nothing";
            to.sql(sql).params(new java.util.ArrayList<>(row.values())).update();
        }
        boolean hasIdentity = to.sql("select count(*) from information_schema.columns where table_name = ? "
                + "and column_name = 'id' and is_identity = 'YES'").param(table).query(Integer.class).single() > 0;
        if (hasIdentity && !rows.isEmpty()) {
            to.sql("select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from " + table + "))").param(table)
                    .query().singleValue();
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

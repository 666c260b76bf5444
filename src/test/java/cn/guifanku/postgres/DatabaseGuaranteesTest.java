package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database itself guarantees, whatever code or console talks to it, on both databases we run on: the review
 * record is append-only, and the unique keys the review relies on hold (People turns a duplicate username into
 * "taken" by catching {@link DuplicateKeyException}, so the translation matters as much as the constraint).
 */
class DatabaseGuaranteesTest {

    static final Timestamp NOW = Timestamp.from(Instant.parse("2026-05-01T01:00:00Z"));

    JdbcClient migrated(Vendor vendor) {
        DataSource db = vendor.migratedDatabase();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("""
                insert into proposal (id, kind, title, scope, reason, committee_id, proposer, created_at, branch, folder,
                    stage) values ('P2026-001', 'NEW', '图书馆无障碍服务规范', '范围', '理由', 'tc389', 'editor2', ?,
                    'draft/P2026-001', 'p2026-001', 'DRAFTING')""").param(NOW).update();
        jdbc.sql("insert into proposal_event (proposal_id, at, actor, action, detail) values ('P2026-001', ?, 'editor2', 'PROPOSED', '提案')")
                .param(NOW).update();
        return jdbc;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void reviewRecordRefusesUpdateAndDeleteButTakesNewEvents(Vendor vendor) {
        JdbcClient jdbc = migrated(vendor);

        assertThatThrownBy(() -> jdbc.sql("update proposal_event set actor = 'someone-else'").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from proposal_event where proposal_id = 'P2026-001'").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");

        jdbc.sql("insert into proposal_event (proposal_id, at, actor, action) values ('P2026-001', ?, 'secretary', 'ACCEPTED')")
                .param(NOW).update();
        assertThat(jdbc.sql("select actor || ':' || action from proposal_event order by id").query(String.class).list())
                .containsExactly("editor2:PROPOSED", "secretary:ACCEPTED");
    }

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = "POSTGRESQL")
    void reviewRecordRefusesTruncateOnPostgres(Vendor vendor) {
        // H2 has no TRUNCATE trigger (and the application never truncates); PostgreSQL, the production database,
        // refuses it as well.
        JdbcClient jdbc = migrated(vendor);
        assertThatThrownBy(() -> jdbc.sql("truncate proposal_event").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from proposal_event").query(Integer.class).single()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void uniqueKeysOfTheReviewHoldAndAreReportedAsDuplicates(Vendor vendor) {
        JdbcClient jdbc = migrated(vendor);
        jdbc.sql("insert into person (username, display_name, password_hash, created_at) values ('member1', '陈静', '{noop}x', ?)")
                .param(NOW).update();
        assertThatThrownBy(() -> jdbc.sql("insert into person (username, display_name, password_hash, created_at) "
                + "values ('member1', '另一个陈静', '{noop}y', ?)").param(NOW).update())
                .as("one account per username").isInstanceOf(DuplicateKeyException.class);

        jdbc.sql("""
                insert into ballot_round (proposal_id, round_no, revision, opened_at, deadline, quorum_numerator,
                    quorum_denominator, threshold_numerator, threshold_denominator)
                values ('P2026-001', 1, 'c0ffee', ?, ?, 2, 3, 3, 4)""").params(NOW, NOW).update();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into ballot_round (proposal_id, round_no, revision, opened_at, deadline, quorum_numerator,
                    quorum_denominator, threshold_numerator, threshold_denominator)
                values ('P2026-001', 1, 'c0ffee', ?, ?, 2, 3, 3, 4)""").params(NOW, NOW).update())
                .as("one round 1 per proposal").isInstanceOf(DuplicateKeyException.class);

        long round = jdbc.sql("select id from ballot_round").query(Long.class).single();
        jdbc.sql("insert into ballot_voter (round_id, voter) values (?, 'member1')").param(round).update();
        assertThatThrownBy(() -> jdbc.sql("insert into ballot_voter (round_id, voter) values (?, 'member1')").param(round).update())
                .as("a member is eligible once per round").isInstanceOf(DuplicateKeyException.class);

        jdbc.sql("insert into standard (slug, designation) values ('wh-t-204', 'WH/T 204')").update();
        String edition = """
                insert into edition (slug, edition_key, number, title_zh, issued_on, effective_on, commit_id, tag_name,
                    html_sha256, html_size, pdf_sha256, pdf_size, published_at)
                values ('wh-t-204', ?, 'WH/T 204—2026', '图书馆无障碍服务规范', date '2026-12-20', date '2027-06-01',
                    'c0ffee', 'wh-t-204/2026', 'aa', 1, 'bb', 2, ?)""";
        jdbc.sql(edition).params("2026", NOW).update();
        assertThatThrownBy(() -> jdbc.sql(edition).params("2027", NOW).update())
                .as("a number names one edition").isInstanceOf(DuplicateKeyException.class);
    }
}

package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail is append-only by the database's own rule, whatever code or console talks to it. */
class AuditEntryGuaranteesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-25T10:00:00+08:00");

    JdbcClient migrated(Vendor vendor) {
        JdbcClient jdbc = JdbcClient.create(vendor.migratedDatabase());
        jdbc.sql("insert into audit_entry (at, actor, action, target_kind, target_id, outcome) "
                + "values (?, 'member1', 'ballot.vote', 'proposal', 'P2026-001', '302')").param(AT).update();
        return jdbc;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void auditTrailRefusesUpdateAndDeleteButTakesNewEntries(Vendor vendor) {
        JdbcClient jdbc = migrated(vendor);

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else'").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");

        jdbc.sql("insert into audit_entry (at, action, outcome) values (?, 'auth.login.failed', 'refused')")
                .param(AT).update();
        assertThat(jdbc.sql("select coalesce(actor, '-') || ':' || action from audit_entry order by id")
                .query(String.class).list()).containsExactly("member1:ballot.vote", "-:auth.login.failed");
        assertThat(jdbc.sql("select at from audit_entry where actor = 'member1'").query(OffsetDateTime.class).single())
                .isAtSameInstantAs(AT);
    }

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = "POSTGRESQL")
    void auditTrailRefusesTruncateOnPostgres(Vendor vendor) {
        JdbcClient jdbc = migrated(vendor);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Integer.class).single()).isEqualTo(1);
    }
}

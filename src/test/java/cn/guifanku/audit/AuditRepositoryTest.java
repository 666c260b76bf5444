package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit page's filters, on both databases we run on, migrated as the application migrates them. */
class AuditRepositoryTest {

    AuditRepository repository;

    void add(String at, String actor, String action, String target) {
        repository.insert(new AuditEntry(null, OffsetDateTime.parse(at), actor, action, "proposal", target, "10.0.0.1",
                "POST", "/x", "200", null));
    }

    void entries(Vendor vendor) {
        repository = new AuditRepository(JdbcClient.create(vendor.migratedDatabase()), java.time.ZoneId.of("Asia/Shanghai"));
        // 2026-11-30T17:00Z is already 1 December in Beijing.
        add("2026-11-29T02:00:00Z", "editor1", "proposal.create", "P2026-001");
        add("2026-11-30T02:00:00Z", "member1", "ballot.vote", "P2026-001");
        add("2026-11-30T17:00:00Z", "member2", "ballot.vote", "P2026-002");
        add("2026-12-02T02:00:00Z", null, "auth.login.failed", null);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void showsNewestFirstAndPages(Vendor vendor) {
        entries(vendor);
        assertThat(repository.find(AuditQuery.ALL, 0, 2)).extracting(AuditEntry::action)
                .containsExactly("auth.login.failed", "ballot.vote");
        assertThat(repository.find(AuditQuery.ALL, 2, 2)).extracting(AuditEntry::actor)
                .containsExactly("member1", "editor1");
        assertThat(repository.count(AuditQuery.ALL)).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void filtersByActorActionPrefixAndTarget(Vendor vendor) {
        entries(vendor);
        assertThat(repository.find(new AuditQuery("member1", null, null, null, null), 0, 10))
                .extracting(AuditEntry::targetId).containsExactly("P2026-001");
        assertThat(repository.count(new AuditQuery(null, "ballot.", null, null, null))).isEqualTo(2);
        assertThat(repository.count(new AuditQuery(null, "auth", null, null, null))).isEqualTo(1);
        assertThat(repository.find(new AuditQuery(" ", "", "P2026-001", null, null), 0, 10))
                .extracting(AuditEntry::actor).containsExactly("member1", "editor1");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void filtersByDaysInBeijingTimeBothEndsIncluded(Vendor vendor) {
        entries(vendor);
        assertThat(repository.find(new AuditQuery(null, null, null, LocalDate.parse("2026-11-30"),
                LocalDate.parse("2026-11-30")), 0, 10)).extracting(AuditEntry::actor).containsExactly("member1");
        assertThat(repository.find(new AuditQuery(null, null, null, LocalDate.parse("2026-12-01"), null), 0, 10))
                .extracting(AuditEntry::action).containsExactly("auth.login.failed", "ballot.vote");
        assertThat(repository.find(new AuditQuery(null, null, null, null, LocalDate.parse("2026-11-29")), 0, 10))
                .extracting(AuditEntry::actor).containsExactly("editor1");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keepsTheMomentWithItsZone(Vendor vendor) {
        entries(vendor);
        assertThat(repository.find(new AuditQuery("editor1", null, null, null, null), 0, 1).get(0).instant())
                .isEqualTo(java.time.Instant.parse("2026-11-29T02:00:00Z"));
    }
}

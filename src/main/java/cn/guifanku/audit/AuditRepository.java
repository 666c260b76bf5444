package cn.guifanku.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table (db/migration/V5__audit.sql): inserts and filtered reads, nothing else. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;
    /** The zone whose days the filters mean (the configured one). */
    private final java.time.ZoneId zone;

    AuditRepository(JdbcClient jdbc, java.time.ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (at, actor, action, target_kind, target_id, remote_address, http_method, path,
                    outcome, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.at(), cut(e.actor(), 64), cut(e.action(), 100), cut(e.targetKind(), 32),
                        cut(e.targetId(), 200), cut(e.remoteAddress(), 64), cut(e.method(), 10), cut(e.path(), 2000),
                        cut(e.outcome(), 32), cut(e.details(), 2000))
                .update();
    }

    /** Newest first. */
    List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(offset);
        params.add(limit);
        return jdbc.sql("select * from audit_entry" + where + " order by at desc, id desc offset ? rows fetch next ? rows only")
                .params(params).query(AuditRepository::entry).list();
    }

    long count(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_entry" + where(query, params)).params(params)
                .query(Long.class).single();
    }

    private String where(AuditQuery q, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (q.actor() != null) {
            conditions.add("actor = ?");
            params.add(q.actor());
        }
        if (q.action() != null) {
            conditions.add("action like ?");
            params.add(q.action().replace("%", "").replace("_", "\\_") + "%");
        }
        if (q.target() != null) {
            conditions.add("target_id = ?");
            params.add(q.target());
        }
        if (q.from() != null) {
            conditions.add("at >= ?");
            params.add(q.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (q.to() != null) {
            conditions.add("at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("target_kind"), rs.getString("target_id"),
                rs.getString("remote_address"), rs.getString("http_method"), rs.getString("path"),
                rs.getString("outcome"), rs.getString("details"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

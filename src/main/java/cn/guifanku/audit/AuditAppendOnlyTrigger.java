package cn.guifanku.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's half of the guarantee that {@code audit_entry} is append-only: the trigger created by
 * {@code db/vendor/h2/V5.1} calls this before every UPDATE and DELETE, and it refuses them all. (PostgreSQL has a
 * PL/pgSQL trigger with the same message and SQLSTATE.)
 *
 * <p>Public with a public constructor because H2 instantiates it by name each time the database opens: the name is
 * stored in every H2 database migrated so far, so this class is never renamed or moved.
 */
public final class AuditAppendOnlyTrigger implements Trigger {

    /** restrict_violation, as PostgreSQL's trigger reports it. */
    static final String SQL_STATE = "23001";

    private String table = "audit_entry";

    public AuditAppendOnlyTrigger() {
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation + " refused (审计记录只可追加，不可修改或删除)",
                SQL_STATE);
    }
}

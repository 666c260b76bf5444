-- audit_entry (V5) is append-only: the database itself refuses UPDATE and DELETE (PostgreSQL has the same guarantee
-- in db/vendor/postgresql with a PL/pgSQL trigger). H2 runs the Java class named here whenever the database opens:
-- never rename or move it.

create trigger audit_entry_append_only
    before update, delete on audit_entry
    for each row call 'cn.guifanku.audit.AuditAppendOnlyTrigger';

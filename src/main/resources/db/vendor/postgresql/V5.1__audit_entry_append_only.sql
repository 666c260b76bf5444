-- audit_entry (V5) is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE, whatever code or console
-- sends them. (H2 has the same guarantee in db/vendor/h2 with a Java trigger.) SQLSTATE 23001 (restrict_violation),
-- as for proposal_event, so that drivers and Spring report it as an integrity violation.

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused (审计记录只可追加，不可修改或删除)', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

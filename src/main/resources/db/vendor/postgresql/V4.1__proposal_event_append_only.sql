-- proposal_event is the committee's permanent record (V3): rows are added, never changed or removed. The database
-- itself refuses UPDATE, DELETE and TRUNCATE, whatever code or console sends them. (H2 has the same guarantee in
-- db/vendor/h2 with a Java trigger.) SQLSTATE 23001 (restrict_violation) so that drivers and Spring report it as an
-- integrity violation, as H2's trigger does.

create function proposal_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'proposal_event is append-only: % refused (审查记录只可追加，不可修改或删除)', tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger proposal_event_append_only
    before update or delete on proposal_event
    for each row execute function proposal_event_refuse_change();

create trigger proposal_event_no_truncate
    before truncate on proposal_event
    for each statement execute function proposal_event_refuse_change();

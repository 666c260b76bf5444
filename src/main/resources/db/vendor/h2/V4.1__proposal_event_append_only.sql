-- proposal_event is the committee's permanent record (V3): rows are added, never changed or removed. The database
-- itself refuses UPDATE and DELETE (PostgreSQL has the same guarantee in db/vendor/postgresql with a PL/pgSQL trigger).
-- H2 runs the Java class named here whenever the database opens: never rename or move it.

create trigger proposal_event_append_only
    before update, delete on proposal_event
    for each row call 'cn.guifanku.proposal.AppendOnlyTrigger';

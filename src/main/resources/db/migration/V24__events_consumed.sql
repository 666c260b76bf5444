-- Listeners of the typed domain events receive each event at least once (Spring Modulith's event publication
-- registry resubmits what was not completed). These tables make their effects happen once.

-- The process steps the audit trail recorded (audit_entry itself stays append-only and unchanged).
create table audit_event_seen (
    event_id varchar(36) not null primary key
);

-- Drafts open for comment, as the comment feed lists them: one row per comment period opened.
create table feed_comment_period (
    proposal_id varchar(32)   not null,
    opened_at   timestamp with time zone not null,
    detail      varchar(4000),
    primary key (proposal_id, opened_at)
);
insert into feed_comment_period (proposal_id, opened_at, detail)
    select proposal_id, max(at), max(detail) from proposal_event where action = 'COMMENT_PERIOD_OPENED'
    group by proposal_id;

-- Which node resubmits incomplete event publications (EventRecovery): one at a time, by a lease that expires.
create table event_recovery_lease (
    id         int          not null primary key,
    holder     varchar(64),
    expires_at timestamp with time zone not null
);
insert into event_recovery_lease (id, holder, expires_at) values (1, null, timestamp '2000-01-01 00:00:00');

-- Spring Modulith's event publication registry (spring-modulith-events-jdbc): every typed domain event with each
-- listener that must still handle it, written in the transaction that published the event, completed when the
-- listener's own transaction commits. Spring Modulith's H2 schema, with room for longer events.
create table event_publication (
    id               uuid not null primary key,
    completion_date  timestamp(9) with time zone,
    event_type       varchar(512) not null,
    listener_id      varchar(512) not null,
    publication_date timestamp(9) with time zone not null,
    serialized_event varchar(100000) not null
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

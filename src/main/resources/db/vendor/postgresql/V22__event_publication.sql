-- Spring Modulith's event publication registry (spring-modulith-events-jdbc): every typed domain event with each
-- listener that must still handle it, written in the transaction that published the event, completed when the
-- listener's own transaction commits. Spring Modulith's PostgreSQL schema.
create table event_publication (
    id               uuid not null primary key,
    listener_id      text not null,
    event_type       text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

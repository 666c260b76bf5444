-- Application sessions (Spring Session JDBC), so that a restart or a second node does not sign everyone out.
-- Spring Session's own schema (spring-session-jdbc 3.5, schema-h2.sql and schema-postgresql.sql), which differ only in
-- the attribute column's type: H2's LONGVARBINARY is unknown to PostgreSQL, and BYTEA, PostgreSQL's type, is also a
-- name of H2's BINARY VARYING, so one script serves both. Spring Session's own initializer stays off
-- (spring.session.jdbc.initialize-schema: never): Flyway owns every table but Camunda's on H2.
-- Runs unchanged on H2 (embedded default) and PostgreSQL (production).

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

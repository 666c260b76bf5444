-- Several nodes on one database (README, "Several nodes"). Runs unchanged on H2 and PostgreSQL.

-- Rendered files (PDF, HTML) by SHA-256: the database is their truth, so every node serves them and pg_dump carries
-- them; each node's artifacts folder is only a cache filled from here.
create table artifact (
    sha256     varchar(64) not null primary key,
    byte_size  bigint      not null,
    content    bytea       not null,
    stored_at  timestamp   not null
);

-- One number, raised in the same transaction as every change of the catalog (publication, withdrawal): nodes that
-- keep something derived from the catalog (a search index) poll it and rebuild when it moved.
create table catalog_change (
    id        int    not null primary key,
    sequence  bigint not null
);
insert into catalog_change (id, sequence) values (1, 0);

-- Rows locked (select ... for update) by work that must run on one node at a time across the cluster. A node that
-- dies holding one loses its connection, and the database releases the lock.
create table cluster_lock (
    name varchar(64) not null primary key
);
insert into cluster_lock (name) values ('publication');

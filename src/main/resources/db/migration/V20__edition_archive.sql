-- Archival editions (issue 20): how each edition's PDF was made and signed, for the verification page and command.
-- Editions published before have no row: their files keep their bytes, and only detached signatures of their checksums
-- are offered beside them. Runs unchanged on H2 and PostgreSQL.
create table edition_archive (
    slug               varchar(64)  not null,
    edition_key        varchar(16)  not null,
    renderer_version   varchar(500) not null,   -- what rendered it: application and library versions
    pdf_level          varchar(16)  not null,   -- the PDF/A level veraPDF confirmed, e.g. PDF/A-2u
    unsigned_pdf_size  bigint       not null,   -- bytes of the unsigned PDF/A file at the start of the signed one
    unsigned_pdf_sha256 varchar(64) not null,   -- and their SHA-256: what a re-render from the tag gives
    signed_at          timestamp    not null,   -- the signature's time: the edition tag's
    certificate_sha256 varchar(64)  not null,   -- the signing certificate
    pgp_fingerprint    varchar(64)  not null,   -- the same key as OpenPGP key (the tag's signer)
    primary key (slug, edition_key),
    foreign key (slug, edition_key) references edition (slug, edition_key)
);

-- The 征求意见稿 as the committee circulated it: one per commit sent out for comments, rendered as the draft it was
-- (stage, date, open year) to PDF, with its 编制说明; the files are in the artifact store (by SHA-256), so every node
-- serves them and a backup carries them.
create table comment_draft (
    proposal_id  varchar(32)  not null,
    revision     varchar(40)  not null,
    stage_date   date         not null,              -- 本稿完成日期 printed on its cover
    pdf_sha256   varchar(64)  not null,
    pdf_size     bigint       not null,
    note_sha256  varchar(64),                        -- the 编制说明 as PDF
    note_size    bigint,
    created_at   timestamp    not null,
    primary key (proposal_id, revision)
);

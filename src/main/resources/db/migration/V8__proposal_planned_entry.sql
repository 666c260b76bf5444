-- A proposal for a new standard can name the planned (待制定) entry of the 标准体系表 it fills, by that entry's
-- 体系编号 (for example 4-02). Null for revisions and for proposals outside the 体系表.
alter table proposal add column planned_entry varchar(32);

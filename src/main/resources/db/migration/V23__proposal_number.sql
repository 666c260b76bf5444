-- Proposal ids (P<year>-<number>) take their number from this sequence instead of counting rows: two proposals
-- submitted at the same moment, on one node or two, never get the same id. Numbers already used by an earlier
-- release are skipped by the application (it takes the next number while the id exists).
create sequence proposal_number start with 1;

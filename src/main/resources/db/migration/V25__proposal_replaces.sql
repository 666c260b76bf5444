-- What an approved edition replaces, fixed by the record's rule when the chair approved it (catalog.Succession):
-- the number of the edition, '' when it replaces none, null for proposals approved before this was kept (publication
-- then takes it from the catalog).
alter table proposal add column replaces_edition varchar(64);

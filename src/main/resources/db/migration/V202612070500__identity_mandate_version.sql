-- Optimistic locking for mandates: two administrators approving and revoking the same mandate at
-- once no longer overwrite each other; the second one is told the mandate changed.
alter table mandate add column version integer not null default 0;

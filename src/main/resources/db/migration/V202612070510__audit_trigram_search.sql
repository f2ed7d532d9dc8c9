-- The auditor's search matches any part of an action or a target, case-insensitively
-- (lower(x) like '%...%'): trigram indexes answer it without reading the whole trail.
-- pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index audit_record_action_trgm on audit_record using gin (lower(action) gin_trgm_ops);
create index audit_record_target_trgm on audit_record using gin (lower(target) gin_trgm_ops);

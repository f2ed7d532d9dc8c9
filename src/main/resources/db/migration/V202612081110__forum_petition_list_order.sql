-- The petition list is paged by keyset (issue 14): newest first uses petition_public_idx
-- (status, published_at desc, id desc); most supported first needs the same for the count.
create index petition_supported_idx on petition (status, support_count desc, id desc);

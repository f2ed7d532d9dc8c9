-- One resident identity verifies at most one account (issue 10, item 1).
--
-- resident_identity: one row per resident the portal has verified. identity_hash is
-- HMAC-SHA-256(MADANG_RESIDENT_ID_KEY, resident registration number), hex; the number itself is
-- never stored. resident_key is what other contexts key "once only" on (polls, budgets, voter
-- rolls, petitions): a random UUID, so a leaked participation table says nothing about numbers,
-- and it survives a change of the server key. account_id is the one account the identity
-- verifies now; null once released (the account was closed or lowered by an administrator), so
-- that the next account verified with the same number gets the same resident key back.
create table resident_identity (
    resident_key   uuid         primary key,
    identity_hash  varchar(64)  unique,
    account_id     bigint       unique references account (id),
    bound_at       timestamptz  not null,
    version        integer      not null default 0
);

-- Accounts verified before identity keys existed: each keeps its rights under a resident key of
-- its own. Their identity hash is unknown (null) until the holder confirms the number once more.
insert into resident_identity (resident_key, identity_hash, account_id, bound_at)
select gen_random_uuid(), null, a.id, coalesce(a.verified_at, a.created_at)
from account a where a.verification = 'VERIFIED_RESIDENT';

-- Existing duplicates, found once by this migration and listed for an ADMIN at
-- /admin/duplicates.xhtml: verified accounts with the same registry identity. The registry match
-- was name + birth date + region + number, and the number was never kept, so accounts that share
-- the first three are the candidates.
create table resident_duplicate (
    group_no    integer      not null,
    account_id  bigint       not null references account (id),
    found_at    timestamptz  not null default now(),
    primary key (group_no, account_id)
);
insert into resident_duplicate (group_no, account_id)
select dense_rank() over (order by lower(btrim(a.name)), a.birth_date, a.region), a.id
from account a
where a.verification = 'VERIFIED_RESIDENT'
  and (lower(btrim(a.name)), a.birth_date, a.region) in (
      select lower(btrim(name)), birth_date, region from account where verification = 'VERIFIED_RESIDENT'
      group by lower(btrim(name)), birth_date, region having count(*) > 1);

-- Verification attempts, for the limits (5 a day per account and per claimed identity) and the
-- record. claim_hash is an HMAC of the name, birth date and region the account claims; no number.
create table verification_attempt (
    id            bigserial    primary key,
    account_id    bigint       not null references account (id),
    claim_hash    varchar(64)  not null,
    attempted_at  timestamptz  not null,
    outcome       varchar(30)  not null
);
create index verification_attempt_account_idx on verification_attempt (account_id, attempted_at);
create index verification_attempt_claim_idx on verification_attempt (claim_hash, attempted_at);

-- Polls and budgets: once per resident, not per account. account_id stays (the person's own
-- "my polls" and "download my data"); the primary key moves to the resident.
alter table poll_participation add column resident_key uuid;
update poll_participation p set resident_key = r.resident_key
from resident_identity r where r.account_id = p.account_id;
-- participants who are no longer verified: a key of their own, bound to nobody
create temporary table legacy_participant as
select s.account_id, gen_random_uuid() as resident_key
from (select distinct account_id from poll_participation where resident_key is null) s;
insert into resident_identity (resident_key, identity_hash, account_id, bound_at)
select resident_key, null, null, now() from legacy_participant;
update poll_participation p set resident_key = l.resident_key
from legacy_participant l where l.account_id = p.account_id and p.resident_key is null;
drop table legacy_participant;
alter table poll_participation alter column resident_key set not null;
alter table poll_participation drop constraint poll_participation_pkey;
alter table poll_participation add primary key (poll_id, resident_key);
create index poll_participation_account_idx on poll_participation (account_id);

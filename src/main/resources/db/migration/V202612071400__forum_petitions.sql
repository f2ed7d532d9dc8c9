-- E-petitions (issue 14): a verified resident drafts, five other residents sponsor it through a
-- private link, it runs for 30 days, verified residents support it once each, and reaching the
-- agency's threshold obliges the agency to answer publicly within its deadline.

-- Per agency: supports that oblige an answer, and days to give it. Agencies without a row use
-- MADANG_PETITION_ANSWER_THRESHOLD / MADANG_PETITION_ANSWER_DAYS.
create table petition_agency_rule (
    agency_code       varchar(20)  primary key,
    answer_threshold  integer      not null check (answer_threshold between 1 and 10000000),
    answer_days       integer      not null check (answer_days between 1 and 365),
    updated_at        timestamptz  not null
);

-- The threshold and the answer days are copied in at publication, so a later change of the
-- agency's rule never moves the goalposts of a running petition. support_count is kept exact in
-- the transaction of each support or withdrawal (the petition row is locked for it); the rows of
-- petition_support are the truth it can be checked against.
create table petition (
    id                    bigserial     primary key,
    title                 varchar(150)  not null,
    body                  varchar(6000) not null,
    category              varchar(30)   not null,
    agency_code           varchar(20)   not null,
    author_account_id     bigint,
    author_resident_key   uuid          not null,
    sponsor_token         varchar(64)   not null unique,
    status                varchar(20)   not null,
    created_at            timestamptz   not null,
    sponsor_count         integer       not null default 0,
    published_at          timestamptz,
    closes_at             timestamptz,
    answer_threshold      integer,
    answer_days           integer,
    support_count         integer       not null default 0 check (support_count >= 0),
    threshold_reached_at  timestamptz,
    answer_due_at         timestamptz,
    answer_text           varchar(6000),
    answered_at           timestamptz,
    answered_by           bigint,
    answered_department   bigint,
    outcome               varchar(20),
    outcome_reason        varchar(6000),
    decided_at            timestamptz,
    done_at               timestamptz
);
create index petition_public_idx on petition (status, published_at desc, id desc);
create index petition_agency_due_idx on petition (agency_code, answer_due_at) where threshold_reached_at is not null;
create index petition_author_idx on petition (author_account_id);

-- "Once per resident": the primary key is the petition and identity's resident key (whatever
-- account the resident uses). The account is kept for the person's own lists and notices; it is
-- null when there is none any more (an erased account's support still counts), and in the demo
-- data for residents outside the demo accounts. The same holds for a petition's author.
create table petition_sponsor (
    petition_id   bigint       not null references petition (id),
    resident_key  uuid         not null,
    account_id    bigint,
    region        varchar(20)  not null,
    sponsored_at  timestamptz  not null,
    primary key (petition_id, resident_key)
);
create index petition_sponsor_account_idx on petition_sponsor (account_id);

-- A withdrawn support is deleted; supporting again inserts a new row. Region only (never a
-- name) is what the public page shows of supporters.
create table petition_support (
    petition_id   bigint       not null references petition (id),
    resident_key  uuid         not null,
    account_id    bigint,
    region        varchar(20)  not null,
    supported_at  timestamptz  not null,
    primary key (petition_id, resident_key)
);
create index petition_support_account_idx on petition_support (account_id);

-- What an accepted petition led to, step by step, until the agency marks it done.
create table petition_milestone (
    id            bigserial     primary key,
    petition_id   bigint        not null references petition (id),
    text          varchar(2000) not null,
    recorded_at   timestamptz   not null,
    recorded_by   bigint        not null
);
create index petition_milestone_petition_idx on petition_milestone (petition_id, recorded_at);

-- Accounts and sessions (issue 10, item 5).

-- Raised by every password change (and closure): a session signed in under an older value is
-- ended on its next request, so changing the password ends the person's other sessions.
alter table account add column session_epoch integer not null default 0;

-- The hashes of the passwords an account used before its current one (the last two are kept):
-- the last three passwords cannot be chosen again.
create table password_history (
    id             bigserial     primary key,
    account_id     bigint        not null references account (id),
    password_hash  varchar(400)  not null,
    replaced_at    timestamptz   not null
);
create index password_history_account_idx on password_history (account_id, replaced_at desc);

-- Failed sign-ins by source address, for growing delays per address (held in the database, so
-- they hold across several servers). Kept one day; account_id is null for unknown e-mails.
create table sign_in_failure (
    id          bigserial    primary key,
    address     varchar(64)  not null,
    account_id  bigint       references account (id),
    failed_at   timestamptz  not null
);
create index sign_in_failure_address_idx on sign_in_failure (address, failed_at);
create index sign_in_failure_account_idx on sign_in_failure (account_id, address, failed_at);
create index sign_in_failure_time_idx on sign_in_failure (failed_at);

-- API tokens a business representative issues from their account page (signed JWTs; only the
-- token id is stored, so a revoked or expired one stops working at once), and the Idempotency-Key
-- register of the filing API: a retried POST with the same key files once.
create table api_token (
    id          bigserial primary key,
    version     integer      not null default 0,
    jti         varchar(40)  not null unique,
    account_id  bigint       not null references account (id),
    name        varchar(100) not null,
    scopes      varchar(300) not null,
    issued_at   timestamptz  not null,
    expires_at  timestamptz  not null,
    revoked_at  timestamptz,
    check (expires_at > issued_at)
);
create index api_token_account_idx on api_token (account_id, issued_at);

create table api_idempotency (
    account_id   bigint       not null references account (id),
    idem_key     varchar(100) not null,
    request_hash varchar(64)  not null,
    kind         varchar(20)  not null check (kind in ('APPLICATION', 'BUNDLE')),
    reference    varchar(20)  not null,
    created_at   timestamptz  not null,
    primary key (account_id, idem_key)
);

-- Audit trail: one row per state-changing call (and sign-in attempt), hash-chained, append-only.
-- hash = SHA-256(previous_hash || '\n' || canonical content), see org.madang.platform.integrity.HashChain
-- and org.madang.audit.domain.AuditRecord#canonical.

create table audit_record (
    sequence      bigint        primary key check (sequence > 0),
    occurred_at   timestamptz   not null,
    actor         varchar(320)  not null,
    actor_role    varchar(40)   not null,
    action        varchar(200)  not null,
    target        varchar(1000) not null,
    outcome       varchar(1000) not null,
    -- unique: two records naming the same predecessor would fork the chain
    previous_hash varchar(64)   not null unique check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          varchar(64)   not null unique check (hash ~ '^[0-9a-f]{64}$')
);
create index audit_record_occurred_idx on audit_record (occurred_at);
create index audit_record_actor_idx on audit_record (actor, sequence);

-- The end of the chain. Every append locks this row (SELECT ... FOR UPDATE) so that appends are
-- serialised, and verification compares the end of its walk with it (a cut-off tail shows).
create table audit_chain_head (
    id            integer     primary key check (id = 1),
    last_sequence bigint      not null check (last_sequence >= 0),
    last_hash     varchar(64) not null check (last_hash ~ '^[0-9a-f]{64}$')
);
insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, repeat('0', 64));

create function audit_record_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op
        using errcode = '55000', hint = 'Audit records can be added, never changed or removed.';
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_refuse_change();
create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_refuse_change();

-- The head only ever moves forward and is never removed.
create function audit_chain_head_forward_only() returns trigger language plpgsql as $$
begin
    -- nested: NEW and OLD do not exist for DELETE and TRUNCATE
    if tg_op = 'UPDATE' then
        if new.id = old.id and new.last_sequence > old.last_sequence then
            return new;
        end if;
    end if;
    raise exception 'audit_chain_head only moves forward: % refused', tg_op
        using errcode = '55000';
end;
$$;

create trigger audit_chain_head_guard
    before update or delete on audit_chain_head
    for each row execute function audit_chain_head_forward_only();
create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_chain_head_forward_only();

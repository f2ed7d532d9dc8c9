-- Personal-data access log: every read of a citizen's personal data by someone else, hash-chained
-- and append-only like the audit trail (see org.madang.privacy.domain.AccessLogEntry#canonical).
-- No foreign key to account: the log belongs to privacy, and must outlive any change to identity.

create table personal_data_access (
    sequence            bigint        primary key check (sequence > 0),
    occurred_at         timestamptz   not null,
    subject_account_id  bigint        not null,
    actor               varchar(320)  not null,
    actor_name          varchar(200)  not null,
    actor_role          varchar(40)   not null,
    actor_department_id bigint,
    fields              varchar(2000) not null,
    purpose_key         varchar(200)  not null,
    purpose_reference   varchar(500),
    -- unique: two entries naming the same predecessor would fork the chain
    previous_hash       varchar(64)   not null unique check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash                varchar(64)   not null unique check (hash ~ '^[0-9a-f]{64}$')
);
create index personal_data_access_subject_idx on personal_data_access (subject_account_id, sequence);
create index personal_data_access_actor_idx on personal_data_access (actor, sequence);
create index personal_data_access_occurred_idx on personal_data_access (occurred_at);

-- The end of the chain: locked by every append (serialises them), checked by verification.
create table personal_data_access_head (
    id            integer     primary key check (id = 1),
    last_sequence bigint      not null check (last_sequence >= 0),
    last_hash     varchar(64) not null check (last_hash ~ '^[0-9a-f]{64}$')
);
insert into personal_data_access_head (id, last_sequence, last_hash) values (1, 0, repeat('0', 64));

create function personal_data_access_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'personal_data_access is append-only: % refused', tg_op
        using errcode = '55000', hint = 'Access-log entries can be added, never changed or removed.';
end;
$$;

create trigger personal_data_access_append_only
    before update or delete on personal_data_access
    for each row execute function personal_data_access_refuse_change();
create trigger personal_data_access_no_truncate
    before truncate on personal_data_access
    for each statement execute function personal_data_access_refuse_change();

create function personal_data_access_head_forward_only() returns trigger language plpgsql as $$
begin
    -- nested: NEW and OLD do not exist for DELETE and TRUNCATE
    if tg_op = 'UPDATE' then
        if new.id = old.id and new.last_sequence > old.last_sequence then
            return new;
        end if;
    end if;
    raise exception 'personal_data_access_head only moves forward: % refused', tg_op
        using errcode = '55000';
end;
$$;

create trigger personal_data_access_head_guard
    before update or delete on personal_data_access_head
    for each row execute function personal_data_access_head_forward_only();
create trigger personal_data_access_head_no_truncate
    before truncate on personal_data_access_head
    for each statement execute function personal_data_access_head_forward_only();

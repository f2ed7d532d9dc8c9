-- Identity: agencies and departments, accounts and roles, resident registry, businesses and mandates.

create table agency (
    id          bigserial primary key,
    code        varchar(20)  not null unique,
    name_ko     varchar(200) not null,
    name_en     varchar(200) not null,
    kind        varchar(30)  not null,
    created_at  timestamptz  not null default now()
);

create table department (
    id          bigserial primary key,
    agency_id   bigint       not null references agency (id),
    code        varchar(30)  not null,
    name_ko     varchar(200) not null,
    name_en     varchar(200) not null,
    created_at  timestamptz  not null default now(),
    unique (agency_id, code)
);

create table account (
    id                       bigserial primary key,
    email                    varchar(254) not null unique,
    name                     varchar(100) not null,
    password_hash            varchar(400) not null,
    birth_date               date         not null,
    region                   varchar(20)  not null,
    language                 varchar(2)   not null default 'ko',
    verification             varchar(30)  not null default 'BASIC',
    verified_at              timestamptz,
    failed_sign_ins          integer      not null default 0,
    locked_until             timestamptz,
    department_id            bigint references department (id),
    supervised_department_id bigint references department (id),
    status                   varchar(20)  not null default 'ACTIVE',
    created_at               timestamptz  not null,
    password_changed_at      timestamptz  not null,
    version                  integer      not null default 0
);
create index account_department_idx on account (department_id);

create table account_role (
    account_id bigint      not null references account (id),
    role       varchar(30) not null,
    primary key (account_id, role)
);

create table verification_change (
    id          bigserial primary key,
    account_id  bigint       not null references account (id),
    from_level  varchar(30)  not null,
    to_level    varchar(30)  not null,
    reason      varchar(1000) not null,
    changed_by  varchar(40)  not null,
    changed_at  timestamptz  not null
);
create index verification_change_account_idx on verification_change (account_id);

-- The resident registry adapter's own table: a national identifier is only ever stored as a
-- salted SHA-256, never in clear.
create table resident (
    id            bigserial primary key,
    name          varchar(100) not null,
    birth_date    date         not null,
    region        varchar(20)  not null,
    id_salt       varchar(64)  not null,
    id_hash       varchar(64)  not null
);
create index resident_name_birth_idx on resident (name, birth_date);

create table business (
    id                  bigserial primary key,
    registration_number char(10)     not null unique,
    name                varchar(200) not null,
    address             varchar(300),
    created_at          timestamptz  not null
);

create table mandate (
    id           bigserial primary key,
    business_id  bigint       not null references business (id),
    account_id   bigint       not null references account (id),
    status       varchar(20)  not null,
    requested_at timestamptz  not null,
    decided_at   timestamptz,
    decided_by   varchar(40),
    decision_note varchar(1000)
);
create index mandate_account_idx on mandate (account_id);
create unique index mandate_one_live_per_pair on mandate (business_id, account_id) where status in ('REQUESTED', 'APPROVED');

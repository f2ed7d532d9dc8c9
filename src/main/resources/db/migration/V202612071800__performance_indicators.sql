-- Performance indicators (issue 16), kept up to date in the transaction that changes an
-- application, never recomputed per page view. performance_case holds each application's last
-- counted facts (so a change can take its old contribution away); performance_month and
-- performance_month_time are the monthly sums the dashboard reads. No person in any of them.

create table performance_case (
    application_id       bigint      primary key,
    service_id           bigint      not null,
    department_id        bigint      not null,
    stage                varchar(10) not null check (stage in ('DRAFT', 'OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    started_at           timestamptz not null,
    received_at          timestamptz,
    ended_at             timestamptz,
    due_at               timestamptz,
    paused_at            timestamptz,
    counts_in_days       boolean     not null,
    units_taken          integer     check (units_taken >= 0),
    on_time              boolean,
    extended             boolean     not null,
    supplement_requested boolean     not null
);
-- backlog and overdue "now": only the open cases are read
create index performance_case_open_idx on performance_case (service_id, department_id, due_at) where stage = 'OPEN';

create table performance_month (
    month         date    not null check (extract(day from month) = 1),
    service_id    bigint  not null,
    department_id bigint  not null,
    started       bigint  not null default 0,
    submitted     bigint  not null default 0,
    received      bigint  not null default 0,
    approved      bigint  not null default 0,
    rejected      bigint  not null default 0,
    withdrawn     bigint  not null default 0,
    on_time       bigint  not null default 0,
    extended      bigint  not null default 0,
    supplemented  bigint  not null default 0,
    primary key (month, service_id, department_id)
);

-- processing times of the cases decided in the month: how many took so many days (or working hours)
create table performance_month_time (
    month         date    not null,
    service_id    bigint  not null,
    department_id bigint  not null,
    in_days       boolean not null,
    units         integer not null check (units >= 0),
    cases         bigint  not null default 0,
    primary key (month, service_id, department_id, in_days, units)
);

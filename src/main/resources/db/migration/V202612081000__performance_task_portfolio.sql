-- The e-government task portfolio (#16): tasks, their plan versions (frozen once approved),
-- indicators declared in advance with a target per year, and the committee's yearly evaluations.
create table portfolio_task (
    id          bigserial primary key,
    type        varchar(30)   not null,
    lead_agency varchar(40)   not null,
    proposed_by bigint,
    created_at  timestamptz   not null,
    -- the latest version's title and goals, for the overlap check's index
    title       varchar(300)  not null,
    goals       varchar(4000) not null,
    version     bigint        not null default 0
);
create index portfolio_task_type on portfolio_task (type);

create table task_plan (
    id          bigserial primary key,
    task_id     bigint        not null references portfolio_task (id),
    number      int           not null,
    status      varchar(20)   not null,
    title       varchar(300)  not null,
    title_en    varchar(300),
    goals       varchar(4000) not null,
    official    varchar(100)  not null,
    first_year  int           not null,
    last_year   int           not null,
    reason      varchar(2000),
    difference  varchar(2000),
    similar_ids varchar(500),
    proposed_at timestamptz   not null,
    approved_at timestamptz,
    unique (task_id, number),
    check (last_year >= first_year)
);
-- one version awaiting approval at most (two proposals sent at once: the second fails)
create unique index task_plan_one_pending on task_plan (task_id) where status = 'PROPOSED';

create table task_plan_partner (
    plan_id     bigint      not null references task_plan (id),
    agency_code varchar(40) not null,
    primary key (plan_id, agency_code)
);
create table task_plan_budget (
    plan_id bigint         not null references task_plan (id),
    year    int            not null,
    amount  numeric(16, 0) not null check (amount >= 0),
    primary key (plan_id, year)
);
create table task_plan_milestone (
    plan_id  bigint       not null references task_plan (id),
    position int          not null,
    due      date         not null,
    label    varchar(300) not null,
    primary key (plan_id, position)
);

create table task_indicator (
    id           bigserial primary key,
    plan_id      bigint         not null references task_plan (id),
    position     int,
    name         varchar(300)   not null,
    unit         varchar(40)    not null,
    baseline     numeric(16, 2) not null,
    weight       int            not null check (weight between 1 and 100),
    method       varchar(1000)  not null,
    measure      varchar(30),
    service_code varchar(60),
    agency_code  varchar(40)
);
create index task_indicator_plan on task_indicator (plan_id);
create table task_indicator_target (
    indicator_id bigint         not null references task_indicator (id),
    year         int            not null,
    target       numeric(16, 2) not null,
    primary key (indicator_id, year)
);

create table task_evaluation (
    id             bigserial primary key,
    task_id        bigint        not null references portfolio_task (id),
    year           int           not null,
    plan_number    int           not null,
    official       varchar(100)  not null,
    score          numeric(5, 1) not null,
    recommendation varchar(20)   not null,
    note           varchar(2000),
    evaluated_at   timestamptz   not null,
    unique (task_id, year)
);
create table task_evaluation_result (
    evaluation_id bigint         not null references task_evaluation (id),
    position      int            not null,
    target        numeric(16, 2) not null,
    actual        numeric(16, 2),
    evidence      varchar(1000),
    score         numeric(5, 1)  not null,
    primary key (evaluation_id, position)
);

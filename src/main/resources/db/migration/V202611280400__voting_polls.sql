-- Opinion polls and participatory budgets (not secret ballots, but tamper-evident).
-- Who took part (poll_participation) and what was chosen (poll_ballot) live in separate tables
-- with nothing in common but the poll: no account beside a choice, no time or serial order that
-- would let one be matched to the other. The public receipt list (poll_receipt) is a hash chain.

create table poll (
    id              bigserial    primary key,
    kind            varchar(10)  not null,             -- POLL or BUDGET
    title_ko        varchar(200) not null,
    title_en        varchar(200) not null,
    description_ko  varchar(4000) not null,
    description_en  varchar(4000) not null,
    region          varchar(20),                       -- identity's Region name; null = any region
    min_age         integer,                           -- age reached on the closing day; null = any age
    opens_at        timestamptz  not null,
    closes_at       timestamptz  not null,
    status          varchar(10)  not null,             -- DRAFT, OPEN, CLOSED
    closed_at       timestamptz,
    multiple        boolean,                           -- polls: several answers allowed
    max_choices     integer,                           -- polls: at most this many; budgets (APPROVAL): projects
    budget_mode     varchar(10),                       -- budgets: KNAPSACK or APPROVAL
    budget_krw      bigint,                            -- budgets: total money to allocate, in won
    receipt_count   integer      not null default 0,
    chain_head      char(64)     not null,
    created_by      varchar(40)  not null,
    created_at      timestamptz  not null,
    version         integer      not null default 0,
    check (kind in ('POLL', 'BUDGET')),
    check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    check (closes_at > opens_at),
    check (kind <> 'BUDGET' or (budget_krw > 0 and budget_mode in ('KNAPSACK', 'APPROVAL')))
);
create index poll_status_idx on poll (status, closes_at);

-- An answer of a poll or a project of a budget (with its cost). votes/funded are null until closing.
create table poll_option (
    id              bigserial    primary key,
    poll_id         bigint       not null references poll (id),
    position        integer      not null,
    label_ko        varchar(200) not null,
    label_en        varchar(200) not null,
    description_ko  varchar(1000),
    description_en  varchar(1000),
    cost_krw        bigint,
    votes           integer,
    funded          boolean,
    unique (poll_id, position),
    check (cost_krw is null or cost_krw > 0)
);

-- One row per person who took part: the unique key is the "once only" rule. No choice, no time.
create table poll_participation (
    poll_id     bigint not null references poll (id),
    account_id  bigint not null references account (id),
    primary key (poll_id, account_id)
);

-- One row per participation's choices: a random id (so row ids carry no order), no account, no time.
create table poll_ballot (
    id       uuid         primary key,
    poll_id  bigint       not null references poll (id),
    choices  varchar(1000) not null                    -- the chosen option ids, ascending, comma-separated
);
create index poll_ballot_poll_idx on poll_ballot (poll_id);

-- The public receipt list: hash = SHA-256(previous hash || receipt code || choice digest).
create table poll_receipt (
    poll_id        bigint      not null references poll (id),
    sequence       integer     not null,
    code           varchar(20) not null unique,
    choice_digest  char(64)    not null,
    previous_hash  char(64)    not null,
    hash           char(64)    not null,
    primary key (poll_id, sequence)
);

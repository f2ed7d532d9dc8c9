-- Information-disclosure requests (정보공개 청구, issue 13). Dates are calendar dates in Korea:
-- the Act counts in days (see DisclosureCalendar for the rule). Departments and accounts are the
-- identity context's; no foreign keys across contexts.

create table disclosure_request (
    id                      bigserial     primary key,
    version                 integer       not null default 0,
    number                  varchar(20)   not null unique,   -- DR-yyyyMMdd-NNNNNN-C
    requester_id            bigint        not null,
    requester_name          varchar(100)  not null,
    business_id             bigint,
    subject                 varchar(300)  not null,
    description             varchar(4000) not null,
    wanted_form             varchar(20)   not null check (wanted_form in ('COPY', 'ELECTRONIC_FILE', 'INSPECTION')),
    delivery                varchar(10)   not null check (delivery in ('PORTAL', 'EMAIL', 'POST')),
    fee_waiver_reason       varchar(4000),
    subject_private         boolean       not null default false,
    department_id           bigint        not null,
    assignee_id             bigint,
    assignee_name           varchar(100),
    status                  varchar(30)   not null
        check (status in ('RECEIVED', 'UNDER_REVIEW', 'AWAITING_CLARIFICATION', 'DECIDED')),
    received_at             timestamptz   not null,
    received_on             date          not null,
    stopped_days            integer       not null default 0 check (stopped_days >= 0),
    clarification_asked_on  date,
    extended                boolean       not null default false,
    due_on                  date          not null,
    overdue_on              date          not null,
    overdue_since           date,
    decision                varchar(20)   check (decision in ('DISCLOSURE', 'PARTIAL_DISCLOSURE', 'NON_DISCLOSURE', 'NOT_HELD')),
    decided_on              date,
    decided_late            boolean,
    decision_text           varchar(4000),
    objection_deadline      date,
    objection_filed_on      date,
    objection_reason        varchar(4000),
    objection_due_on        date,
    objection_extended      boolean,
    objection_outcome       varchar(20)   check (objection_outcome in ('UPHELD', 'PARTLY_UPHELD', 'DISMISSED')),
    objection_decided_on    date,
    objection_decision_text varchar(4000),
    updated_at              timestamptz   not null,
    check ((status = 'DECIDED') = (decision is not null)),
    check (decision is null or decided_on is not null),
    check (objection_outcome is null or objection_decided_on is not null)
);
-- the department's queue, most urgent first; the sweep's search for undecided requests past their day
create index disclosure_request_queue_idx on disclosure_request (department_id, status, due_on, id);
create index disclosure_request_overdue_idx on disclosure_request (overdue_on) where status <> 'DECIDED' and overdue_since is null;
create index disclosure_request_requester_idx on disclosure_request (requester_id, received_at desc);
create index disclosure_request_log_idx on disclosure_request (received_at desc, id desc);

-- art. 9(1) grounds of a partial or non-disclosure decision (1..8)
create table disclosure_request_ground (
    request_id bigint  not null references disclosure_request (id),
    ground     integer not null check (ground between 1 and 8),
    primary key (request_id, ground)
);

-- the timeline; the agency's notes are the correspondence shown in the public log
create table disclosure_request_step (
    id            bigserial     primary key,
    request_id    bigint        not null references disclosure_request (id),
    kind          varchar(30)   not null,
    at            timestamptz   not null,
    department_id bigint        not null,
    officer_name  varchar(100),
    note          varchar(4000),
    due_on        date
);
create index disclosure_request_step_request_idx on disclosure_request_step (request_id, id);

-- receipt numbers counted per day in Korea (an upsert takes the next one)
create table disclosure_request_counter (
    day        date    primary key,
    last_value integer not null check (last_value between 1 and 999999)
);

-- the public log calls a requester "requester #N": one stable number per account, nothing else
create table disclosure_requester (
    account_id bigint  primary key,
    pseudonym  bigserial unique
);

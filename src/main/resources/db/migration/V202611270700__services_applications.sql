-- Applications (민원 신청): the aggregate, its answers, attachments (metadata only: the bytes live in
-- the file store outside the web root), timeline steps, internal notes, fee payments, and the
-- per-day counter that numbers receipts.

create table application (
    id                bigserial primary key,
    version           integer       not null default 0,
    draft_key         varchar(20)   not null unique,
    number            varchar(17)   unique check (number ~ '^[0-9]{8}-[0-9]{6}-[0-9]$'),
    service_id        bigint        not null references civil_service (id),
    applicant_id      bigint        not null references account (id),
    applicant_name    varchar(100)  not null,
    business_id       bigint references business (id),
    status            varchar(30)   not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
                          'AWAITING_SUPPLEMENT', 'TRANSFERRED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    -- identity's department; a foreign key, because a case routed nowhere would be lost
    department_id     bigint references department (id),
    assignee_id       bigint references account (id),
    assignee_name     varchar(100),
    fee               numeric(12, 0) check (fee >= 0),
    payment_reference varchar(20),
    -- the processing clock (ProcessingDeadline); the period as it was at receipt
    period_unit       varchar(10) check (period_unit in ('IMMEDIATE', 'HOURS', 'DAYS')),
    period_amount     integer,
    received_at       timestamptz,
    due_at            timestamptz,
    paused_at         timestamptz,
    paused_minutes    bigint        not null default 0,
    extended_by       integer,
    extension_reason  varchar(2000),
    delay_reason      varchar(2000),
    delayed_at        timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    decided_at        timestamptz,
    check (status = 'DRAFT' or status = 'WITHDRAWN' or (number is not null and due_at is not null))
);
-- the department queue: open cases by due date
create index application_queue_idx on application (department_id, status, due_at);
create index application_applicant_idx on application (applicant_id, created_at);

create table application_answer (
    application_id bigint        not null references application (id) on delete cascade,
    field_key      varchar(60)   not null,
    answer         varchar(4000) not null,
    primary key (application_id, field_key)
);

create table application_attachment (
    id             bigserial primary key,
    application_id bigint       not null references application (id) on delete cascade,
    field_key      varchar(60)  not null,
    purpose        varchar(20)  not null check (purpose in ('FORM', 'SUPPLEMENT')),
    file_name      varchar(200) not null,
    media_type     varchar(10)  not null check (media_type in ('PDF', 'JPEG', 'PNG')),
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    storage_key    varchar(80)  not null unique,
    uploaded_by    bigint       not null,
    uploaded_at    timestamptz  not null
);
create index application_attachment_application_idx on application_attachment (application_id);

create table application_step (
    id             bigserial primary key,
    application_id bigint        not null references application (id) on delete cascade,
    at             timestamptz   not null,
    kind           varchar(30)   not null,
    status_after   varchar(30)   not null,
    department_id  bigint,
    actor_id       bigint,
    actor_name     varchar(100),
    public_note    varchar(2000),
    ground_key     varchar(60),
    ground_ko      varchar(500),
    ground_en      varchar(500),
    due_at         timestamptz
);
create index application_step_application_idx on application_step (application_id, id);

-- internal notes: read by the department only, never shown to the citizen
create table application_note (
    id             bigserial primary key,
    application_id bigint        not null references application (id) on delete cascade,
    at             timestamptz   not null,
    author_id      bigint        not null,
    author_name    varchar(100)  not null,
    text           varchar(4000) not null
);
create index application_note_application_idx on application_note (application_id, id);

-- the built-in payment gateway (virtual account / counter): one order per fee-bearing application
create table application_payment (
    id                 bigserial primary key,
    version            integer        not null default 0,
    reference          varchar(20)    not null unique,
    application_number varchar(17)    not null unique,
    amount             numeric(12, 0) not null check (amount > 0),
    issued_at          timestamptz    not null,
    paid_amount        numeric(12, 0),
    paid_on            date,
    receipt            varchar(60),
    recorded_by        bigint,
    recorded_by_name   varchar(100),
    recorded_at        timestamptz,
    check ((recorded_at is null) = (paid_amount is null))
);

-- receipt numbers: yyyyMMdd-NNNNNN-C, NNNNNN counted per day in Korea (an upsert takes the next one)
create table application_receipt_counter (
    day        date    primary key,
    last_value integer not null check (last_value between 1 and 999999)
);

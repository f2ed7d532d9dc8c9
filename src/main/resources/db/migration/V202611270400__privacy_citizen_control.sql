-- Citizens' control over their personal data (issue 5): alert preferences, embargoes on access-log
-- entries, "ask why" questions, consents, and correction/deletion requests.
-- Like the access log, none of these tables has a foreign key to account: privacy keeps its own
-- records of what was done with a person's data, whatever happens to the account afterwards.

create table privacy_preference (
    account_id    bigint      primary key,
    alert_on_read boolean     not null default false,
    updated_at    timestamptz not null
);

-- An auditor holds back the details of an access-log entry while an investigation runs. The entry
-- itself is never touched (the log is append-only); the citizen sees only that one exists.
create table privacy_access_embargo (
    id                 bigserial     primary key,
    access_sequence    bigint        not null references personal_data_access (sequence),
    subject_account_id bigint        not null,
    case_reference     varchar(100)  not null,
    reason             varchar(1000) not null,
    flagged_by         varchar(40)   not null,
    flagged_at         timestamptz   not null,
    lifts_at           timestamptz   not null check (lifts_at > flagged_at),
    lifted_at          timestamptz,
    lifted_by          varchar(40),
    version            integer       not null default 0
);
create index privacy_access_embargo_sequence_idx on privacy_access_embargo (access_sequence);
create index privacy_access_embargo_subject_idx on privacy_access_embargo (subject_account_id);

-- "Why was my data read?": routed to the privacy officers of the reader's agency, due in 10 days.
create table privacy_access_question (
    id                 bigserial     primary key,
    subject_account_id bigint        not null,
    access_sequence    bigint        not null references personal_data_access (sequence),
    agency_code        varchar(20)   not null,
    question           varchar(2000) not null,
    asked_at           timestamptz   not null,
    due_at             timestamptz   not null check (due_at > asked_at),
    status             varchar(20)   not null check (status in ('OPEN', 'ANSWERED')),
    answer             varchar(4000),
    answered_at        timestamptz,
    answered_by        varchar(40),
    answered_by_name   varchar(200),
    version            integer       not null default 0,
    check ((status = 'OPEN') = (answer is null and answered_at is null))
);
create index privacy_access_question_subject_idx on privacy_access_question (subject_account_id);
create index privacy_access_question_agency_idx on privacy_access_question (agency_code, status, due_at);
-- one open question per entry and citizen: asking again while waiting adds nothing
create unique index privacy_access_question_one_open on privacy_access_question (access_sequence, subject_account_id)
    where status = 'OPEN';

-- Consents a person gave: what (scope), to whom, why, when; withdrawable unless a law says otherwise.
create table privacy_consent (
    id                bigserial    primary key,
    account_id        bigint       not null,
    scope             varchar(100) not null,
    recipient_agency  varchar(20),
    purpose_key       varchar(200) not null,
    purpose_reference varchar(200),
    given_at          timestamptz  not null,
    withdrawable      boolean      not null,
    legal_basis_key   varchar(200),
    withdrawn_at      timestamptz,
    version           integer      not null default 0,
    check (withdrawable or legal_basis_key is not null),
    check (withdrawn_at is null or withdrawable)
);
create index privacy_consent_account_idx on privacy_consent (account_id);
create index privacy_consent_scope_idx on privacy_consent (account_id, scope, purpose_reference);

-- Requests to correct data or to delete the account; a deletion is carried out at once and kept
-- as the record of what was done.
create table privacy_data_request (
    id               bigserial     primary key,
    account_id       bigint        not null,
    kind             varchar(20)   not null check (kind in ('CORRECTION', 'DELETION')),
    field            varchar(60),
    requested_change varchar(2000),
    requested_at     timestamptz   not null,
    due_at           timestamptz   not null,
    status           varchar(20)   not null check (status in ('OPEN', 'ACCEPTED', 'REJECTED', 'COMPLETED')),
    decided_at       timestamptz,
    decided_by       varchar(40),
    decided_by_name  varchar(200),
    decision_note    varchar(2000),
    version          integer       not null default 0
);
create index privacy_data_request_account_idx on privacy_data_request (account_id);
create index privacy_data_request_open_idx on privacy_data_request (status, due_at);

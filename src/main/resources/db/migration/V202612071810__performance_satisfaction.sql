-- Satisfaction at every ending (issue 16): after an application is approved, rejected or withdrawn,
-- and after a disclosure decision, the person is asked once (unique per subject and ending) for
-- 1-5 on overall, ease and speed, and a comment. The comment is stored with personal data
-- (resident numbers, phone numbers, e-mail addresses) already stripped: the department reads it.

create table performance_survey (
    id             bigserial    primary key,
    subject_kind   varchar(12)  not null check (subject_kind in ('APPLICATION', 'DISCLOSURE')),
    subject_id     bigint       not null,
    subject_ref    varchar(40)  not null,
    ending         varchar(20)  not null,
    respondent_id  bigint       not null references account (id) on delete cascade,
    service_id     bigint,
    department_id  bigint       not null,
    asked_at       timestamptz  not null,
    answered_at    timestamptz,
    overall        smallint     check (overall between 1 and 5),
    ease           smallint     check (ease between 1 and 5),
    speed          smallint     check (speed between 1 and 5),
    comment        varchar(2000),
    unique (subject_kind, subject_id, ending),
    check ((answered_at is null) = (overall is null) and (overall is null) = (ease is null)
           and (ease is null) = (speed is null))
);
create index performance_survey_respondent_idx on performance_survey (respondent_id, subject_ref);
create index performance_survey_comments_idx on performance_survey (department_id, answered_at desc)
    where comment is not null;

-- answers counted in the month they were given, like every other figure of the monthly aggregate
alter table performance_month add column surveyed bigint not null default 0,
    add column overall_sum bigint not null default 0,
    add column ease_sum bigint not null default 0,
    add column speed_sum bigint not null default 0;

-- Administrative information sharing (행정정보 공동이용): a FILE question answered by "attach from
-- government records" instead of an upload. Each row names the document (its source and reference),
-- the application and question, and the privacy consent that allows the department to fetch it;
-- withdrawn (with the consent) until the application is filed.
create table application_shared_document (
    id             bigserial primary key,
    version        integer      not null default 0,
    application_id bigint       not null references application (id) on delete cascade,
    service_id     bigint       not null references civil_service (id),
    applicant_id   bigint       not null references account (id),
    field_key      varchar(60)  not null,
    source         varchar(30)  not null check (source in ('ISSUED_CERTIFICATE', 'BUSINESS_REGISTRATION',
                                                           'RESIDENT_REGISTRATION')),
    reference      varchar(40),
    consent_id     bigint       not null,
    consented_at   timestamptz  not null,
    withdrawn_at   timestamptz
);
create index application_shared_document_application_idx on application_shared_document (application_id);
-- one live choice per question
create unique index application_shared_document_live_idx on application_shared_document (application_id, field_key)
    where withdrawn_at is null;

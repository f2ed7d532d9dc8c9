-- Services: issued documents (certificates and application results) and their PDF files.
-- The holder is repeated on the file row so that a download selects the bytes by number AND holder
-- in one query; the issuance number is random with a Damm check digit, so it is the primary key.

create table services_issued_document (
    issuance_number       varchar(16)   primary key,
    application_number    varchar(40)   not null,
    holder_account_id     bigint        not null,
    issuing_department_id bigint        not null,
    document_type_key     varchar(80)   not null,
    title_ko              varchar(200)  not null,
    title_en              varchar(200)  not null,
    language              varchar(2)    not null,
    issued_at             timestamptz   not null,
    valid_until           timestamptz   not null,
    sha256                char(64)      not null,
    size_bytes            integer       not null check (size_bytes > 0),
    revoked_at            timestamptz,
    revocation_reason     varchar(1000),
    revoked_by            varchar(40),
    version               integer       not null default 0,
    check (valid_until > issued_at),
    check ((revoked_at is null) = (revocation_reason is null))
);
create index services_issued_document_holder_idx on services_issued_document (holder_account_id, issued_at desc);
create index services_issued_document_application_idx on services_issued_document (application_number);

create table services_issued_document_file (
    issuance_number   varchar(16) primary key references services_issued_document (issuance_number),
    holder_account_id bigint      not null,
    content           bytea       not null
);

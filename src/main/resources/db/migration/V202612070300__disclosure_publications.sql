-- Proactive disclosure (사전정보공표 / 원문정보공개): what agencies publish without being asked.
-- A publication keeps every version of its file; withdrawal keeps the row and its page.

create table publication (
    id                 bigserial     primary key,
    kind               varchar(10)   not null,   -- DOCUMENT or DATASET
    category           varchar(20)   not null,   -- DECISION, REPORT, MINUTES, APPROVAL, STATISTICS, PLAN, BUDGET, DATA, RELEASE
    title_ko           varchar(300)  not null,
    title_en           varchar(300)  not null,
    summary_ko         varchar(4000) not null,
    summary_en         varchar(4000) not null,
    agency_code        varchar(20)   not null,   -- identity's agency code (of the department below)
    department_id      bigint        not null,   -- identity's department; no foreign key across contexts
    legal_basis        varchar(500),
    keywords           varchar(1000) not null default '',
    licence            varchar(20)   not null,   -- KOGL_1..KOGL_4
    status             varchar(10)   not null,   -- DRAFT, PUBLISHED, WITHDRAWN
    published_at       timestamptz,              -- may lie in the future: published from that moment
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(2000),
    request_reference  varchar(40),              -- a disclosure request this release answered (issue 13)
    current_version    integer       not null default 0,
    created_by         varchar(40)   not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            integer       not null default 0,
    check (kind in ('DOCUMENT', 'DATASET')),
    check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    check (status = 'DRAFT' or published_at is not null),
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_reason is not null))
);
create index publication_listing_idx on publication (status, published_at desc, id desc);
create index publication_department_idx on publication (department_id, updated_at desc);

-- Each file a publication ever had. The bytes live on disk under storage_key (MADANG_FILES_DIR).
create table publication_version (
    id                 bigserial     primary key,
    publication_id     bigint        not null references publication (id),
    number             integer       not null,
    file_name          varchar(255)  not null,
    content_type       varchar(100)  not null,
    format             varchar(10)   not null,   -- PDF, CSV, JSON, TXT
    size_bytes         bigint        not null,
    storage_key        varchar(100)  not null,
    sha256             char(64)      not null,
    extracted_text     text          not null default '',
    text_status        varchar(20)   not null,   -- EXTRACTED, NO_TEXT
    pii_rrn            integer       not null default 0,   -- resident registration numbers found
    pii_phone          integer       not null default 0,
    pii_email          integer       not null default 0,
    pii_confirmed_by   varchar(40),              -- the publisher who confirmed the findings may be published
    reason             varchar(2000),            -- why this version replaced the previous one
    created_by         varchar(40)   not null,
    created_at         timestamptz   not null,
    unique (publication_id, number)
);

-- Links to related publications (both published by anyone).
create table publication_related (
    publication_id     bigint        not null references publication (id),
    related_id         bigint        not null references publication (id),
    primary key (publication_id, related_id),
    check (publication_id <> related_id)
);

-- Government knowledge (지식행정): articles owned by a department, their versions, the services and
-- agencies they concern, their statute citations, and how they are used (cases they helped with,
-- "was this helpful" votes). Department, service and account ids belong to other contexts: no
-- foreign keys across contexts.

create table knowledge_article (
    id                 bigserial     primary key,
    kind               varchar(20)   not null,
    title_ko           varchar(300)  not null,   -- the published version's (a draft's before that)
    title_en           varchar(300)  not null,
    body_ko            text          not null,   -- Markdown (platform.text.Markdown's subset)
    body_en            text          not null,
    citation_text      varchar(6000) not null default '',
    agency_code        varchar(20)   not null,
    department_id      bigint        not null,
    owner_id           bigint        not null,
    owner_name         varchar(100)  not null,
    visibility         varchar(12)   not null,
    status             varchar(12)   not null,
    review_on          date          not null,
    current_version    integer       not null,
    published_version  integer       not null default 0,
    supersedes_id      bigint        references knowledge_article (id),
    superseded_by_id   bigint        references knowledge_article (id),
    published_at       timestamptz,
    published_by       varchar(100),
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(1000),
    views              bigint        not null default 0,
    review_notified_for date,                    -- the review date its owner was last reminded of
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            integer       not null default 0,
    check (kind in ('MANUAL', 'RULING', 'PRECEDENT', 'LEGAL_REFERENCE', 'POLICY_NOTE')),
    check (visibility in ('DEPARTMENT', 'GOVERNMENT', 'PUBLIC')),
    check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
    check (status = 'DRAFT' or published_at is not null),
    check (status <> 'SUPERSEDED' or superseded_by_id is not null),
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_reason is not null)),
    check (published_version <= current_version)
);
create index knowledge_article_department_idx on knowledge_article (department_id, updated_at desc);
create index knowledge_article_status_idx on knowledge_article (status, visibility);

create table knowledge_version (
    id            bigserial     primary key,
    article_id    bigint        not null references knowledge_article (id),
    number        integer       not null,
    title_ko      varchar(300)  not null,
    title_en      varchar(300)  not null,
    body_ko       text          not null,
    body_en       text          not null,
    reason        varchar(1000) not null,
    author_id     bigint        not null,
    author_name   varchar(100)  not null,
    created_at    timestamptz   not null,
    published_at  timestamptz,
    unique (article_id, number)
);

create table knowledge_article_service (
    article_id  bigint  not null references knowledge_article (id),
    service_id  bigint  not null,
    primary key (article_id, service_id)
);
create index knowledge_article_service_idx on knowledge_article_service (service_id);

create table knowledge_article_agency (
    article_id   bigint       not null references knowledge_article (id),
    agency_code  varchar(20)  not null,
    primary key (article_id, agency_code)
);

create table knowledge_citation (
    article_id    bigint        not null references knowledge_article (id),
    position      integer       not null,
    act           varchar(200)  not null,
    article_no    varchar(20)   not null,
    paragraph_no  varchar(20),
    primary key (article_id, position)
);

-- An article an officer used for a case ("used for this case"); once per article and case.
create table knowledge_case_use (
    id                  bigserial    primary key,
    article_id          bigint       not null references knowledge_article (id),
    application_number  varchar(40)  not null,
    officer_id          bigint       not null,
    department_id       bigint       not null,
    used_at             timestamptz  not null,
    unique (article_id, application_number)
);
create index knowledge_case_use_case_idx on knowledge_case_use (application_number);

-- "Was this helpful?": one answer per officer and article (a second answer replaces the first).
create table knowledge_vote (
    article_id  bigint       not null references knowledge_article (id),
    account_id  bigint       not null,
    helpful     boolean      not null,
    voted_at    timestamptz  not null,
    primary key (article_id, account_id)
);

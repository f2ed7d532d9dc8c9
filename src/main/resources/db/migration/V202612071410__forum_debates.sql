-- Policy debates (issue 14): an agency opens a debate for a period; people post threads and
-- one level of replies; an agency's officer posts official answers. Paged by keyset (id), so a
-- deep page costs what the first one does.
create table debate (
    id            bigserial     primary key,
    agency_code   varchar(20)   not null,
    title         varchar(200)  not null,
    background    varchar(6000) not null,
    audience      varchar(20)   not null,
    region        varchar(20),
    opens_at      timestamptz   not null,
    closes_at     timestamptz   not null,
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    summary       varchar(6000),
    summary_at    timestamptz,
    check (closes_at > opens_at)
);
create index debate_list_idx on debate (closes_at desc, id desc);

-- A thread (parent_id null) or a reply to a thread (parent_id a thread of the same debate).
-- The author's account is null once erased (shown as "a former member"); official posts carry
-- the agency and the officer's role, never the officer's name.
create table forum_post (
    id                 bigserial     primary key,
    debate_id          bigint        not null references debate (id),
    parent_id          bigint        references forum_post (id),
    author_account_id  bigint,
    body               varchar(4000) not null,
    official_agency    varchar(20),
    official_role      varchar(30),
    created_at         timestamptz   not null,
    edited_at          timestamptz,
    deleted_at         timestamptz,
    agree_count        integer       not null default 0,
    disagree_count     integer       not null default 0,
    reply_count        integer       not null default 0
);
create index forum_post_threads_idx on forum_post (debate_id, id desc) where parent_id is null;
create index forum_post_agreed_idx on forum_post (debate_id, agree_count desc, id desc) where parent_id is null;
create index forum_post_replies_idx on forum_post (parent_id, id);
create index forum_post_author_idx on forum_post (author_account_id);

-- Earlier wordings of an edited post (edits are allowed for 15 minutes).
create table forum_post_edit (
    id          bigserial     primary key,
    post_id     bigint        not null references forum_post (id),
    body        varchar(4000) not null,
    replaced_at timestamptz   not null
);
create index forum_post_edit_post_idx on forum_post_edit (post_id);

-- Agree or disagree, once per account and post (changeable).
create table forum_vote (
    post_id     bigint   not null references forum_post (id),
    account_id  bigint   not null,
    agree       boolean  not null,
    primary key (post_id, account_id)
);

-- Moderation of debate posts (issue 14): anyone signed in flags a post under a published rule;
-- three flags from different people put it under review; an officer of the debate's agency hides
-- it (rule and reason shown in its place) or dismisses the flags; its author may appeal once, and
-- another officer decides. Every decision is in the public log, never who flagged.
alter table forum_post add column moderation varchar(20) not null default 'VISIBLE';
alter table forum_post add column hidden_rule varchar(30);
alter table forum_post add column hidden_reason varchar(1000);
alter table forum_post add column hidden_by bigint;
alter table forum_post add column appeal_text varchar(2000);
alter table forum_post add column appealed_at timestamptz;
alter table forum_post add column appeal_outcome varchar(20);

create table forum_flag (
    id           bigserial     primary key,
    post_id      bigint        not null references forum_post (id),
    flagger      bigint        not null,
    rule         varchar(30)   not null,
    note         varchar(1000),
    flagged_at   timestamptz   not null,
    open         boolean       not null default true,
    unique (post_id, flagger)
);
create index forum_flag_open_idx on forum_flag (post_id) where open;

-- The public moderation log: what was decided on which post, under which rule, why and when.
-- decided_by is kept for the portal's own audit and never shown; a flagger is never recorded here.
create table moderation_log (
    id          bigserial     primary key,
    post_id     bigint        not null references forum_post (id),
    debate_id   bigint        not null references debate (id),
    action      varchar(30)   not null,
    rule        varchar(30),
    reason      varchar(1000),
    decided_by  bigint,
    decided_at  timestamptz   not null
);
create index moderation_log_idx on moderation_log (id desc);

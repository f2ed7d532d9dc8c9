-- Petitions are moderated as debate posts are (issue 14): flags under the published rules, three
-- from different people put a petition under review, a moderator of the petition's agency hides it
-- (rule and reason shown in its place) or dismisses the flags, its author may appeal once and
-- another moderator decides. Flags and log lines now name either a post or a petition; the rows
-- already there all name posts and stay as they are.
alter table petition add column moderation varchar(20) not null default 'VISIBLE';
alter table petition add column hidden_rule varchar(30);
alter table petition add column hidden_reason varchar(1000);
alter table petition add column hidden_by bigint;
alter table petition add column appeal_text varchar(2000);
alter table petition add column appealed_at timestamptz;
alter table petition add column appeal_outcome varchar(20);

alter table forum_flag alter column post_id drop not null;
alter table forum_flag add column petition_id bigint references petition (id);
alter table forum_flag add constraint forum_flag_one_subject check ((post_id is null) <> (petition_id is null));
create unique index forum_flag_petition_once on forum_flag (petition_id, flagger) where petition_id is not null;
create index forum_flag_open_petition_idx on forum_flag (petition_id) where open and petition_id is not null;

alter table moderation_log alter column post_id drop not null;
alter table moderation_log alter column debate_id drop not null;
alter table moderation_log add column petition_id bigint references petition (id);
alter table moderation_log add constraint moderation_log_one_subject
    check ((post_id is not null and debate_id is not null and petition_id is null)
        or (post_id is null and debate_id is null and petition_id is not null));

-- Abuse limits of the forum (issue 14): an account's recent posts and petitions are counted from
-- their own rows, by author and time (these indexes replace the ones on the author alone).
create index forum_post_author_recent_idx on forum_post (author_account_id, created_at);
drop index forum_post_author_idx;
create index petition_author_recent_idx on petition (author_account_id, created_at);
drop index petition_author_idx;

-- A withdrawal deletes its support row, so supports and withdrawals are also noted here, for the
-- per-minute limit only: each account's notes older than the limit's window are deleted as it acts
-- again.
create table petition_support_action (
    account_id  bigint       not null,
    acted_at    timestamptz  not null
);
create index petition_support_action_idx on petition_support_action (account_id, acted_at);

-- A debate's background documents (issue 14): publications of the open-information context
-- (/open/), linked by id. The title is read from that context each time the debate is shown, so a
-- renamed publication shows its new title and a withdrawn or unpublished one is simply not listed.
create table debate_document (
    debate_id       bigint       not null references debate (id),
    publication_id  bigint       not null,
    added_at        timestamptz  not null,
    primary key (debate_id, publication_id)
);

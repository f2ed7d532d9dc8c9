-- Third parties and the release of disclosed information (issue 13). The third party is named to
-- officers only; the texts withheld from a released file are never stored, only each part's ground.
alter table disclosure_request
    add column third_party             varchar(300),
    add column third_party_notified_on date,
    add column third_party_deadline    date,
    add column third_party_objected_on date,
    add column release_on              date,
    add column released_on             date,
    add column publication_id          bigint;   -- the open-information publication holding the released file

create table disclosure_request_withheld (
    request_id bigint  not null references disclosure_request (id),
    position   integer not null,
    ground     integer not null check (ground between 1 and 8),
    primary key (request_id, position)
);

-- The public credentials of a frozen election (about 620 bytes each: 62 MB for 100,000 voters) get
-- their own row, read only where they are needed (casting, tally, the archive) and then kept in
-- memory, instead of with every load of the election (every page, every cast).
create table voting_public_credentials (
    election_id bigint primary key references voting_election (id),
    credentials text   not null
);

insert into voting_public_credentials (election_id, credentials)
select id, public_credentials from voting_election where public_credentials is not null;

alter table voting_election drop column public_credentials;

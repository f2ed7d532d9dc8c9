-- Disclosure to the person concerned (issue 13): when the information released is the requester's
-- own personal data, the file is kept for them alone (in the file store, under this key) and never
-- published; the public log shows only that it was released privately.
alter table disclosure_request
    add column private_file_name varchar(255),
    add column private_file_key  varchar(200),
    add column private_file_type varchar(100),
    add constraint disclosure_request_one_release check (publication_id is null or private_file_key is null);

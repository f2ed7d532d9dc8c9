-- The files of MADANG_FILE_STORE=database (attachments, published files), by storage key. The rows
-- that name a file (application_attachment, publication_version, disclosure releases) keep its size
-- and SHA-256; this table only holds the bytes. No foreign keys: the key is shared by several tables
-- and the directory and S3 stores have none either.
create table stored_file (
    storage_key  varchar(100) primary key,
    content      bytea        not null,
    size_bytes   bigint       not null,
    stored_at    timestamptz  not null default now()
);
-- PDFs, JPEGs, PNGs and office files are compressed already: keep them out of line without trying
-- to compress them again
alter table stored_file alter column content set storage external;

-- The statistics per department of the public request log (issue 13): the sum of every request's
-- share (RequestShare), changed in the transaction of each command by the request's new share minus
-- its old one, and rebuilt from the requests at start-up when it does not count every request.
create table disclosure_request_statistics (
    department_id      bigint primary key,
    requests           bigint not null default 0,
    decided_on_time    bigint not null default 0,
    decided_late       bigint not null default 0,
    overdue_now        bigint not null default 0,
    disclosed          bigint not null default 0,
    partly             bigint not null default 0,
    refused            bigint not null default 0,
    not_held           bigint not null default 0,
    objections         bigint not null default 0,
    objections_upheld  bigint not null default 0
);

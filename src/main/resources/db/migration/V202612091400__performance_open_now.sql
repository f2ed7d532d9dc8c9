-- Backlog and overdue "now" kept like the monthly sums (issue 16): counting every open case per
-- dashboard view took 60 ms at 30,000 open cases. performance_open holds, per service and
-- department, the open cases and those counted overdue; performance_case.overdue says whether a case
-- is counted so. A running case becomes overdue when its due time passes: a sweep flips it every
-- minute, and the dashboard adds the few cases whose due time passed since (exact at any moment).
alter table performance_case add column overdue boolean not null default false;

create table performance_open (
    service_id    bigint not null,
    department_id bigint not null,
    -- no check (open >= 0): an upsert's proposed row carries the difference, which may be negative
    open          bigint not null default 0,
    overdue       bigint not null default 0,
    primary key (service_id, department_id)
);

-- the running open cases by flag and due time: the sweep and the dashboard's correction read only
-- the two small ranges (not yet flagged and past due; flagged and not past due)
create index performance_case_running_idx on performance_case (overdue, due_at)
    where stage = 'OPEN' and paused_at is null and due_at is not null;

update performance_case set overdue = true
where stage = 'OPEN' and due_at is not null and coalesce(paused_at, now()) > due_at;

insert into performance_open (service_id, department_id, open, overdue)
select service_id, department_id, count(*), count(*) filter (where overdue)
from performance_case where stage = 'OPEN' group by service_id, department_id;

-- The number an approval creates in a register (사업자등록번호, 신고번호): which services create one,
-- the number each approved application received, and the serials handed out per register.
alter table civil_service add column registration_kind varchar(40);
alter table civil_service add column registration_prefix varchar(20);
alter table application add column registration_number varchar(40);
create unique index application_registration_number_idx on application (registration_number)
    where registration_number is not null;

-- one row per register (kind, office prefix, and the year for numbers that carry one)
create table services_registration_counter (
    kind       varchar(40) not null,
    prefix     varchar(20) not null,
    year       integer     not null,
    last_value bigint      not null,
    primary key (kind, prefix, year)
);

-- What the resident registry holds for 주민등록표 등본 (the household copy): the household's
-- address, who belongs to it with their relationship to the head and move-in date, and each
-- resident's past addresses. The built-in registry adapter answers from these tables; a
-- production deployment reads the real registry behind the same port.
create table resident_household (
    id       bigserial primary key,
    address  varchar(300) not null
);

alter table resident add column household_id bigint references resident_household (id);
-- relationship to the head of the household: HEAD, SPOUSE, CHILD, PARENT, SIBLING, OTHER
alter table resident add column relationship varchar(20);
alter table resident add column moved_in date;
create index resident_household_idx on resident (household_id);

create table resident_address (
    id           bigserial primary key,
    resident_id  bigint       not null references resident (id),
    address      varchar(300) not null,
    moved_in     date         not null,
    moved_out    date         not null
);
create index resident_address_resident_idx on resident_address (resident_id);

-- What the family relations register (가족관계등록부) holds for the basic and the family relationship
-- certificates: each person's registered domicile (등록기준지), birth date and sex, and who their
-- father, mother, spouse and children are. The built-in adapter answers from these tables; a
-- deployment reads the courts' register behind the same port (identity/domain/FamilyRegister).
create table family_register_person (
    id          bigserial    primary key,
    name        varchar(100) not null,
    birth_date  date         not null,
    sex         varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    domicile    varchar(300)
);
create index family_register_person_idx on family_register_person (name, birth_date);

create table family_register_relation (
    person_id   bigint      not null references family_register_person (id),
    relative_id bigint      not null references family_register_person (id),
    kind        varchar(10) not null check (kind in ('FATHER', 'MOTHER', 'SPOUSE', 'CHILD')),
    primary key (person_id, relative_id)
);

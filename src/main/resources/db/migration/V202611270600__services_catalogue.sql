-- The civil-service catalogue: services, their page texts (ko/en), required documents, rejection
-- grounds, life events and the application form each one renders from.
create table civil_service (
    id                         bigserial primary key,
    version                    integer        not null default 0,
    code                       varchar(40)    not null unique,
    category                   varchar(20)    not null,
    name_ko                    varchar(200)   not null,
    name_en                    varchar(200)   not null,
    summary_ko                 varchar(2000)  not null,
    summary_en                 varchar(2000)  not null,
    eligibility_ko             varchar(2000)  not null,
    eligibility_en             varchar(2000)  not null,
    how_to_apply_ko            varchar(2000)  not null,
    how_to_apply_en            varchar(2000)  not null,
    fee                        numeric(12, 0) not null check (fee >= 0),
    period_unit                varchar(10)    not null check (period_unit in ('IMMEDIATE', 'HOURS', 'DAYS')),
    period_amount              integer        not null check (period_amount >= 0),
    agency_code                varchar(30)    not null,
    -- identity's department; a foreign key because a service routed nowhere would lose applications
    department_id              bigint         not null references department (id),
    online_application         boolean        not null default true,
    instant_issuance           boolean        not null default false,
    document_type_key          varchar(40),
    requires_verified_resident boolean        not null default false,
    source                     varchar(1000),
    updated_at                 timestamptz    not null,
    check (not instant_issuance or document_type_key is not null)
);
create index civil_service_department on civil_service (department_id);

create table civil_service_life_event (
    service_id bigint      not null references civil_service (id) on delete cascade,
    life_event varchar(30) not null,
    primary key (service_id, life_event)
);

create table civil_service_document (
    service_id bigint       not null references civil_service (id) on delete cascade,
    position   integer      not null,
    name_ko    varchar(300) not null,
    name_en    varchar(300) not null,
    primary key (service_id, position)
);

create table civil_service_rejection_ground (
    service_id bigint       not null references civil_service (id) on delete cascade,
    position   integer      not null,
    ground_key varchar(60)  not null,
    text_ko    varchar(500) not null,
    text_en    varchar(500) not null,
    primary key (service_id, position),
    unique (service_id, ground_key)
);

create table service_form_field (
    id          bigserial primary key,
    service_id  bigint       not null references civil_service (id) on delete cascade,
    position    integer      not null,
    field_key   varchar(40)  not null,
    field_type  varchar(20)  not null,
    required    boolean      not null,
    pattern     varchar(200),
    max_length  integer,
    label_ko    varchar(200) not null,
    label_en    varchar(200) not null,
    help_ko     varchar(500),
    help_en     varchar(500),
    page        integer      not null check (page between 1 and 5),
    unique (service_id, field_key)
);
create index service_form_field_service on service_form_field (service_id);

create table service_form_field_option (
    field_id     bigint       not null references service_form_field (id) on delete cascade,
    position     integer      not null,
    option_value varchar(60)  not null,
    label_ko     varchar(200) not null,
    label_en     varchar(200) not null,
    primary key (field_id, position)
);

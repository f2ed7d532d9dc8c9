-- Fees for disclosure requests (issue 13). The amounts are the fee table of the Enforcement Rule of
-- the Official Information Disclosure Act (공공기관의 정보공개에 관한 법률 시행규칙 제7조 별표), as
-- published by the Ministry of the Interior and Safety and the agencies since the 2014-12-10 revision;
-- kept as data so that a revision of the table is a migration, not a code change (docs/disclosure-fees.md).
--
-- A charge for n units (pages, minutes, megabytes) is: nothing while n <= free_units; otherwise
-- first_amount for the first first_units units charged, then step_amount for each unit_size units
-- (or part of them) beyond.
create table disclosure_fee_rate (
    item         varchar(30)    primary key,
    free_units   integer        not null check (free_units >= 0),
    first_units  integer        not null check (first_units >= 0),
    first_amount numeric(12, 0) not null check (first_amount >= 0),
    unit_size    integer        not null check (unit_size > 0),
    step_amount  numeric(12, 0) not null check (step_amount >= 0),
    legal_basis  varchar(300)   not null
);

insert into disclosure_fee_rate (item, free_units, first_units, first_amount, unit_size, step_amount, legal_basis) values
    -- 사본(종이출력물) B4 이하: 250원, 1장 초과마다 50원
    ('COPY_B4',         0,  1, 250, 1,  50,  '정보공개법 시행규칙 제7조 별표: 문서·도면·사진 등 사본(종이출력물) B4 이하'),
    -- 사본(종이출력물) A3 이상: 300원, 1장 초과마다 100원
    ('COPY_A3',         0,  1, 300, 1,  100, '정보공개법 시행규칙 제7조 별표: 문서·도면·사진 등 사본(종이출력물) A3 이상'),
    -- 열람: 1일 1시간 이내 무료, 1시간 초과 시 30분마다 1,000원 (minutes)
    ('INSPECTION',      60, 0, 0,   30, 1000, '정보공개법 시행규칙 제7조 별표: 문서·도면·사진 등 및 전자파일의 열람'),
    -- 전자파일의 복제: 1건 1MB 이내 무료, 1MB 초과 시 1MB마다 100원 (정보통신망으로 공개할 때도 이 항목)
    ('ELECTRONIC_FILE', 1,  0, 0,   1,  100, '정보공개법 시행규칙 제7조 별표: 전자파일(문서·도면·사진 등)의 복제');

-- The rules around the table: the reduction for a use in the public interest (시행령 제17조, 법
-- 제17조제2항; postage is never reduced) and the table's note that amounts below 100 won are not counted.
create table disclosure_fee_rule (
    id                integer        primary key check (id = 1),
    reduction_percent integer        not null check (reduction_percent between 0 and 100),
    truncation_unit   numeric(12, 0) not null check (truncation_unit > 0),
    legal_basis       varchar(300)   not null
);

insert into disclosure_fee_rule (id, reduction_percent, truncation_unit, legal_basis) values
    (1, 50, 100, '공공기관의 정보공개에 관한 법률 제17조, 같은 법 시행령 제17조, 시행규칙 제7조 별표 비고');

-- The fee assessed with a disclosure decision: its lines, the fee after any reduction, postage at cost,
-- the answer to a waiver claim, the payment reference; and a release that waits for the fee.
alter table disclosure_request
    add column fee_assessed       boolean        not null default false,
    add column fee_amount         numeric(12, 0) check (fee_amount >= 0),
    add column fee_postage        numeric(12, 0) check (fee_postage >= 0),
    add column fee_waiver_answer  varchar(10),
    add column fee_answer_reason  varchar(4000),
    add column fee_reference      varchar(20) unique,
    add column fee_paid_on        date,
    add column release_held       boolean        not null default false,
    add column release_publish    boolean        not null default false,
    add constraint disclosure_request_fee_amounts check (not fee_assessed or (fee_amount is not null and fee_postage is not null));

create table disclosure_request_fee_line (
    request_id bigint         not null references disclosure_request (id) on delete cascade,
    position   integer        not null,
    label_key  varchar(80)    not null,
    quantity   bigint         not null,
    amount     numeric(12, 0) not null,
    primary key (request_id, position)
);

-- The payment order of the built-in "virtual account or counter" adapter, as for civil-service fees:
-- an officer records the payment from the bank statement or the counter receipt.
create table disclosure_fee_payment (
    id               bigserial      primary key,
    version          integer        not null default 0,
    reference        varchar(20)    not null unique,
    request_number   varchar(20)    not null unique,
    amount           numeric(12, 0) not null check (amount > 0),
    issued_at        timestamptz    not null,
    paid_amount      numeric(12, 0),
    paid_on          date,
    receipt          varchar(60),
    recorded_by      bigint,
    recorded_by_name varchar(100),
    recorded_at      timestamptz,
    check ((recorded_at is null) = (paid_amount is null))
);

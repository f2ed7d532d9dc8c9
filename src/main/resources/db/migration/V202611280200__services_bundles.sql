-- One-stop business services: bundles of several agencies' services for one business event
-- (definitions, as data), and the bundle filings representatives make. A filing's parts are
-- ordinary applications (one per service) that run through the departments' queues; a part that
-- depends on another waits, unrouted, in the new status AWAITING_PREREQUISITE.

do $$
declare c record;
begin
    -- the status list and the "filed means numbered" rule both change: drop them by what they say,
    -- since PostgreSQL named them
    for c in select conname from pg_constraint
             where conrelid = 'application'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%DRAFT%'
    loop
        execute format('alter table application drop constraint %I', c.conname);
    end loop;
end $$;
alter table application add constraint application_status_check check (status in ('DRAFT', 'AWAITING_PREREQUISITE',
    'SUBMITTED', 'UNDER_REVIEW', 'AWAITING_SUPPLEMENT', 'TRANSFERRED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
alter table application add constraint application_filed_check check (
    status in ('DRAFT', 'WITHDRAWN', 'AWAITING_PREREQUISITE') or (number is not null and due_at is not null));

create table business_bundle (
    id         bigserial primary key,
    code       varchar(40)   not null unique,
    name_ko    varchar(200)  not null,
    name_en    varchar(200)  not null,
    summary_ko varchar(2000) not null,
    summary_en varchar(2000) not null,
    position   integer       not null
);

-- the questions asked once for the whole bundle
create table business_bundle_field (
    bundle_id  bigint       not null references business_bundle (id) on delete cascade,
    position   integer      not null,
    field_key  varchar(40)  not null,
    field_type varchar(20)  not null check (field_type in ('TEXT', 'NUMBER', 'DATE', 'EMAIL', 'PHONE')),
    required   boolean      not null,
    pattern    varchar(200),
    max_length integer,
    label_ko   varchar(200) not null,
    label_en   varchar(200) not null,
    help_ko    varchar(500),
    help_en    varchar(500),
    primary key (bundle_id, position),
    unique (bundle_id, field_key)
);

-- the services combined, by catalogue code (the catalogue is data too; a bundle whose service is
-- missing is not offered), and which part must be completed before another may be filed
create table business_bundle_part (
    bundle_id     bigint      not null references business_bundle (id) on delete cascade,
    position      integer     not null,
    service_code  varchar(40) not null,
    requires_code varchar(40),
    primary key (bundle_id, position),
    unique (bundle_id, service_code),
    check (requires_code is null or requires_code <> service_code)
);

-- which shared answer fills which question of which part's form
create table business_bundle_field_map (
    bundle_id         bigint      not null references business_bundle (id) on delete cascade,
    service_code      varchar(40) not null,
    service_field_key varchar(40) not null,
    shared_field_key  varchar(40) not null,
    primary key (bundle_id, service_code, service_field_key)
);

create table bundle_filing (
    id             bigserial primary key,
    version        integer      not null default 0,
    draft_key      varchar(20)  not null unique,
    number         varchar(17)  unique check (number ~ '^[0-9]{8}-[0-9]{6}-[0-9]$'),
    bundle_id      bigint       not null references business_bundle (id),
    applicant_id   bigint       not null references account (id),
    applicant_name varchar(100) not null,
    business_id    bigint       not null references business (id),
    created_at     timestamptz  not null,
    submitted_at   timestamptz,
    check ((number is null) = (submitted_at is null))
);
create index bundle_filing_applicant_idx on bundle_filing (applicant_id, created_at);

create table bundle_filing_answer (
    filing_id bigint        not null references bundle_filing (id) on delete cascade,
    field_key varchar(40)   not null,
    answer    varchar(4000) not null,
    primary key (filing_id, field_key)
);

create table bundle_filing_part (
    id                bigserial primary key,
    filing_id         bigint      not null references bundle_filing (id) on delete cascade,
    position          integer     not null,
    service_id        bigint      not null references civil_service (id),
    application_id    bigint      not null unique references application (id),
    requires_position integer,
    unique (filing_id, position)
);

insert into business_bundle (code, name_ko, name_en, summary_ko, summary_en, position) values
('START_BUSINESS', '창업 원스톱: 사업 시작하기', 'Start a business (one-stop)',
 '사업자등록(국세청), 통신판매업 신고(서울특별시), 고용보험 사업장 신고(고용노동부)를 한 번에 신청합니다. 공통 항목은 한 번만 입력합니다.',
 'Apply at once for business registration (National Tax Service), the mail-order business report (Seoul) and the employment-insurance report (Ministry of Employment and Labor). Common details are asked once.', 1),
('FOREIGN_DIRECT_INVESTMENT', '외국인직접투자 원스톱', 'Foreign direct investment (one-stop)',
 '외국인투자 신고(산업통상자원부) 후 법인설립신고·사업자등록(국세청), 이어서 외국인투자기업 등록을 차례로 진행합니다.',
 'Foreign investment notification (Ministry of Trade, Industry and Energy), then incorporation and business registration (National Tax Service), then registration as a foreign-invested company, each in turn.', 2),
('START_EXPORTING', '수출 시작 원스톱', 'Start exporting (one-stop)',
 '사업자등록(국세청), 무역업 고유번호(산업통상자원부), 통관고유부호와 원산지증명서(관세청)를 한 번에 신청합니다. 통관고유부호는 사업자등록이 끝난 뒤 접수됩니다.',
 'Apply at once for business registration (National Tax Service), a trade business code (Ministry of Trade, Industry and Energy), the customs code and a certificate of origin (Korea Customs Service). The customs code is filed once the business registration is complete.', 3);

insert into business_bundle_field (bundle_id, position, field_key, field_type, required, pattern, max_length,
                                   label_ko, label_en, help_ko, help_en)
select b.id, f.position, f.field_key, f.field_type, f.required, f.pattern, f.max_length, f.label_ko, f.label_en,
       f.help_ko, f.help_en
from business_bundle b join (values
 ('START_BUSINESS', 1, 'businessNumber', 'TEXT', true, '\d{3}-\d{2}-\d{5}', 12, '사업자등록번호', 'Business registration number', '예: 220-81-12341', 'e.g. 220-81-12341'),
 ('START_BUSINESS', 2, 'tradeName', 'TEXT', true, null, 100, '상호', 'Trade name', null, null),
 ('START_BUSINESS', 3, 'address', 'TEXT', true, null, 200, '사업장 소재지', 'Business address', null, null),
 ('FOREIGN_DIRECT_INVESTMENT', 1, 'businessNumber', 'TEXT', true, '\d{3}-\d{2}-\d{5}', 12, '사업자등록번호', 'Business registration number', '예: 220-81-12341', 'e.g. 220-81-12341'),
 ('FOREIGN_DIRECT_INVESTMENT', 2, 'tradeName', 'TEXT', true, null, 100, '법인명', 'Company name', null, null),
 ('FOREIGN_DIRECT_INVESTMENT', 3, 'address', 'TEXT', true, null, 200, '본점 소재지', 'Head office address', null, null),
 ('FOREIGN_DIRECT_INVESTMENT', 4, 'capital', 'NUMBER', true, null, 15, '투자 금액(자본금, 미화 달러)', 'Capital invested (US dollars)', null, null),
 ('START_EXPORTING', 1, 'businessNumber', 'TEXT', true, '\d{3}-\d{2}-\d{5}', 12, '사업자등록번호', 'Business registration number', '예: 220-81-12341', 'e.g. 220-81-12341'),
 ('START_EXPORTING', 2, 'tradeName', 'TEXT', true, null, 100, '상호', 'Trade name', null, null),
 ('START_EXPORTING', 3, 'address', 'TEXT', true, null, 200, '사업장 소재지', 'Business address', null, null),
 ('START_EXPORTING', 4, 'representative', 'TEXT', true, null, 100, '대표자 성명', 'Representative''s name', null, null)
) as f(bundle_code, position, field_key, field_type, required, pattern, max_length, label_ko, label_en, help_ko, help_en)
on b.code = f.bundle_code;

insert into business_bundle_part (bundle_id, position, service_code, requires_code)
select b.id, p.position, p.service_code, p.requires_code
from business_bundle b join (values
 ('START_BUSINESS', 1, 'BUSINESS_REGISTRATION', null),
 ('START_BUSINESS', 2, 'MAIL_ORDER_REPORT', null),
 ('START_BUSINESS', 3, 'EMPLOYMENT_INSURANCE_REPORT', null),
 ('FOREIGN_DIRECT_INVESTMENT', 1, 'FOREIGN_INVESTMENT_NOTIFICATION', null),
 ('FOREIGN_DIRECT_INVESTMENT', 2, 'CORPORATE_REGISTRATION', 'FOREIGN_INVESTMENT_NOTIFICATION'),
 ('FOREIGN_DIRECT_INVESTMENT', 3, 'FOREIGN_INVESTED_COMPANY_REGISTRATION', 'CORPORATE_REGISTRATION'),
 ('START_EXPORTING', 1, 'BUSINESS_REGISTRATION', null),
 ('START_EXPORTING', 2, 'TRADE_BUSINESS_CODE', null),
 ('START_EXPORTING', 3, 'CUSTOMS_CLEARANCE_CODE', 'BUSINESS_REGISTRATION'),
 ('START_EXPORTING', 4, 'FTA_ORIGIN_CERTIFICATE', 'CUSTOMS_CLEARANCE_CODE')
) as p(bundle_code, position, service_code, requires_code)
on b.code = p.bundle_code;

insert into business_bundle_field_map (bundle_id, service_code, service_field_key, shared_field_key)
select b.id, m.service_code, m.service_field_key, m.shared_field_key
from business_bundle b join (values
 ('START_BUSINESS', 'BUSINESS_REGISTRATION', 'tradeName', 'tradeName'),
 ('START_BUSINESS', 'BUSINESS_REGISTRATION', 'address', 'address'),
 ('START_BUSINESS', 'MAIL_ORDER_REPORT', 'businessNumber', 'businessNumber'),
 ('START_BUSINESS', 'EMPLOYMENT_INSURANCE_REPORT', 'businessNumber', 'businessNumber'),
 ('FOREIGN_DIRECT_INVESTMENT', 'FOREIGN_INVESTMENT_NOTIFICATION', 'amountUsd', 'capital'),
 ('FOREIGN_DIRECT_INVESTMENT', 'CORPORATE_REGISTRATION', 'corporateName', 'tradeName'),
 ('FOREIGN_DIRECT_INVESTMENT', 'CORPORATE_REGISTRATION', 'headOffice', 'address'),
 ('FOREIGN_DIRECT_INVESTMENT', 'FOREIGN_INVESTED_COMPANY_REGISTRATION', 'businessNumber', 'businessNumber'),
 ('START_EXPORTING', 'BUSINESS_REGISTRATION', 'tradeName', 'tradeName'),
 ('START_EXPORTING', 'BUSINESS_REGISTRATION', 'address', 'address'),
 ('START_EXPORTING', 'TRADE_BUSINESS_CODE', 'businessNumber', 'businessNumber'),
 ('START_EXPORTING', 'TRADE_BUSINESS_CODE', 'tradeName', 'tradeName'),
 ('START_EXPORTING', 'CUSTOMS_CLEARANCE_CODE', 'businessNumber', 'businessNumber'),
 ('START_EXPORTING', 'CUSTOMS_CLEARANCE_CODE', 'representative', 'representative'),
 ('START_EXPORTING', 'FTA_ORIGIN_CERTIFICATE', 'businessNumber', 'businessNumber')
) as m(bundle_code, service_code, service_field_key, shared_field_key)
on b.code = m.bundle_code;

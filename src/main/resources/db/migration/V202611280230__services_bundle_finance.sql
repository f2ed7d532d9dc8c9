-- The finance step of the foreign-direct-investment bundle: the foreign-exchange report, at the
-- Ministry of Economy and Finance (the agency and department are reference data; the service itself
-- is catalogue data, loaded like the rest of the catalogue). It waits for the investment notification.
insert into agency (code, name_ko, name_en, kind)
select 'MOEF', '기획재정부', 'Ministry of Economy and Finance', 'MINISTRY'
where not exists (select 1 from agency where code = 'MOEF');

insert into department (agency_id, code, name_ko, name_en)
select a.id, d.code, d.name_ko, d.name_en
from (values
 ('MOEF', 'FX', '외환제도과', 'Foreign Exchange Policy Division')
) as d(agency, code, name_ko, name_en)
join agency a on a.code = d.agency
where not exists (select 1 from department x where x.agency_id = a.id and x.code = d.code);

insert into business_bundle_part (bundle_id, position, service_code, requires_code)
select b.id, 4, 'FOREIGN_EXCHANGE_REPORT', 'FOREIGN_INVESTMENT_NOTIFICATION'
from business_bundle b where b.code = 'FOREIGN_DIRECT_INVESTMENT';

insert into business_bundle_field_map (bundle_id, service_code, service_field_key, shared_field_key)
select b.id, m.service_code, m.service_field_key, m.shared_field_key
from business_bundle b join (values
 ('FOREIGN_EXCHANGE_REPORT', 'businessNumber', 'businessNumber'),
 ('FOREIGN_EXCHANGE_REPORT', 'amountUsd', 'capital')
) as m(service_code, service_field_key, shared_field_key) on b.code = 'FOREIGN_DIRECT_INVESTMENT';

update business_bundle set
  summary_ko = '외국인투자 신고(산업통상자원부) 후 외국환거래 신고(기획재정부)와 법인설립신고·사업자등록(국세청)을 진행하고, 이어서 외국인투자기업 등록을 합니다.',
  summary_en = 'Foreign investment notification (Ministry of Trade, Industry and Energy), then the foreign-exchange report (Ministry of Economy and Finance) and incorporation and business registration (National Tax Service), then registration as a foreign-invested company.'
where code = 'FOREIGN_DIRECT_INVESTMENT';

-- Reference data: the agencies that run Madang's services, and their processing departments.
insert into agency (code, name_ko, name_en, kind) values
 ('MOIS', '행정안전부', 'Ministry of the Interior and Safety', 'MINISTRY'),
 ('MOHW', '보건복지부', 'Ministry of Health and Welfare', 'MINISTRY'),
 ('MOEL', '고용노동부', 'Ministry of Employment and Labor', 'MINISTRY'),
 ('MOTIE', '산업통상자원부', 'Ministry of Trade, Industry and Energy', 'MINISTRY'),
 ('NTS', '국세청', 'National Tax Service', 'NATIONAL_AGENCY'),
 ('KCS', '관세청', 'Korea Customs Service', 'NATIONAL_AGENCY'),
 ('FTC', '공정거래위원회', 'Fair Trade Commission', 'COMMISSION'),
 ('NHIS', '국민건강보험공단', 'National Health Insurance Service', 'PUBLIC_INSTITUTION'),
 ('SEOUL', '서울특별시', 'Seoul Metropolitan Government', 'LOCAL_GOVERNMENT'),
 ('JONGNO', '서울특별시 종로구', 'Jongno-gu District Office, Seoul', 'LOCAL_GOVERNMENT');

insert into department (agency_id, code, name_ko, name_en)
select a.id, d.code, d.name_ko, d.name_en
from (values
 ('MOIS',  'RESIDENT',   '주민과',                 'Resident Registration Division'),
 ('MOIS',  'SAFETY',     '안전신고센터',            'Safety Report Centre'),
 ('MOIS',  'RECOVERY',   '복구지원과',              'Disaster Recovery Support Division'),
 ('MOIS',  'PRIVACY',    '개인정보보호담당관',       'Privacy Protection Office'),
 ('MOHW',  'LIVELIHOOD', '기초생활보장과',           'Basic Livelihood Security Division'),
 ('MOHW',  'CHILD',      '아동수당지원과',           'Child Allowance Division'),
 ('MOHW',  'PENSION',    '기초연금과',              'Basic Pension Division'),
 ('MOEL',  'SEOUL_EMP',  '서울고용복지플러스센터',    'Seoul Employment and Welfare Centre'),
 ('MOEL',  'INSURANCE',  '고용보험기획과',           'Employment Insurance Division'),
 ('MOTIE', 'FDI',        '투자정책과',              'Foreign Investment Policy Division'),
 ('MOTIE', 'TRADE',      '무역정책과',              'Trade Policy Division'),
 ('NTS',   'JONGNO_TAX', '종로세무서 민원봉사실',     'Jongno Tax Office, Taxpayer Service'),
 ('NTS',   'CORP_TAX',   '법인세과',               'Corporate Tax Division'),
 ('KCS',   'SEOUL_CUST', '서울본부세관 통관지원과',   'Seoul Customs, Clearance Support Division'),
 ('KCS',   'ORIGIN',     '원산지지원담당관',         'Origin Support Office'),
 ('FTC',   'CONSUMER',   '소비자거래정책과',         'Consumer Transaction Policy Division'),
 ('NHIS',  'ELIGIBILITY','자격부과실',              'Eligibility and Contributions Department'),
 ('SEOUL', 'ECONOMY',    '지역경제과',              'Local Economy Division'),
 ('SEOUL', 'CIVIL',      '민원여권과',              'Civil Affairs and Passport Division'),
 ('JONGNO', 'CIVIL',     '민원여권과',              'Civil Affairs and Passport Division'),
 ('JONGNO', 'HYGIENE',   '위생과',                 'Food Sanitation Division'),
 ('JONGNO', 'WELFARE',   '복지정책과',              'Welfare Policy Division'),
 ('JONGNO', 'TAX',       '세무1과',                'Local Tax Division')
) as d(agency, code, name_ko, name_en)
join agency a on a.code = d.agency;

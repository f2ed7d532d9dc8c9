-- Public holidays of the offices (관공서의 공휴일에 관한 규정), 2026 and 2027, other than Sundays:
-- processing periods skip them (민원 처리에 관한 법률 제19조). Reference data, loaded in every
-- configuration. Source: shared/data/kr-services.md section 2 (the 2026 월력요항 published by the
-- Korea AeroSpace Administration; 2027 lunar dates from KASI; substitutes under the 2021 and 2023
-- rules). Holidays that fall on a Saturday or Sunday are listed too: they change nothing for the
-- clock, but the table then reads like the official calendar.
--
-- Left out on purpose: 5-01 노동절 (a paid holiday for private workers, not a 관공서 공휴일 when
-- this was loaded). Marked unconfirmed (confirmed = false): 제헌절 7-17, made a public holiday by the
-- 공휴일법 amendment of 2026-01-29 while the 관공서 규정 amendment was still pending, and its 2027
-- substitute day; and the 2026-06-03 local election day, fixed by 공직선거법 §34 (first Wednesday of
-- June) but not named in the excerpt read. Correct this table when the decree is published.

create table public_holiday (
    day       date         primary key,
    name_ko   varchar(100) not null,
    name_en   varchar(100) not null,
    kind      varchar(20)  not null check (kind in ('HOLIDAY', 'SUBSTITUTE', 'ELECTION')),
    confirmed boolean      not null default true
);

insert into public_holiday (day, name_ko, name_en, kind, confirmed) values
    ('2026-01-01', '신정', 'New Year''s Day', 'HOLIDAY', true),
    ('2026-02-16', '설날 연휴', 'Seollal holidays', 'HOLIDAY', true),
    ('2026-02-17', '설날', 'Seollal (Lunar New Year)', 'HOLIDAY', true),
    ('2026-02-18', '설날 연휴', 'Seollal holidays', 'HOLIDAY', true),
    ('2026-03-01', '삼일절', 'Independence Movement Day', 'HOLIDAY', true),
    ('2026-03-02', '삼일절 대체공휴일', 'Substitute holiday for Independence Movement Day', 'SUBSTITUTE', true),
    ('2026-05-05', '어린이날', 'Children''s Day', 'HOLIDAY', true),
    ('2026-05-24', '부처님오신날', 'Buddha''s Birthday', 'HOLIDAY', true),
    ('2026-05-25', '부처님오신날 대체공휴일', 'Substitute holiday for Buddha''s Birthday', 'SUBSTITUTE', true),
    ('2026-06-03', '제9회 전국동시지방선거', '9th nationwide local elections', 'ELECTION', false),
    ('2026-06-06', '현충일', 'Memorial Day', 'HOLIDAY', true),
    ('2026-07-17', '제헌절', 'Constitution Day', 'HOLIDAY', false),
    ('2026-08-15', '광복절', 'Liberation Day', 'HOLIDAY', true),
    ('2026-08-17', '광복절 대체공휴일', 'Substitute holiday for Liberation Day', 'SUBSTITUTE', true),
    ('2026-09-24', '추석 연휴', 'Chuseok holidays', 'HOLIDAY', true),
    ('2026-09-25', '추석', 'Chuseok', 'HOLIDAY', true),
    ('2026-09-26', '추석 연휴', 'Chuseok holidays', 'HOLIDAY', true),
    ('2026-10-03', '개천절', 'National Foundation Day', 'HOLIDAY', true),
    ('2026-10-05', '개천절 대체공휴일', 'Substitute holiday for National Foundation Day', 'SUBSTITUTE', true),
    ('2026-10-09', '한글날', 'Hangeul Day', 'HOLIDAY', true),
    ('2026-12-25', '기독탄신일', 'Christmas Day', 'HOLIDAY', true),
    ('2027-01-01', '신정', 'New Year''s Day', 'HOLIDAY', true),
    ('2027-02-06', '설날 연휴', 'Seollal holidays', 'HOLIDAY', true),
    ('2027-02-07', '설날', 'Seollal (Lunar New Year)', 'HOLIDAY', true),
    ('2027-02-08', '설날 연휴', 'Seollal holidays', 'HOLIDAY', true),
    ('2027-02-09', '설날 대체공휴일', 'Substitute holiday for Seollal', 'SUBSTITUTE', true),
    ('2027-03-01', '삼일절', 'Independence Movement Day', 'HOLIDAY', true),
    ('2027-05-05', '어린이날', 'Children''s Day', 'HOLIDAY', true),
    ('2027-05-13', '부처님오신날', 'Buddha''s Birthday', 'HOLIDAY', true),
    ('2027-06-06', '현충일', 'Memorial Day', 'HOLIDAY', true),
    ('2027-07-17', '제헌절', 'Constitution Day', 'HOLIDAY', false),
    ('2027-07-19', '제헌절 대체공휴일', 'Substitute holiday for Constitution Day', 'SUBSTITUTE', false),
    ('2027-08-15', '광복절', 'Liberation Day', 'HOLIDAY', true),
    ('2027-08-16', '광복절 대체공휴일', 'Substitute holiday for Liberation Day', 'SUBSTITUTE', true),
    ('2027-09-14', '추석 연휴', 'Chuseok holidays', 'HOLIDAY', true),
    ('2027-09-15', '추석', 'Chuseok', 'HOLIDAY', true),
    ('2027-09-16', '추석 연휴', 'Chuseok holidays', 'HOLIDAY', true),
    ('2027-10-03', '개천절', 'National Foundation Day', 'HOLIDAY', true),
    ('2027-10-04', '개천절 대체공휴일', 'Substitute holiday for National Foundation Day', 'SUBSTITUTE', true),
    ('2027-10-09', '한글날', 'Hangeul Day', 'HOLIDAY', true),
    ('2027-10-11', '한글날 대체공휴일', 'Substitute holiday for Hangeul Day', 'SUBSTITUTE', true),
    ('2027-12-25', '기독탄신일', 'Christmas Day', 'HOLIDAY', true),
    ('2027-12-27', '기독탄신일 대체공휴일', 'Substitute holiday for Christmas Day', 'SUBSTITUTE', true);

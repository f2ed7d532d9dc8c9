-- Posts written per month and agency (the dashboard's participation figures, issue 16), kept as
-- each post is written rather than counted per view. Months in Korean time (MADANG_TIME_ZONE's
-- default); posts written before this table are counted once here.
create table forum_post_month (
    month       date        not null check (extract(day from month) = 1),
    agency_code varchar(20) not null,
    posts       bigint      not null default 0 check (posts >= 0),
    primary key (month, agency_code)
);

insert into forum_post_month (month, agency_code, posts)
select date_trunc('month', p.created_at at time zone 'Asia/Seoul')::date, d.agency_code, count(*)
from forum_post p join debate d on d.id = p.debate_id
group by 1, 2;

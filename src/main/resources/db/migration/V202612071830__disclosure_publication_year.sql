-- The publication's year (a search facet) is counted in the portal's time zone when it is
-- published, instead of a zone written into the entity. Existing rows were counted in Asia/Seoul.
alter table publication add column published_year integer;
update publication set published_year = extract(year from published_at at time zone 'Asia/Seoul')::integer
 where published_at is not null;

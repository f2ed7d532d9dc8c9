#!/usr/bin/env bash
# Service performance at scale (issue 16): COUNT (1,000,000) generated applications over three years,
# counted into the indicators' tables the way the recorder keeps them (performance_case: one row per
# application; performance_month and performance_month_time: the monthly sums and the histogram of
# processing times), then the dashboard's questions with wrk, each beside a static file served by the
# same Liberty in the same run. Goal: every dashboard query p95 < 200 ms.
#
# Against a running portal on a throw-away database:   mvn -Pdev package liberty:run
# then:                                                 bench/performance.sh [base-url]
# Afterwards POST /api/performance/rebuild (ADMIN) recounts the aggregate from the real applications.
#
# Settings (environment): BASE (http://localhost:9080), DB_PORT (5433), DB_USER / DB_PASSWORD / DB_NAME
# (madang), COUNT (1000000), CONNECTIONS (8), THREADS (2), DURATION (15s), WARMUP (3s).
# Generated cases have application ids from 1,000,000,000 up (no application row behind them).
set -euo pipefail

COUNT="${COUNT:-1000000}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-3s}"
# shellcheck source=bench/common.sh
. "$(cd "$(dirname "$0")" && pwd)/common.sh"

# --- 1. generated cases and their monthly sums ----------------------------------------------------
have=$("${PSQL[@]}" -t -A -c "select count(*) from performance_case where application_id >= 1000000000")
if [ "$have" -lt "$COUNT" ]; then
  echo "generating $COUNT cases over three years and their monthly sums..." >&2
  t0=$(date +%s)
  "${PSQL[@]}" <<SQL
delete from performance_case where application_id >= 1000000000;
with services as (select id, department_id, (period_unit = 'DAYS' and period_amount > 5) as in_days,
                         row_number() over (order by id) - 1 as n from civil_service),
     ns as (select count(*) as c from services),
     g as (select i, timestamptz '2024-01-01 00:00+09' + (i % 1096) * interval '1 day'
                     + (i % 9 + 9) * interval '1 hour' as started
           from generate_series(1, $COUNT) i)
insert into performance_case (application_id, service_id, department_id, stage, started_at, received_at, ended_at,
                              due_at, paused_at, counts_in_days, units_taken, on_time, extended, supplement_requested)
select 1000000000 + i, s.id, s.department_id,
       case when i % 100 < 2 then 'DRAFT' when i % 100 < 5 then 'OPEN' when i % 100 < 8 then 'WITHDRAWN'
            when i % 100 < 15 then 'REJECTED' else 'APPROVED' end,
       started,
       case when i % 100 >= 2 then started + interval '10 minutes' end,
       case when i % 100 >= 5 then started + (1 + i % 14) * interval '1 day' end,
       started + interval '14 days', null, s.in_days,
       case when i % 100 >= 8 then 1 + i % 14 end,
       case when i % 100 >= 8 then i % 14 < 12 end,
       i % 50 = 0, i % 9 = 0
from g join services s on s.n = i % (select c from ns);

-- the monthly sums the recorder would have added, case by case (months in Korean time)
with c as (select * from performance_case where application_id >= 1000000000),
     parts as (
       select date_trunc('month', started_at at time zone 'Asia/Seoul')::date as month, service_id, department_id,
              1 as started, (received_at is not null)::int as submitted, 0 as received, 0 as approved, 0 as rejected,
              0 as withdrawn, 0 as on_time, 0 as extended, 0 as supplemented from c
       union all
       select date_trunc('month', received_at at time zone 'Asia/Seoul')::date, service_id, department_id,
              0, 0, 1, 0, 0, 0, 0, 0, 0 from c where received_at is not null
       union all
       select date_trunc('month', ended_at at time zone 'Asia/Seoul')::date, service_id, department_id, 0, 0, 0,
              (stage = 'APPROVED')::int, (stage = 'REJECTED')::int, (stage = 'WITHDRAWN')::int,
              coalesce(on_time, false)::int, (extended and stage in ('APPROVED', 'REJECTED'))::int,
              (supplement_requested and stage in ('APPROVED', 'REJECTED'))::int
       from c where ended_at is not null)
insert into performance_month (month, service_id, department_id, started, submitted, received, approved, rejected,
                               withdrawn, on_time, extended, supplemented)
select month, service_id, department_id, sum(started), sum(submitted), sum(received), sum(approved), sum(rejected),
       sum(withdrawn), sum(on_time), sum(extended), sum(supplemented)
from parts group by 1, 2, 3
on conflict (month, service_id, department_id) do update set started = performance_month.started + excluded.started,
  submitted = performance_month.submitted + excluded.submitted, received = performance_month.received + excluded.received,
  approved = performance_month.approved + excluded.approved, rejected = performance_month.rejected + excluded.rejected,
  withdrawn = performance_month.withdrawn + excluded.withdrawn, on_time = performance_month.on_time + excluded.on_time,
  extended = performance_month.extended + excluded.extended,
  supplemented = performance_month.supplemented + excluded.supplemented;

insert into performance_month_time (month, service_id, department_id, in_days, units, cases)
select date_trunc('month', ended_at at time zone 'Asia/Seoul')::date, service_id, department_id, counts_in_days,
       units_taken, count(*)
from performance_case where application_id >= 1000000000 and stage in ('APPROVED', 'REJECTED')
group by 1, 2, 3, 4, 5
on conflict (month, service_id, department_id, in_days, units) do update
  set cases = performance_month_time.cases + excluded.cases;
-- the backlog now, as the recorder and the sweep keep it (open cases, and those past due)
update performance_case set overdue = true
where stage = 'OPEN' and due_at is not null and coalesce(paused_at, now()) > due_at and not overdue;
delete from performance_open;
insert into performance_open (service_id, department_id, open, overdue)
select service_id, department_id, count(*), count(*) filter (where overdue)
from performance_case where stage = 'OPEN' group by service_id, department_id;
analyze performance_case;
analyze performance_open;
analyze performance_month;
analyze performance_month_time;
SQL
  echo "generated in $(( $(date +%s) - t0 )) s" >&2
fi
cases=$("${PSQL[@]}" -t -A -c "select count(*) from performance_case")
months=$("${PSQL[@]}" -t -A -c "select count(*) from performance_month")
times=$("${PSQL[@]}" -t -A -c "select count(*) from performance_month_time")

# --- 2. the dashboard's questions, each beside the static anchor ----------------------------------
STATIC="/resources/css/madang.css"
curl -fsS -o /dev/null "$BASE$STATIC" || { echo "no static anchor at $BASE$STATIC" >&2; exit 1; }
SERVICE=$("${PSQL[@]}" -t -A -c "select code from civil_service order by id limit 1")

printf '\nThe performance dashboard at %s: %s counted cases, %s month rows, %s histogram rows; %s connections, %s wrk threads, %s each (load before: %s)\n' \
  "$BASE" "$cases" "$months" "$times" "$CONNECTIONS" "$THREADS" "$DURATION" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n| question | req/s | p50 ms | **p95 ms** | p99 ms | errors | goal |\n|---|---|---|---|---|---|---|\n'
for row in "static anchor|$STATIC|anchor" \
           "API, all services, last 12 months|/api/performance/indicators|p95 < 200 ms" \
           "API, all services, three years|/api/performance/indicators?from=2024-01&to=2026-12|p95 < 200 ms" \
           "API, one agency, three years|/api/performance/indicators?agency=NTS&from=2024-01&to=2026-12|p95 < 200 ms" \
           "API, one service, three years|/api/performance/indicators?service=$SERVICE&from=2024-01&to=2026-12|p95 < 200 ms" \
           "CSV, all services, three years|/api/performance/indicators.csv?from=2024-01&to=2026-12|p95 < 200 ms" \
           "dashboard page, three years|/performance/?from=2024-01&to=2026-12|p95 < 200 ms"; do
  IFS='|' read -r name path goal <<< "$row"
  read -r rps p50 p95 p99 bad <<< "$(measure "$path")"
  printf '| %s `%s` | %s | %s | **%s** | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p95" "$p99" "$bad" "$goal"
done

# --- 3. a full rebuild of the aggregate (REBUILD_COUNT > 0) ------------------------------------------
# Adds REBUILD_COUNT bare applications (no answers: the rebuild reads only the application row and
# its steps) and times POST /api/performance/rebuild, which counts every application again in one
# transaction. The rebuild forgets the generated cases of step 1 (they have no application behind
# them), so it comes last; run the script again to measure the dashboard afterwards.
REBUILD_COUNT="${REBUILD_COUNT:-0}"
if [ "$REBUILD_COUNT" -gt 0 ]; then
  "${PSQL[@]}" <<SQL
delete from application where draft_key like 'bench-%';
with services as (select id, department_id, period_unit, period_amount, row_number() over (order by id) - 1 as n
                  from civil_service),
     ns as (select count(*) as c from services),
     g as (select i, timestamptz '2024-01-01 09:00+09' + (i % 1096) * interval '1 day' as started
           from generate_series(1, $REBUILD_COUNT) i)
insert into application (draft_key, number, service_id, applicant_id, applicant_name, status, department_id,
                         period_unit, period_amount, received_at, due_at, created_at, updated_at, decided_at)
select 'bench-' || i, to_char(started at time zone 'Asia/Seoul', 'YYYYMMDD') || '-' || lpad((500000 + i / 1096)::text, 6, '0') || '-9',
       s.id, (select min(id) from account), '벤치', case when i % 10 = 0 then 'SUBMITTED' else 'APPROVED' end,
       s.department_id, s.period_unit, s.period_amount, started, started + interval '14 days', started, started,
       case when i % 10 = 0 then null else started + (1 + i % 14) * interval '1 day' end
from g join services s on s.n = i % (select c from ns);
analyze application;
SQL
  apps=$("${PSQL[@]}" -t -A -c "select count(*) from application")
  JAR="$WORK/cookies"
  sign_in_admin "$JAR"
  t0=$(date +%s.%N)
  answer=$(curl -sS -b "$JAR" -H "Origin: $BASE" -X POST -w ' HTTP %{http_code}' "$BASE/api/performance/rebuild")
  t1=$(date +%s.%N)
  printf '\nFull rebuild of the aggregate from %s applications: %s s end to end (answer: %s; load: %s)\n' \
    "$apps" "$(echo "$t1 - $t0" | bc)" "$answer" "$(cut -d' ' -f1-3 /proc/loadavg)"
fi

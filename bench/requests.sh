#!/usr/bin/env bash
# The public request log at scale (issue 13): 100,000 generated information-disclosure requests;
# latency of the anonymous log page, the statistics page (read from the statistics the commands keep,
# recounted here by the administrator after the rows are generated) and the open-data API (newest
# first, a filter, a search of subjects), each beside a static file of the portal served by the same
# Liberty in the same run.
# Goal: p95 < 100 ms for the log and the statistics pages.
#
# Against a running portal with demo data:   mvn -Pdev package liberty:run
# then:                                      bench/requests.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), DB_PORT (5433), DB_USER / DB_PASSWORD /
# DB_NAME (madang), COUNT (100000 requests in all), CONNECTIONS (16), THREADS (2), DURATION (20s),
# WARMUP (5s), ADMIN / PASSWORD (the demo administrator, who recounts the statistics and rebuilds the
# log's search index). Generated rows carry the requester name "bench" and receipt numbers of past days with
# sequences from 900000, so they never meet a number the portal hands out.
set -euo pipefail

CONNECTIONS="${CONNECTIONS:-16}"
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=bench/common.sh
. "$HERE/common.sh"

# --- 1. generated requests, up to COUNT in all -----------------------------------------------------
have=$("${PSQL[@]}" -t -A -c "select count(*) from disclosure_request")
missing=$((COUNT - have))
if [ "$missing" -gt 0 ]; then
  echo "generating $missing requests with their notices..." >&2
  t0=$(date +%s)
  "${PSQL[@]}" <<SQL
-- the receipt number's Damm check digit, as platform.integrity.DammCheckDigit computes it
create function pg_temp.damm(digits text) returns int language plpgsql immutable as \$\$
declare
  t int[] := array[0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, 4,2,0,6,8,7,1,3,5,9, 1,7,5,0,9,8,3,4,2,6,
                   6,1,2,3,0,4,5,9,7,8, 3,6,7,4,2,0,9,5,8,1, 5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7,
                   9,4,3,8,6,1,7,2,0,5, 2,5,8,1,4,3,6,7,9,0];
  x int := 0;
begin
  for k in 1 .. length(digits) loop
    x := t[x * 10 + substr(digits, k, 1)::int + 1];
  end loop;
  return x;
end \$\$;
with words(w) as (select array['업무추진비','집행내역','회의록','출장','용역','계약','보조금','예산','민원','처리대장',
       '감사','결과','위원회','수당','청사','관리비','채용','시험','문항','교통','사고','통계','미세먼지','측정',
       '하천','정비','공사','설계','도로','보수']),
     depts as (select d.id, row_number() over (order by d.id) - 1 as n from department d),
     nd as (select count(*) as c from depts),
     who as (select min(id) as id from account),
     g as (select i, (select w from words) as w, date '2021-01-04' + (i % 1800) as day
           from generate_series(1, $missing) i),
     rows as (
       insert into disclosure_request (number, requester_id, requester_name, subject, description, wanted_form,
                                       delivery, subject_private, department_id, status, received_at, received_on,
                                       due_on, overdue_on, overdue_since, decision, decided_on, decided_late,
                                       decision_text, objection_deadline, updated_at)
       select 'DR-' || to_char(day, 'YYYYMMDD') || '-' || lpad((900000 + i / 1800)::text, 6, '0') || '-'
                || pg_temp.damm(to_char(day, 'YYYYMMDD') || lpad((900000 + i / 1800)::text, 6, '0')),
              (select id from who), 'bench',
              w[1 + i % 30] || ' ' || w[1 + (i / 30) % 30] || ' 관련 자료 ' || i,
              to_char(day, 'YYYY') || '년 ' || w[1 + i % 30] || ' 및 ' || w[1 + (i * 7) % 30] || ' 자료 일체',
              (array['COPY','ELECTRONIC_FILE','INSPECTION'])[1 + i % 3], (array['PORTAL','EMAIL','POST'])[1 + i % 3],
              i % 17 = 0, d.id,
              case when i % 10 < 7 then 'DECIDED' when i % 10 < 9 then 'UNDER_REVIEW' else 'RECEIVED' end,
              day + time '10:00' - interval '9 hours', day, day + 10, day + 21,
              case when i % 10 = 9 then day + 21 end,
              case when i % 10 < 7 then (array['DISCLOSURE','PARTIAL_DISCLOSURE','NON_DISCLOSURE','NOT_HELD'])[1 + i % 4] end,
              case when i % 10 < 7 then day + 3 + i % 12 end,
              case when i % 10 < 7 then 3 + i % 12 > 10 end,
              case when i % 10 < 7 then '결정 통지: 요청하신 정보에 대하여 결정하였습니다.' end,
              case when i % 10 < 7 and i % 4 <> 0 then day + 33 + i % 12 end,
              now()
       from g join depts d on d.n = i % (select c from nd)
       returning id, department_id, received_at, status, decided_on)
insert into disclosure_request_step (request_id, kind, at, department_id, officer_name, note, due_on)
select id, 'RECEIVED', received_at, department_id, null::varchar, null::varchar, null::date from rows
union all
select id, 'DECIDED', decided_on + time '15:00' - interval '9 hours', department_id, 'bench',
       '결정 통지: 요청하신 정보에 대하여 결정하였습니다.', null::date from rows where status = 'DECIDED';
analyze disclosure_request;
analyze disclosure_request_step;
SQL
  echo "generated in $(( $(date +%s) - t0 )) s" >&2
fi
total=$("${PSQL[@]}" -t -A -c "select count(*) from disclosure_request")
# the generated rows went around the commands that keep the statistics: the administrator recounts them
JAR="$WORK/cookies"
sign_in_admin "$JAR"
curl -fsS -b "$JAR" -H "Origin: $BASE" -X POST "$BASE/api/open/requests/statistics/rebuild" >&2 || {
  echo "the statistics could not be recounted" >&2; exit 1; }
echo >&2
# ... and have the search index rebuilt (it indexes what the commands did not: the generated rows)
curl -fsS -o /dev/null -b "$JAR" -H "Origin: $BASE" -X POST "$BASE/api/open/requests/index/rebuild" || true
t0=$(date +%s)
while :; do
  status=$(curl -fsS -b "$JAR" "$BASE/api/open/requests/index")
  grep -q '"running":false' <<< "$status" && break
  sleep 5
done
echo "search index: $status ($(( $(date +%s) - t0 )) s)" >&2

# --- 2. latency of each address, beside a static file, one after the other ------------------------
STATIC="/resources/css/madang.css"
curl -fsS -o /dev/null "$BASE$STATIC" || { echo "no static anchor at $BASE$STATIC" >&2; exit 1; }
# a page of the log at a random place in it: each request a different address, so none is served
# from the kept pages (what a reader paging through the log costs: the keyset query and Faces)
maxid=$("${PSQL[@]}" -t -A -c "select max(id) from disclosure_request")
cat > "$WORK/random.lua" <<LUA
request = function()
  return wrk.format("GET", "/open/requests/?cursor=before-" .. math.random(21, $maxid))
end
done = function(summary, latency, requests)
  io.write(string.format("P50 %.2f\\nP95 %.2f\\nP99 %.2f\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
SUBJECT_WORD=$(printf '%s' '업무추진비' | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')

printf '\nThe public request log at %s: %s requests; %s connections, %s wrk threads, %s each (load before: %s)\n' \
  "$BASE" "$total" "$CONNECTIONS" "$THREADS" "$DURATION" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n| address | req/s | p50 ms | **p95 ms** | p99 ms | errors | goal |\n|---|---|---|---|---|---|---|\n'
for row in "static anchor|$STATIC|anchor" \
           "log page, newest first|/open/requests/|p95 < 100 ms" \
           "log page, one agency and status|/open/requests/?agency=NTS&status=DECIDED|p95 < 100 ms" \
           "log page at a random place (never kept)|@random|reported" \
           "statistics page|/open/requests/statistics.xhtml|p95 < 100 ms" \
           "API log, 20 newest|/api/open/requests?limit=20|reported" \
           "API log, subject search|/api/open/requests?limit=20&q=$SUBJECT_WORD|reported" \
           "API statistics|/api/open/requests/statistics|reported"; do
  IFS='|' read -r name path goal <<< "$row"
  if [ "$path" = "@random" ]; then
    read -r rps p50 p95 p99 bad <<< "$(SCRIPT="$WORK/random.lua" measure /open/requests/)"
    path="/open/requests/?cursor=before-<random>"
  else
    read -r rps p50 p95 p99 bad <<< "$(measure "$path")"
  fi
  printf '| %s `%s` | %s | %s | **%s** | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p95" "$p99" "$bad" "$goal"
done

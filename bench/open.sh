#!/usr/bin/env bash
# Published information at scale (issue 12): 100,000 generated publications; indexing throughput
# (documents/s of a full index rebuild), search latency (p50/p95/p99 of the open-data API's search,
# varied Korean and English queries), and the anonymous /open/ list page's throughput beside a
# static HTML file of the same size served by the same Liberty, in one run.
# Goals: search p95 < 50 ms; /open/ >= 0.25 of the static file's throughput. The 20 queries in turn
# are answered from the kept answers of anonymous searches after their first run (as a popular
# search is on a real portal); the lines "a different query each time" measure the engine itself.
#
# Against a running portal with demo data:   mvn -Pdev package liberty:run
# then:                                      bench/open.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), DB_PORT (5433), DB_USER / DB_PASSWORD /
# DB_NAME (madang), COUNT (100000 publications in all), CONNECTIONS (32), THREADS (2), DURATION
# (20s), WARMUP (5s), ADMIN / PASSWORD (the demo administrator, who starts the index rebuild).
# Generated rows carry the title prefix "[bench]"; they have no files on disk (never downloaded here).
# The static twin is src/main/webapp/bench/open-static.html (git-ignored): regenerated when its size
# is off, then the WAR must be rebuilt to serve it (the script says so).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
STATIC_SRC="$HERE/../src/main/webapp/bench/open-static.html"
# shellcheck source=bench/common.sh
. "$HERE/common.sh"

# --- 1. generated publications, up to COUNT in all ------------------------------------------------
have=$("${PSQL[@]}" -t -A -c "select count(*) from publication")
missing=$((COUNT - have))
if [ "$missing" -gt 0 ]; then
  echo "generating $missing publications (rows and extracted text; no files)..." >&2
  t0=$(date +%s)
  "${PSQL[@]}" <<SQL
with words(w) as (select array['주민등록','전입신고','미세먼지','대기질','청년','일자리','고용보험','실업급여','건강보험',
       '건강검진','기초연금','아동수당','법인세','부가가치세','근로장려금','통관','원산지','수출','수입','반도체',
       '소상공인','전통시장','공공자전거','스마트시티','재난안전','지진','산불','예산','집행','결산','회의록',
       '결재','보고서','계획','통계','민원','처리기간','개인정보','정보공개','전자정부','AI','ESG','IoT','FTA',
       'budget','report','statistics','minutes','plan','survey']),
     depts as (select d.id, a.code, row_number() over (order by d.id) - 1 as n from department d join agency a on a.id = d.agency_id),
     nd as (select count(*) as c from depts),
     g as (select i, (select w from words) as w from generate_series(1, $missing) i),
     rows as (
       insert into publication (kind, category, title_ko, title_en, summary_ko, summary_en, agency_code, department_id,
                                legal_basis, keywords, licence, status, published_at, current_version, created_by,
                                created_at, updated_at)
       select case when i % 5 = 0 then 'DATASET' else 'DOCUMENT' end,
              (array['DECISION','REPORT','MINUTES','APPROVAL','STATISTICS','PLAN','BUDGET','DATA'])[1 + i % 8],
              '[bench] ' || w[1 + i % 50] || ' ' || w[1 + (i / 50) % 50] || ' ' || (2015 + i % 12) || '년 자료 ' || i,
              '[bench] item ' || i || ' on ' || w[45 + i % 6],
              w[1 + (i * 7) % 50] || ' 및 ' || w[1 + (i * 11) % 50] || '에 관한 자료입니다.',
              'Generated item ' || i || '.',
              d.code, d.id, '공공기관의 정보공개에 관한 법률 제7조', w[1 + i % 50] || ', ' || w[1 + (i * 3) % 50], 'KOGL_1',
              'PUBLISHED', timestamp '2015-01-01' + (i % 4300) * interval '1 day' + (i % 1440) * interval '1 minute',
              1, 'bench', now(), now()
       from g join depts d on d.n = i % (select c from nd)
       returning id, kind, title_ko, summary_ko, keywords)
insert into publication_version (publication_id, number, file_name, content_type, format, size_bytes, storage_key, sha256,
                                 extracted_text, text_status, created_by, created_at)
select p.id, 1, 'bench-' || p.id || case when p.kind = 'DATASET' then '.csv' else '.pdf' end,
       case when p.kind = 'DATASET' then 'text/csv; charset=UTF-8' else 'application/pdf' end,
       case when p.kind = 'DATASET' then 'CSV' else 'PDF' end, 20000,
       'open/00/' || gen_random_uuid() || '.bin', repeat('0', 64),
       p.title_ko || '. ' || p.summary_ko || ' ' || repeat(p.keywords || '의 추진 현황과 향후 계획을 정리하였습니다. ', 8),
       'EXTRACTED', 'bench', now()
from rows p;  -- (a statement does not see its own CTE's inserts in the table: read them from RETURNING)
-- the year facet, as the portal counts it when it publishes (MADANG_TIME_ZONE, Asia/Seoul by default)
update publication set published_year = extract(year from published_at at time zone 'Asia/Seoul')::integer
 where published_year is null and published_at is not null;
SQL
  echo "generated in $(( $(date +%s) - t0 )) s" >&2
fi
total=$("${PSQL[@]}" -t -A -c "select count(*) from publication")

# --- 2. the administrator rebuilds the index; documents per second ---------------------------------
JAR="$WORK/cookies"
sign_in_admin "$JAR"
curl -fsS -o /dev/null -b "$JAR" -H "Origin: $BASE" -X POST "$BASE/api/open/index/rebuild" || true
while :; do
  status=$(curl -fsS -b "$JAR" "$BASE/api/open/index")
  grep -q '"running":false' <<< "$status" && break
  sleep 5
done
INDEXED=$(sed 's/.*"indexed":\([0-9]*\).*/\1/' <<< "$status")
DOCS=$(sed 's/.*"lastRunDocuments":\([0-9]*\).*/\1/' <<< "$status")
SECS=$(sed 's/.*"lastRunSeconds":\([0-9.]*\).*/\1/' <<< "$status")
RATE=$(sed 's/.*"documentsPerSecond":\([0-9.]*\).*/\1/' <<< "$status")

# --- 3. search latency (open-data API, varied queries) ---------------------------------------------
cat > "$WORK/search.lua" <<'LUA'
local queries = {"주민등록", "서울시의 공공자전거", "미세먼지 대책", "청년 일자리", "고용보험의", "건강검진 통계",
  "법인세 신고", "통관 원산지", "예산 집행", "회의록", "정보공개", "전자정부 AI", "ESG", "budget report",
  "스마트시티 IoT", "재난안전", "근로장려금을", "전통시장 소상공인", "수출 반도체", "결산 보고서"}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local enc = q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/open/publications?limit=20&q=" .. enc)
end
done = function(summary, latency, requests)
  io.write(string.format("P50 %.2f\nP95 %.2f\nP99 %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -s "$WORK/search.lua" "$BASE" >/dev/null
search_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$WORK/search.lua" "$BASE")
S_RPS=$(awk '/^Requests\/sec/ {print $2}' <<< "$search_out")
S_P50=$(awk '$1 == "P50" {print $2}' <<< "$search_out")
S_P95=$(awk '$1 == "P95" {print $2}' <<< "$search_out")
S_P99=$(awk '$1 == "P99" {print $2}' <<< "$search_out")
S_BAD=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$search_out")
# the same search API with a different query on every request (two words of 50, and a page size of
# 10-29: 25,000 combinations), so the kept answers of repeated searches do not help: the engine's own speed
cat > "$WORK/distinct.lua" <<'LUA'
local words = {"주민등록","전입신고","미세먼지","대기질","청년","일자리","고용보험","실업급여","건강보험","건강검진",
  "기초연금","아동수당","법인세","부가가치세","근로장려금","통관","원산지","수출","수입","반도체","소상공인","전통시장",
  "공공자전거","스마트시티","재난안전","지진","산불","예산","집행","결산","회의록","결재","보고서","계획","통계","민원",
  "처리기간","개인정보","정보공개","전자정부","AI","ESG","IoT","FTA","budget","report","statistics","minutes","plan","survey"}
local i = math.random(0, 1000) * 7919
request = function()
  i = i + 1
  local q = words[(i % 50) + 1] .. " " .. words[(math.floor(i / 50) % 50) + 1]
  local enc = q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/api/open/publications?limit=" .. (10 + math.floor(i / 2500) % 20) .. "&q=" .. enc)
end
done = function(summary, latency, requests)
  io.write(string.format("P50 %.2f\nP95 %.2f\nP99 %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
distinct_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$WORK/distinct.lua" "$BASE")
D_RPS=$(awk '/^Requests\/sec/ {print $2}' <<< "$distinct_out")
D_P50=$(awk '$1 == "P50" {print $2}' <<< "$distinct_out")
D_P95=$(awk '$1 == "P95" {print $2}' <<< "$distinct_out")
D_P99=$(awk '$1 == "P99" {print $2}' <<< "$distinct_out")
# the distinct searches again from 4 connections (a quieter portal)
distinct4=$(wrk -t2 -c4 -d"$DURATION" --timeout 10s -s "$WORK/distinct.lua" "$BASE")
D4_P50=$(awk '$1 == "P50" {print $2}' <<< "$distinct4")
D4_P95=$(awk '$1 == "P95" {print $2}' <<< "$distinct4")
D4_RPS=$(awk '/^Requests\/sec/ {print $2}' <<< "$distinct4")

# one search alone, for the record (no concurrency)
ONE=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/open/publications?limit=20&q=%EC%84%9C%EC%9A%B8%EC%8B%9C%EC%9D%98%20%EA%B3%B5%EA%B3%B5%EC%9E%90%EC%A0%84%EA%B1%B0")

# --- 4. /open/ beside its static twin ----------------------------------------------------------------
curl -fsS -H "Cookie: madang_lang=ko" -o "$WORK/open.html" "$BASE/open/"
OPEN_BYTES=$(wc -c < "$WORK/open.html")
mkdir -p "$(dirname "$STATIC_SRC")"
OLD_BYTES=$(wc -c < "$STATIC_SRC" 2>/dev/null || echo 0)
if awk -v a="$OPEN_BYTES" -v b="$OLD_BYTES" 'BEGIN { exit !(b == 0 || (a - b) / b > 0.01 || (b - a) / b > 0.01) }'; then
  cp "$WORK/open.html" "$STATIC_SRC"
  echo "note: regenerated src/main/webapp/bench/open-static.html ($OPEN_BYTES bytes); rebuild the WAR to serve it" >&2
fi
STATIC="/bench/open-static.html"
STATIC_BYTES=$(curl -fsS -o /dev/null -w '%{size_download}' "$BASE$STATIC") || {
  echo "the WAR does not serve $STATIC yet: rebuild and run again" >&2; exit 1; }
page() { # path -> "rps p99ms errors"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: madang_lang=ko" "$BASE$1" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -H "Cookie: madang_lang=ko" "$BASE$1")
  local rps p99 bad
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<< "$out")
  bad=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$out")
  echo "$rps ${p99:-NaN} ${bad:-0}"
}
read -r T_RPS T_P99 T_BAD <<< "$(page "$STATIC")"
read -r O_RPS O_P99 O_BAD <<< "$(page /open/)"
RATIO=$(awk -v o="$O_RPS" -v t="$T_RPS" 'BEGIN { printf "%.2f", o / t }')

echo
echo "Published information at $BASE: $total publications ($INDEXED indexed); $CONNECTIONS connections, $THREADS wrk threads, $DURATION each"
printf '\n| measure | figure | goal |\n|---|---|---|\n'
printf '| index rebuild | %s documents in %s s = **%s documents/s** | reported |\n' "$DOCS" "$SECS" "$RATE"
printf '| search (API, 20 queries in turn) | p50 %s ms, **p95 %s ms**, p99 %s ms, %s req/s, %s errors; one request alone %s s | p95 < 50 ms |\n' \
  "$S_P50" "$S_P95" "$S_P99" "$S_RPS" "$S_BAD" "$ONE"
printf '| search, a different query each time (%s connections) | p50 %s ms, **p95 %s ms**, p99 %s ms, %s req/s | engine speed, reported |\n' \
  "$CONNECTIONS" "$D_P50" "$D_P95" "$D_P99" "$D_RPS"
printf '| search, a different query each time (4 connections) | p50 %s ms, **p95 %s ms**, %s req/s | engine speed, reported |\n' \
  "$D4_P50" "$D4_P95" "$D4_RPS"
printf '| static twin %s (%s bytes) | %s req/s, p99 %s ms, %s errors | anchor |\n' "$STATIC" "$STATIC_BYTES" "$T_RPS" "$T_P99" "$T_BAD"
printf '| /open/ anonymous (%s bytes) | %s req/s, p99 %s ms, %s errors, **%s of static** | >= 0.25 |\n' "$OPEN_BYTES" "$O_RPS" "$O_P99" "$O_BAD" "$RATIO"

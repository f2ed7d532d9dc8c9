#!/usr/bin/env bash
# The e-forum and petitions at scale (issue 14): 10,000 generated petitions and one debate of
# 100,000 posts (50,000 threads, each with one reply); latency and throughput of the petition list
# (page and API), and of page 1 and page 1,000 of the debate (keyset cursor), each beside a static
# twin of the same page (same size, same Liberty, same run); then sustained supports per second
# from 64 concurrent clients (each a verified resident signed in, supporting the same petitions in
# the same order, so they contend on the same rows), with the count checked exact at the end.
# Goals: p95 < 100 ms and >= 0.25 of the static twin's throughput; supports reported (UK anchor:
# 1,500 a minute = 25/s), counts exact.
#
# Against a running portal with demo data whose support rate limit is lifted for the bench clients:
#   mvn -Pdev package liberty:run -Dliberty.var.MADANG_PETITION_SUPPORTS_PER_MINUTE=100000
# then:  bench/forum.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), DB_PORT (5433), DB_USER / DB_PASSWORD /
# DB_NAME (madang), COUNT (10000 petitions), POSTS (100000), CLIENTS (64), SUPPORTS_EACH (30
# petitions each client supports), CONNECTIONS (32), THREADS (2), DURATION (20s), WARMUP (5s).
# Generated rows: petition titles start "[bench]", the debate is "[bench] 대규모 토론", the
# supporters are bench.supporter.N@bench.example.kr (password: the demo password).
# The static twins are src/main/webapp/bench/forum-*.html (git-ignored): regenerated when their
# size is off; a server that does not serve them yet needs the WAR rebuilt (the script says so).
set -euo pipefail

COUNT="${COUNT:-10000}"
POSTS="${POSTS:-100000}"
CLIENTS="${CLIENTS:-64}"
SUPPORTS_EACH="${SUPPORTS_EACH:-30}"
PASSWORD="${PASSWORD:-Madang!2026}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TWINS="$HERE/../src/main/webapp/bench"
# shellcheck source=bench/common.sh
. "$HERE/common.sh"
command -v python3 >/dev/null || { echo "python3 is needed for the support clients" >&2; exit 1; }

# --- 1. petitions: COUNT listed ones, spread over 60 days, 9 categories, 4 agencies ---------------
have=$("${PSQL[@]}" -t -A -c "select count(*) from petition where title like '[bench] %'")
missing=$((COUNT - have))
if [ "$missing" -gt 0 ]; then
  echo "generating $missing petitions..." >&2
  t0=$(date +%s)
  "${PSQL[@]}" <<SQL
insert into petition (title, body, category, agency_code, author_resident_key, sponsor_token, status, created_at,
                      sponsor_count, published_at, closes_at, answer_threshold, answer_days, support_count)
select '[bench] ' || (array['버스 노선','공원 조성','주차 문제','학교 급식','도서관 운영','자전거 도로','쓰레기 수거',
                            '가로등 설치','복지관 확충','소음 대책'])[1 + i % 10] || ' 청원 ' || ($have + i),
       '생성된 청원 본문입니다. 번호 ' || ($have + i) || '. 주민의 요구를 정리하였습니다.',
       (array['ADMINISTRATION','ECONOMY','WELFARE','EDUCATION','ENVIRONMENT','TRANSPORT','SAFETY','CULTURE','OTHER'])[1 + i % 9],
       (array['SEOUL','MOIS','NTS','JONGNO'])[1 + i % 4], gen_random_uuid(), 'bench-' || md5(random()::text || i),
       'PUBLISHED', now() - make_interval(mins => (i * 8)), 5, now() - make_interval(mins => (i * 8 - 30)),
       now() - make_interval(mins => (i * 8 - 30)) + interval '30 days', 100000, 30, (i * 7919) % 5000
from generate_series(1, $missing) i;
analyze petition;
SQL
  echo "generated in $(( $(date +%s) - t0 )) s" >&2
fi

# --- 2. the debate: POSTS posts, half threads, half replies ---------------------------------------
debate=$("${PSQL[@]}" -t -A -c "select id from debate where title = '[bench] 대규모 토론'")
if [ -z "$debate" ]; then
  echo "generating a debate of $POSTS posts..." >&2
  t0=$(date +%s)
  threads=$((POSTS / 2))
  debate=$("${PSQL[@]}" -t -A <<SQL
insert into debate (agency_code, title, background, audience, opens_at, closes_at, created_by, created_at)
values ('SEOUL', '[bench] 대규모 토론', '벤치마크를 위해 생성한 토론입니다.', 'SIGNED_IN', now() - interval '30 days',
        now() + interval '30 days', (select min(id) from account), now() - interval '30 days')
returning id;
SQL
)
  debate=$(head -1 <<< "$debate")
  "${PSQL[@]}" <<SQL
create temporary table bench_thread as
with t as (
  insert into forum_post (debate_id, author_account_id, body, created_at, agree_count, disagree_count, reply_count)
  select $debate, null, '생성된 토론 글 ' || i || ': 버스 노선과 배차 간격에 대한 의견입니다.',
         now() - interval '30 days' + make_interval(secs => i * 20), (i * 31) % 97, (i * 17) % 13, 1
  from generate_series(1, $threads) i
  returning id, created_at)
select id, created_at from t;
insert into forum_post (debate_id, parent_id, author_account_id, body, created_at)
select $debate, id, null, '생성된 답글: 동의합니다.', created_at + interval '5 seconds' from bench_thread;
analyze forum_post;
SQL
  echo "generated in $(( $(date +%s) - t0 )) s" >&2
fi
posts=$("${PSQL[@]}" -t -A -c "select count(*) from forum_post where debate_id = $debate")
# page 1,000 of the newest-first threads (20 a page) starts after the 19,980th thread
deep=$("${PSQL[@]}" -t -A -c "select id from forum_post where debate_id = $debate and parent_id is null
                               order by id desc offset 19979 limit 1")
[ -n "$deep" ] || { echo "the debate has fewer than 1,000 pages of threads" >&2; exit 1; }

# --- 3. the support clients: verified residents, and fresh petitions they all support -------------
"${PSQL[@]}" <<SQL
insert into account (email, name, password_hash, birth_date, region, verification, verified_at, created_at,
                     password_changed_at)
select 'bench.supporter.' || n || '@bench.example.kr', '벤치주민' || n,
       (select password_hash from account where email = 'resident@madang.go.kr'), date '1980-01-01' + n, 'SEOUL',
       'VERIFIED_RESIDENT', now(), now(), now()
from generate_series(1, $CLIENTS) n
on conflict (email) do nothing;
insert into account_role (account_id, role)
select id, 'CITIZEN' from account where email like 'bench.supporter.%@bench.example.kr' on conflict do nothing;
insert into resident_identity (resident_key, account_id, bound_at)
select gen_random_uuid(), a.id, now() from account a
where a.email like 'bench.supporter.%@bench.example.kr'
  and not exists (select 1 from resident_identity r where r.account_id = a.id);
-- this run's petitions to support: new each run, nobody supports them yet
insert into petition (title, body, category, agency_code, author_resident_key, sponsor_token, status, created_at,
                      sponsor_count, published_at, closes_at, answer_threshold, answer_days, support_count)
select '[bench-hot] 동시 동의 ' || i || ' ' || to_char(now(), 'HH24MISS'), '동시 동의를 재는 청원입니다.', 'OTHER', 'SEOUL',
       gen_random_uuid(), 'bench-hot-' || md5(random()::text || i), 'PUBLISHED', now(), 5, now(),
       now() + interval '30 days', 100000, 30, 0
from generate_series(1, $SUPPORTS_EACH) i;
SQL
hot=$("${PSQL[@]}" -t -A -c "select string_agg(id::text, ',' order by id) from (select id from petition
                             where title like '[bench-hot] %' order by id desc limit $SUPPORTS_EACH) h")

# --- 4. the static twins of the three pages -------------------------------------------------------
mkdir -p "$TWINS"
STALE=0
twin() { # page path, twin name -> writes the twin when its size is off by more than 1 %
  curl -fsS -H "Cookie: madang_lang=ko" -o "$WORK/page.html" "$BASE$1"
  local a b
  a=$(wc -c < "$WORK/page.html")
  b=$({ wc -c < "$TWINS/$2"; } 2>/dev/null || echo 0)
  if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b == 0 || (a - b) / b > 0.01 || (b - a) / b > 0.01) }'; then
    cp "$WORK/page.html" "$TWINS/$2"
    echo "note: regenerated src/main/webapp/bench/$2 ($a bytes)" >&2
  fi
  curl -fsS -o /dev/null "$BASE/bench/$2" 2>/dev/null || STALE=1
}
LIST="/petitions/"
PAGE1="/forum/debate.xhtml?id=$debate"
PAGE1000="/forum/debate.xhtml?id=$debate&cursor=n-$deep"
twin "$LIST" forum-petitions.html
twin "$PAGE1" forum-debate.html
twin "$PAGE1000" forum-debate-deep.html
[ "$STALE" = 0 ] || { echo "the portal does not serve src/main/webapp/bench/ yet: rebuild the WAR and run again" >&2; exit 1; }

# --- 5. reads, each after its twin ------------------------------------------------------------------
total=$("${PSQL[@]}" -t -A -c "select count(*) from petition where status = 'PUBLISHED'")
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\nE-forum and petitions at %s: %s published petitions, a debate of %s posts; %s connections, %s wrk threads, %s each (load before: %s)\n' \
  "$BASE" "$total" "$posts" "$CONNECTIONS" "$THREADS" "$DURATION" "$LOAD_BEFORE"
printf '\n| address | req/s | p50 ms | **p95 ms** | p99 ms | errors | of its twin | goal |\n|---|---|---|---|---|---|---|---|\n'
TWIN_RPS=""
for row in "static twin of the list|/bench/forum-petitions.html|anchor" \
           "petition list, newest first|$LIST|p95 < 100 ms, >= 0.25" \
           "petition list, most supported, one agency|/petitions/?agency=SEOUL&sort=supports|p95 < 100 ms" \
           "API petitions, 20 newest|/api/petitions?limit=20|reported" \
           "API petitions, 20 most supported, next page|/api/petitions?limit=20&sort=supports&cursor=s4990.1|reported" \
           "static twin of debate page 1|/bench/forum-debate.html|anchor" \
           "debate page 1|$PAGE1|p95 < 100 ms, >= 0.25" \
           "static twin of debate page 1,000|/bench/forum-debate-deep.html|anchor" \
           "debate page 1,000 (keyset cursor)|$PAGE1000|p95 < 100 ms, >= 0.25" \
           "API debate posts, page 1,000|/api/forum/debates/$debate/posts?cursor=n-$deep|reported"; do
  IFS='|' read -r name path goal <<< "$row"
  read -r rps p50 p95 p99 bad <<< "$(measure "$path")"
  ratio="—"
  if [ "$goal" = anchor ]; then
    TWIN_RPS="$rps"
  elif [ "${goal#*0.25}" != "$goal" ]; then
    ratio=$(awk -v a="$rps" -v b="$TWIN_RPS" 'BEGIN { printf "**%.2f**", a / b }')
  fi
  printf '| %s `%s` | %s | %s | **%s** | %s | %s | %s | %s |\n' "$name" "$path" "$rps" "$p50" "$p95" "$p99" "$bad" "$ratio" "$goal"
done

# --- 6. supports: CLIENTS residents at once, each supporting the same petitions in the same order --
cat > "$WORK/supporters.py" <<'PY'
import http.cookiejar, re, sys, threading, time, urllib.parse, urllib.request

base, password, clients, hot = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')
ATTR = re.compile(r'(name|value)="([^"]*)"')

def hidden_fields(html, form):
    # the one form's hidden fields (its marker, the view state, the page's nonce)
    m = re.search(r'<form[^>]*id="%s"[^>]*>(.*?)</form>' % form, html, re.S)
    out = {}
    for tag in HIDDEN.findall(m.group(1) if m else ""):
        a = dict(ATTR.findall(tag))
        if "name" in a:
            out[a["name"]] = a.get("value", "").replace("&amp;", "&")
    if "primefaces.nonce" not in out:
        n = re.search(r'name="primefaces.nonce"[^>]*value="([^"]*)"', html)
        if n:
            out["primefaces.nonce"] = n.group(1)
    return out

def post(opener, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(base + path, data=data, headers={"Origin": base})
    return opener.open(req, timeout=60).read().decode("utf-8", "replace")

def get(opener, path):
    return opener.open(urllib.request.Request(base + path), timeout=60).read().decode("utf-8", "replace")

done, failed, ready = [0], [0], threading.Barrier(clients + 1)
lock = threading.Lock()

def client(n):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    f = hidden_fields(get(opener, "/login.xhtml"), "signInForm")
    f.update({"signInForm": "signInForm", "email": "bench.supporter.%d@bench.example.kr" % n, "password": password,
              "submit": "sign in"})
    post(opener, "/login.xhtml", f)
    ready.wait()
    for pid in hot:
        try:
            f = hidden_fields(get(opener, "/my/petitions/support.xhtml?id=" + pid), "supportForm")
            f.update({"supportForm": "supportForm", "support": "support"})
            post(opener, "/my/petitions/support.xhtml?id=" + pid, f)
            with lock:
                done[0] += 1
        except Exception:
            with lock:
                failed[0] += 1

threads = [threading.Thread(target=client, args=(n,)) for n in range(1, clients + 1)]
for t in threads:
    t.start()
ready.wait()
t0 = time.time()
for t in threads:
    t.join()
print("%d %d %.2f" % (done[0], failed[0], time.time() - t0))
PY
read -r sent failed secs <<< "$(python3 "$WORK/supporters.py" "$BASE" "$PASSWORD" "$CLIENTS" "$hot")"
read -r rows kept bad_rows <<< "$("${PSQL[@]}" -t -A -F' ' -c "
  select (select count(*) from petition_support where petition_id in ($hot)),
         (select sum(support_count) from petition where id in ($hot)),
         (select count(*) from petition p where id in ($hot)
            and p.support_count <> (select count(*) from petition_support s where s.petition_id = p.id))")"
expected=$((CLIENTS * SUPPORTS_EACH))
rate=$(awk -v r="$rows" -v s="$secs" 'BEGIN { printf "%.1f", r / s }')
printf '\n| supports | figure | goal |\n|---|---|---|\n'
printf '| %s clients, each supporting the same %s petitions in turn (page + form post) | %s supports in %s s = **%s supports/s** (%s a minute); %s requests failed | reported (UK anchor: 1,500 a minute) |\n' \
  "$CLIENTS" "$SUPPORTS_EACH" "$rows" "$secs" "$rate" "$(awk -v r="$rate" 'BEGIN { printf "%d", r * 60 }')" "$failed"
printf '| count exact | %s support rows of %s expected; kept counts sum to %s; **%s petitions** whose count differs from its rows | 0 |\n' \
  "$rows" "$expected" "$kept" "$bad_rows"
printf '\nload after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

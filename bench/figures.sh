#!/usr/bin/env bash
# The figures issue 18 keeps, each printed beside its anchor measured in the same run, with the
# machine's load (uptime) beside it:
#  startup  - start to ready of the server alone (`server start` to /health/ready UP, the WAR and
#             database already there), goal < 15 s; and of `mvn -Pdev package liberty:run` with
#             nothing changed (the command to ready, database start included)
#  sessions - heap per signed-in session after a typical journey (sign in, home, catalogue, a
#             service, my page, my applications, inbox, petitions): SESSIONS sessions, the live heap
#             from `jcmd GC.class_histogram` (a full collection first) before and after; goal <= 50 KB
#  filing   - applications accepted per second by CLIENTS API clients for FILING_SECONDS, beside a plain
#             PostgreSQL insert of the same rows (an application, its answers and its receipt step,
#             one transaction each, pgbench with as many clients into copies of the three tables);
#             goal >= 0.3 of it
# Starts what it needs (bench/server.sh), or uses the one this checkout runs; stops what it started (KEEP=1: leaves it running).
#   HTTP_PORT=9480 HTTPS_PORT=9843 DB_PORT=55480 SMTP_PORT=3525 IMAP_PORT=3543 bench/figures.sh
# Settings (environment): those of bench/server.sh, ONLY (a space-separated subset of "startup
# sessions filing"), SESSIONS (300), CLIENTS (32), FILING_SECONDS (30).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ONLY="${ONLY:-startup sessions filing}"
SESSIONS="${SESSIONS:-300}"
CLIENTS="${CLIENTS:-32}"
SECONDS_="${FILING_SECONDS:-30}" # not SECONDS: bash counts its own seconds in that name
PASSWORD="${PASSWORD:-Madang!2026}"
# shellcheck source=bench/server.sh
. "$HERE/server.sh"
trap '[ "${KEEP:-0}" = 1 ] || stop_everything; rm -rf "$WORK"' EXIT
for tool in psql pg_isready pgbench python3 openssl curl java jcmd; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
load() { cut -d' ' -f1-3 /proc/loadavg; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }
export MADANG_API_JWT_PRIVATE_KEY
MADANG_API_JWT_PRIVATE_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
  | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
if wants startup && ready; then echo "a portal already answers at $BASE: stop it first (startup is measured from nothing)" >&2; exit 2; fi
printf '\nFigures at %s, %s (machine: %s cores)\n\n| figure | measured | anchor (same run) | goal | load (1/5/15 min) |\n|---|---|---|---|---|\n' \
  "$BASE" "$(date -u +%FT%RZ)" "$(nproc)"

# --- start to ready ----------------------------------------------------------------------------------------
if wants startup; then
  (cd "$ROOT" && mvn -o -q -B -Dbuild.dir="$BUILD_DIR" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/cp" >/dev/null)
  l=$(load)
  t0=$(date +%s.%N)
  (cd "$ROOT" && exec mvn -o -B -Pdev -Dbuild.dir="$BUILD_DIR" -Dhttp.port="$HTTP_PORT" -Dhttps.port="$HTTPS_PORT" \
    -Ddb.port="$DB_PORT" -Dsmtp.port="$SMTP_PORT" -Dimap.port="$IMAP_PORT" package liberty:run > "$WORK/mvn-run.log" 2>&1) &
  MVN=$!
  until ready; do sleep 0.25; kill -0 "$MVN" 2>/dev/null || { echo "mvn liberty:run ended early" >&2; exit 1; }; done
  mvn_s=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  "$WLP/bin/server" stop defaultServer >/dev/null 2>&1 || true
  wait "$MVN" 2>/dev/null || true
  while db_answers || mail_answers; do sleep 0.5; done
  NO_BUILD=1
  start_db
  start_mail
  alone=$(start_liberty)
  printf '| start to ready, server alone (`server start`, database up) | **%s s** | `mvn -Pdev package liberty:run`, nothing changed: %s s | < 15 s | %s |\n' \
    "$alone" "$mvn_s" "$l"
elif ready && [ -n "$(liberty_pid)" ]; then
  echo "using the portal this checkout's server already runs at $BASE" >&2
else
  build_server
  start_db
  start_mail
  start_liberty >/dev/null
fi

# --- heap per signed-in session ------------------------------------------------------------------------
if wants sessions; then
  heap() { # live bytes after a full collection, from the class histogram's total line
    jcmd "$(liberty_pid)" GC.class_histogram 2>/dev/null | awk '/^Total/ {print $3}'
  }
  cat > "$WORK/journey.py" <<'PY'
import http.cookiejar, re, sys, threading, urllib.parse, urllib.request
base, password, n, keep = sys.argv[1], sys.argv[2], int(sys.argv[3]), []
ACCOUNTS = ["citizen@madang.go.kr", "resident@madang.go.kr", "citizen.en@madang.go.kr", "business@madang.go.kr"]
def hidden(html, form):
    m = re.search(r'<form[^>]*id="%s"[^>]*>(.*?)</form>' % form, html, re.S)
    out = dict((a, b.replace("&amp;", "&")) for a, b in re.findall(r'name="([^"]+)"[^>]*value="([^"]*)"', m.group(1)))
    nonce = re.search(r'name="primefaces.nonce"[^>]*value="([^"]*)"', html)
    if nonce: out["primefaces.nonce"] = nonce.group(1)
    return out
def journey(i):
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    get = lambda p: o.open(base + p, timeout=120).read().decode("utf-8", "replace")
    f = hidden(get("/login.xhtml"), "signInForm")
    f.update({"signInForm": "signInForm", "email": ACCOUNTS[i % len(ACCOUNTS)], "password": password, "submit": "x"})
    o.open(urllib.request.Request(base + "/login.xhtml", data=urllib.parse.urlencode(f).encode(),
                                  headers={"Origin": base}), timeout=120).read()
    for p in ["/", "/services/", "/services/service.xhtml?id=1", "/my/", "/my/applications.xhtml", "/my/inbox.xhtml",
              "/petitions/", "/my/privacy/"]:
        get(p)
    keep.append(o)
sem = threading.Semaphore(8)
def run(i):
    with sem:
        try: journey(i)
        except Exception as e: sys.stderr.write("journey %d: %s\n" % (i, e))
ts = [threading.Thread(target=run, args=(i,)) for i in range(n)]
[t.start() for t in ts]; [t.join() for t in ts]
print(len(keep))
PY
  l=$(load)
  before=$(heap)
  done_n=$(python3 "$WORK/journey.py" "$BASE" "$PASSWORD" "$SESSIONS")
  after=$(heap)
  per=$(awk -v a="$before" -v b="$after" -v n="$done_n" 'BEGIN { printf "%.1f", (b - a) / n / 1024 }')
  printf '| heap per signed-in session after a journey of 8 pages (%s sessions) | **%s KB** | live heap %s MB before, %s MB after | <= 50 KB | %s |\n' \
    "$done_n" "$per" "$((before / 1048576))" "$((after / 1048576))" "$l"
fi

# --- applications accepted per second through the API, beside plain inserts -----------------------------
if wants filing; then
  # shellcheck source=bench/signin.sh
  . "$HERE/signin.sh"
  TOKEN=$(api_token business@madang.go.kr)
  read -r SERVICE ANSWERS <<< "$(filing_target)"
  l=$(load)
  FIRST=$("${PSQL[@]}" -t -A -c "select coalesce(max(id), 0) from application")
  python3 "$HERE/faultload.py" "$BASE" "$TOKEN" "$SERVICE" "$ANSWERS" "" "$PASSWORD" "$CLIENTS" 0 \
    "$WORK/acks" "$WORK/stop" > "$WORK/load.out" &
  LOAD=$!
  sleep 5 # warm-up, not counted
  n0=$("${PSQL[@]}" -t -A -c "select count(*) from application where id > $FIRST and status <> 'DRAFT'")
  sleep "$SECONDS_"
  n1=$("${PSQL[@]}" -t -A -c "select count(*) from application where id > $FIRST and status <> 'DRAFT'")
  touch "$WORK/stop"; wait "$LOAD" || true
  api=$(awk -v a="$n0" -v b="$n1" -v s="$SECONDS_" 'BEGIN { printf "%.1f", (b - a) / s }')
  # the anchor: the same rows, plainly, into copies of the three tables (same columns and indexes)
  "${PSQL[@]}" <<'SQL'
drop table if exists bench_application, bench_answer, bench_step;
create table bench_application (like application including defaults including indexes);
create table bench_answer (like application_answer including defaults including indexes);
create table bench_step (like application_step including defaults including indexes);
SQL
  # one transaction per application: a copy of the last filed application's row (its own id and
  # draft key), its answers and its receipt step
  row=$("${PSQL[@]}" -t -A -c "select row_to_json(a) from application a
         where id = (select max(id) from application where status <> 'DRAFT')")
  python3 - "$row" "$ANSWERS" > "$WORK/insert.sql" <<'PY'
import json, sys
row, answers = json.loads(sys.argv[1]), json.loads(sys.argv[2])
lit = lambda v: "null" if v is None else "'" + str(v).replace("'", "''") + "'"
cols = [c for c in row if c not in ("id", "draft_key", "number")]
print("\\set n random(1, 1000000000)")
print("begin;")
print("insert into bench_application (id, draft_key, %s) values (:n, substr(md5(random()::text), 1, 20), %s)"
      " on conflict do nothing;" % (", ".join(cols), ", ".join(lit(row[c]) for c in cols)))
print("insert into bench_answer (application_id, field_key, answer) values %s on conflict do nothing;"
      % ", ".join("(:n, %s, %s)" % (lit(k), lit(v)) for k, v in answers.items()))
print("insert into bench_step (application_id, at, kind, status_after) values (:n, now(), 'SUBMITTED', 'SUBMITTED');")
print("commit;")
PY
  plain=$(pgbench -n -h localhost -p "$DB_PORT" -U madang -c "$CLIENTS" -j 2 -T "$SECONDS_" -f "$WORK/insert.sql" madang 2>&1 \
    | awk '/^tps/ {print $3; exit}')
  "${PSQL[@]}" -c "drop table bench_application, bench_answer, bench_step"
  ratio=$(awk -v a="$api" -v p="$plain" 'BEGIN { printf "%.3f", (p > 0 ? a / p : 0) }')
  printf '| applications accepted through the API, %s clients, %s s | **%s /s** (%s× the anchor) | plain inserts of the same rows (pgbench, %s clients): %.1f /s | >= 0.3× | %s |\n' \
    "$CLIENTS" "$SECONDS_" "$api" "$ratio" "$CLIENTS" "$plain" "$l"
fi

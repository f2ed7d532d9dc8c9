#!/usr/bin/env bash
# The portal rides out its database and its mail server going away (issue 18).
# 1. Database: under load (API clients filing applications, a signed-in reader of a page that reads
#    the database), PostgreSQL is stopped for DOWN seconds (its launcher stopped: a fast shutdown) and started again.
#    Prints the timestamps: database down, first 503 (page and API), readiness DOWN, database up,
#    first success after it, readiness UP; checks that the page was the translated "briefly
#    unavailable" page (no stack trace, no Liberty page) and the API answer the JSON 503.
# 2. Mail server: stopped for MAIL_DOWN seconds while applications are filed (their notices wait in
#    the outbox); after it is back, every e-mail of the run goes out, and each exactly once (the
#    mail server's count against the outbox's).
# Exit 1 when service did not come back within 10 s of the database, or a mail was lost or doubled.
#
# Starts what it needs (bench/server.sh) unless it answers already; the mail phase needs the mail
# server this script started (GreenMail keeps mail in memory).
#   HTTP_PORT=9480 HTTPS_PORT=9843 DB_PORT=55480 SMTP_PORT=3525 IMAP_PORT=3543 bench/outage.sh
# Settings (environment): those of bench/server.sh, DOWN (10 s), MAIL_DOWN (90 s), FILERS (8).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DOWN="${DOWN:-10}"
MAIL_DOWN="${MAIL_DOWN:-90}"
FILERS="${FILERS:-8}"
PASSWORD="${PASSWORD:-Madang!2026}"
# shellcheck source=bench/server.sh
. "$HERE/server.sh"
trap '[ "${KEEP:-0}" = 1 ] || stop_everything; rm -rf "$WORK"' EXIT
for tool in psql pg_isready python3 openssl curl java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
export MADANG_API_JWT_PRIVATE_KEY
MADANG_API_JWT_PRIVATE_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
  | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
build_server
test_classpath >/dev/null # now, not while the database is down
start_db
start_mail
if ready && [ -n "$(liberty_pid)" ]; then
  echo "using the portal this checkout's server already runs at $BASE" >&2
elif ready; then
  echo "a portal not started from this checkout answers at $BASE: stop it first" >&2; exit 2
else
  echo "start to ready: $(start_liberty) s" >&2
fi
. "$HERE/signin.sh"
TOKEN=$(api_token business@madang.go.kr)
[ -n "$TOKEN" ] || { echo "no API token could be issued" >&2; exit 1; }
read -r SERVICE ANSWERS <<< "$(filing_target)"
READER="$WORK/reader.jar"
sign_in citizen@madang.go.kr "$READER"
PAGE="/my/inbox.xhtml"
now() { date +%s.%N | cut -c1-14; }
since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f s", b - a }'; }

# imap_counts FILE ADDRESS...: writes "address messages" for each mailbox of the mail server into FILE;
# received_since FILE ADDRESS...: prints how many messages those mailboxes got since FILE was written
imap_counts() { python3 - "$IMAP_PORT" "$@" <<'PY'
import imaplib, sys
port, out, addresses = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
with open(out, "w") as f:
    for a in addresses:
        m = imaplib.IMAP4("localhost", port)
        m.login(a, "x")
        typ, data = m.select("INBOX", readonly=True)
        f.write("%s %d\n" % (a, int(data[0])))
        m.logout()
PY
}
received_since() {
  local base="$1"; shift
  imap_counts "$WORK/now.counts" "$@"
  awk -v base="$base" 'FILENAME == base { b[$1] = $2; next } { n += $2 - b[$1] } END { print n + 0 }' \
    "$base" "$WORK/now.counts"
}
# mails_after FIRST_ID BASELINE: waits (up to 4 minutes) until every outbox mail after FIRST_ID is
# sent; prints "rows left received" (received: what their mailboxes got since BASELINE was written)
mails_after() {
  local left=1
  for _ in $(seq 1 240); do
    left=$("${PSQL[@]}" -t -A -c "select count(*) from outbound_mail where id > $1 and status <> 'SENT'")
    [ "$left" = 0 ] && break
    sleep 1
  done
  # shellcheck disable=SC2046
  echo "$("${PSQL[@]}" -t -A -c "select count(*) from outbound_mail where id > $1") $left $(received_since "$2" \
    $("${PSQL[@]}" -t -A -c "select distinct to_address from outbound_mail where id > $1"))"
}
# every address the outbox ever wrote to, and the filer's: their mailboxes before the run, once the
# mails already queued (the probe filing's notice) have gone out
for _ in $(seq 1 120); do
  [ "$("${PSQL[@]}" -t -A -c "select count(*) from outbound_mail where status = 'PENDING'")" = 0 ] && break
  sleep 1
done
# shellcheck disable=SC2046
imap_counts "$WORK/before.counts" business@madang.go.kr $("${PSQL[@]}" -t -A -c "select distinct to_address from outbound_mail")

# --- 1. the database goes away for DOWN seconds -------------------------------------------------------
MAIL0=$("${PSQL[@]}" -t -A -c "select coalesce(max(id), 0) from outbound_mail")
: > "$WORK/acks"; : > "$WORK/timeline"; : > "$WORK/probes"
python3 "$HERE/faultload.py" "$BASE" "$TOKEN" "$SERVICE" "$ANSWERS" "" "$PASSWORD" "$FILERS" 0 \
  "$WORK/acks" "$WORK/stop" "$WORK/timeline" > "$WORK/load.out" &
LOAD=$!
(
  while [ ! -e "$WORK/stop" ]; do
    t=$(now)
    r=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$BASE/health/ready" || echo 0)
    p=$(curl -s -m 10 -b "$READER" -H "Cookie: madang_lang=en" -o "$WORK/page.html" -w '%{http_code}' "$BASE$PAGE" || echo 0)
    if [ "$p" = 503 ] && [ ! -e "$WORK/page503.html" ]; then cp "$WORK/page.html" "$WORK/page503.html"; fi
    echo "$t $r $p" >> "$WORK/probes"
    sleep 0.3
  done
) &
PROBE=$!
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
sleep 10
T_DOWN=$(now); stop_db_fast; T_DOWN_DONE=$(now)
sleep "$DOWN"
T_UP0=$(now); start_db_again; T_UP=$(now)
sleep 20
touch "$WORK/stop"
wait "$LOAD" || true
wait "$PROBE" || true

first() { # file, column, test, after -> first timestamp after "after" where the column passes the test
  awk -v c="$2" -v a="$4" "\$1 > a && ($3) { print \$1; exit }" "$1"
}
t_api503=$(first "$WORK/timeline" 3 '$3 == 503' "$T_DOWN")
t_api_other=$(awk -v a="$T_DOWN" -v b="$T_UP" '$1 > a && $1 < b && $3 != 503 && $3 != 0 {n++} END {print n + 0}' "$WORK/timeline")
t_page503=$(first "$WORK/probes" 3 '$3 == 503' "$T_DOWN")
t_ready_down=$(first "$WORK/probes" 2 '$2 != 200' "$T_DOWN")
t_api_ok=$(first "$WORK/timeline" 3 '$3 == 201' "$T_UP")
t_page_ok=$(first "$WORK/probes" 3 '$3 == 200' "$T_UP")
t_ready_up=$(first "$WORK/probes" 2 '$2 == 200' "$T_UP")
page_other=$(awk -v a="$T_DOWN" -v b="$T_UP" '$1 > a && $1 < b && $3 != 503 && $3 != 200 {n++} END {print n + 0}' "$WORK/probes")
friendly="no 503 page seen"
if [ -e "$WORK/page503.html" ]; then
  title=$(grep -o '<title>[^<]*' "$WORK/page503.html" | sed 's/<title>//')
  if grep -q 'Service briefly unavailable\|잠시 서비스를 이용할 수 없습니다' "$WORK/page503.html" \
     && grep -q 'id="main"\|<main' "$WORK/page503.html" \
     && ! grep -q 'Caused by\|at org\.madang\.\|SRVE[0-9]\|Error 50[0-9]' "$WORK/page503.html"; then # no stack trace, no Liberty page
    friendly="the portal's own page in its template, translated: \"$title\""
  else
    friendly="NOT the portal's page: $(head -c 200 "$WORK/page503.html")"
  fi
fi
printf '\nDatabase stopped for %s s under load at %s (%s API clients and a signed-in reader of %s; load before: %s)\n' \
  "$DOWN" "$BASE" "$FILERS" "$PAGE" "$LOAD_BEFORE"
printf '| moment | time (from the database going down) |\n|---|---|\n'
printf '| database down (fast shutdown) | %s (stopped at %s) |\n' "$(date -u -d "@$T_DOWN" +%T.%N | cut -c1-12)" "$(since "$T_DOWN" "$T_DOWN_DONE")"
printf '| first 503, API (JSON) / page | %s / %s |\n' "${t_api503:+$(since "$T_DOWN" "$t_api503")}" "${t_page503:+$(since "$T_DOWN" "$t_page503")}"
printf '| /health/ready first not UP | %s |\n' "${t_ready_down:+$(since "$T_DOWN" "$t_ready_down")}"
printf '| database up again | %s |\n' "$(since "$T_DOWN" "$T_UP")"
printf '| first success after it, API (201) / page (200) | %s / %s |\n' \
  "${t_api_ok:+$(since "$T_DOWN" "$t_api_ok")}" "${t_page_ok:+$(since "$T_DOWN" "$t_page_ok")}"
printf '| /health/ready UP again | %s |\n' "${t_ready_up:+$(since "$T_DOWN" "$t_ready_up")}"
printf '| answers other than 503 while it was down: API / page | %s / %s |\n' "$t_api_other" "$page_other"
printf '| what a person saw | %s |\n' "$friendly"
T_MAILS=$(now)
read -r mails1 left1 received1 <<< "$(mails_after "$MAIL0" "$WORK/before.counts")"
printf '| e-mails of the run (notices of the filings) | %s, all sent %s after the load ended (left: %s); received by the mail server: **%s** |\n' \
  "$mails1" "$(since "$T_MAILS" "$(now)")" "$left1" "$received1"
back_ok=$(awk -v u="$T_UP" -v a="${t_api_ok:-0}" -v p="${t_page_ok:-0}" -v r="${t_ready_up:-0}" \
  'BEGIN { print (a > 0 && p > 0 && r > 0 && a - u <= 10 && p - u <= 10 && r - u <= 10) ? 1 : 0 }')

# --- 2. the mail server goes away for MAIL_DOWN seconds -------------------------------------------------
mail_ok=1
if [ -n "${MAIL_PID:-}" ]; then
  FIRST_MAIL=$("${PSQL[@]}" -t -A -c "select coalesce(max(id), 0) from outbound_mail")
  stop_mail
  T_MAIL_DOWN=$(now)
  : > "$WORK/empty.counts" # the restarted mail server starts empty
  python3 "$HERE/faultload.py" "$BASE" "$TOKEN" "$SERVICE" "$ANSWERS" "" "$PASSWORD" 2 0 \
    "$WORK/acks2" "$WORK/stop2" > "$WORK/load2.out" &
  LOAD2=$!
  sleep 15; touch "$WORK/stop2"; wait "$LOAD2" || true
  sleep $((MAIL_DOWN > 15 ? MAIL_DOWN - 15 : 0))
  waiting=$("${PSQL[@]}" -t -A -c "select count(*) from outbound_mail where id > $FIRST_MAIL and status <> 'SENT'")
  attempts_used=$("${PSQL[@]}" -t -A -c "select coalesce(sum(attempts), 0) from outbound_mail where id > $FIRST_MAIL")
  start_mail
  T_MAIL_UP=$(now)
  read -r rows left delivered <<< "$(mails_after "$FIRST_MAIL" "$WORK/empty.counts")"
  T_MAIL_DONE=$(now)
  recipients=$("${PSQL[@]}" -t -A -c "select count(distinct to_address) from outbound_mail where id > $FIRST_MAIL")
  printf '\nMail server stopped for %s s while %s applications were filed\n' "$MAIL_DOWN" "$(grep -c '^A' "$WORK/acks2" || true)"
  printf '| what | count |\n|---|---|\n'
  printf '| e-mails queued while it was down (outbox rows) | %s, to %s address(es) |\n' "$rows" "$recipients"
  printf '| waiting when it came back / attempts used up meanwhile | %s / %s |\n' "$waiting" "$attempts_used"
  printf '| all sent after it came back | %s (left: %s) |\n' "$(since "$T_MAIL_UP" "$T_MAIL_DONE")" "$left"
  printf '| received by the mail server (a fresh one: it kept nothing from before) | **%s of %s** |\n' "$delivered" "$rows"
  [ "$left" = 0 ] && [ "$delivered" = "$rows" ] || mail_ok=0
else
  echo "mail phase skipped: the mail server on port $SMTP_PORT is not one this script started" >&2
fi
[ "$left1" = 0 ] && [ "$received1" = "$mails1" ] || mail_ok=0
[ "$back_ok" = 1 ] && [ "$mail_ok" = 1 ] && [[ "$friendly" == the* ]]

#!/usr/bin/env bash
# Every public page and public API answer (issue 18), each beside a static file of the same size
# served by the same Liberty, measured one after the other in one run (the twin first, then the page),
# so that the ratio is fair on a shared machine. Goal for each: >= 0.25 of its twin's req/s and
# p99 < 100 ms, anonymous reader, Korean.
#
# Against a running portal with demo data:   mvn -Pdev package liberty:run
# then:                                      bench/pages.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), CONNECTIONS (32), THREADS (2), DURATION (8s
# per address), WARMUP (2s), DB_PORT / DB_USER / DB_PASSWORD / DB_NAME (the portal's database, for the
# bench's own rows), ONLY (a grep pattern: measure only the matching addresses).
#
# The bench's own data: one published petition, one debate with a post, one poll and one election
# are found through the public API (the demo data has them); a missing one is a failed row, not a
# guess. The twins are src/main/webapp/bench/pages-N.html (git-ignored): written with the page's own
# bytes, and also into the running server's application (the expanded WAR, or nothing to do for a
# loose application that serves src/main/webapp), so no rebuild is needed.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DURATION="${DURATION:-8s}"
WARMUP="${WARMUP:-2s}"
# shellcheck source=bench/common.sh
. "$HERE/common.sh"
TWINS="$HERE/../src/main/webapp/bench"
SERVER_APPS="${SERVER_APPS:-$HERE/../target/liberty/wlp/usr/servers/defaultServer/apps}"

# --- 1. the addresses, with ids of the demo data found through the public API ----------------------
first() { # api path, json field -> the first value of the field (empty when none)
  curl -fsS -H "Cookie: madang_lang=ko" "$BASE$1" 2>/dev/null | grep -o "\"$2\":\"\\?[^\",}]*" | head -1 \
    | sed "s/\"$2\":\"\\?//" || true
}
SERVICE=$(first /api/services id)
PUBLICATION=$(first "/api/open/publications?limit=1" id)
REQUEST=$(first "/api/open/requests?limit=1" number)
ELECTION=$(first /api/elections id)
POLL=$(first /api/polls id)
DEBATE=$(first /api/forum/debates id)
PETITION=$(first "/api/petitions?limit=1" id)
ARTICLE=$(first /api/knowledge/articles id)
TASK=$(first /api/performance/tasks id)
AGENCY=$(first /api/agencies code)

PATHS=(
  "/" "/login.xhtml" "/accessibility.xhtml"
  "/services/" "/services/service.xhtml?id=$SERVICE" "/api/services" "/api/services/$SERVICE" "/api/agencies"
  "/open/" "/open/agency.xhtml?code=$AGENCY" "/open/publication.xhtml?id=$PUBLICATION" "/api/open/publications?limit=20"
  "/open/requests/" "/open/requests/statistics.xhtml" "/open/requests/request.xhtml?number=$REQUEST"
  "/api/open/requests" "/api/open/requests/statistics"
  "/vote/" "/vote/election.xhtml?id=$ELECTION" "/api/elections"
  "/polls/" "/polls/poll.xhtml?id=$POLL" "/api/polls" "/api/polls/$POLL"
  "/forum/" "/forum/debate.xhtml?id=$DEBATE" "/api/forum/debates" "/api/forum/debates/$DEBATE/posts"
  "/petitions/" "/petitions/petition.xhtml?id=$PETITION" "/api/petitions?limit=20" "/api/petitions/$PETITION"
  "/performance/" "/performance/tasks/" "/performance/tasks/task.xhtml?id=$TASK" "/api/performance/indicators"
  "/api/performance/tasks"
  "/knowledge/" "/knowledge/article.xhtml?id=$ARTICLE" "/api/knowledge/articles"
  # public, but forms with a state of their own: not kept (reported, not part of the goal)
  "/register.xhtml" "/verify/"
)
if [ -n "${ONLY:-}" ]; then
  mapfile -t PATHS < <(printf '%s\n' "${PATHS[@]}" | grep -E -- "$ONLY")
fi

# --- 2. the twins: each page's own bytes, served as a static file ----------------------------------
# a WAR the server expanded, or the loose application's folder (src/main/webapp itself)
mkdir -p "$TWINS"
SERVED=()
for d in "$SERVER_APPS"/expanded/*.war; do
  [ -d "$d" ] && SERVED+=("$d/bench")
done
n=0
declare -A TWIN BYTES STATUS
for p in "${PATHS[@]}"; do
  n=$((n + 1))
  code=$(curl -s -o "$WORK/page" -w '%{http_code}' -H "Cookie: madang_lang=ko" "$BASE$p")
  STATUS[$p]=$code
  BYTES[$p]=$(wc -c < "$WORK/page")
  cp "$WORK/page" "$TWINS/pages-$n.html"
  for s in "${SERVED[@]}"; do
    mkdir -p "$s" && cp "$WORK/page" "$s/pages-$n.html"
  done
  TWIN[$p]="/bench/pages-$n.html"
done
first_twin="${TWIN[${PATHS[0]}]}"
served=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$first_twin")
if [ "$served" != "${BYTES[${PATHS[0]}]}" ]; then
  echo "the portal does not serve $first_twin as written ($served bytes): is the application loose or expanded under $SERVER_APPS?" >&2
  exit 1
fi

# --- 3. each twin, then its page ----------------------------------------------------------------------
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\nPublic pages and API answers at %s on %s: %s connections, %s wrk threads, %s each after %s warm-up (load before: %s)\n' \
  "$BASE" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$CONNECTIONS" "$THREADS" "$DURATION" "$WARMUP" "$LOAD_BEFORE"
printf '\n| address | bytes | req/s | twin req/s | **of twin** | p99 ms | twin p99 ms | errors | goal |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---|\n'
PASSED=0
FAILED=0
for p in "${PATHS[@]}"; do
  if [ "${STATUS[$p]}" != 200 ]; then
    printf '| `%s` | | | | | | | answered %s | FAIL |\n' "$p" "${STATUS[$p]}"
    FAILED=$((FAILED + 1))
    continue
  fi
  read -r t_rps _ _ t_p99 _ <<< "$(measure "${TWIN[$p]}")"
  read -r rps _ _ p99 bad <<< "$(measure "$p")"
  goal=$(awk -v r="$rps" -v t="$t_rps" -v p="$p99" -v b="$bad" 'BEGIN {
    printf "%.2f %s", r / t, (r / t >= 0.25 && p < 100 && b == 0) ? "PASS" : "FAIL" }')
  read -r ratio verdict <<< "$goal"
  case "$p" in /register.xhtml|/verify/) verdict="(not kept)" ;; esac
  [ "$verdict" = PASS ] && PASSED=$((PASSED + 1))
  [ "$verdict" = FAIL ] && FAILED=$((FAILED + 1))
  printf '| `%s` | %s | %s | %s | **%s** | %s | %s | %s | %s |\n' "$p" "${BYTES[$p]}" "$rps" "$t_rps" "$ratio" "$p99" \
    "$t_p99" "$bad" "$verdict"
done
printf '\n%s addresses meet the goal, %s do not (load after: %s)\n' "$PASSED" "$FAILED" "$(cut -d' ' -f1-3 /proc/loadavg)"
[ "$FAILED" = 0 ]

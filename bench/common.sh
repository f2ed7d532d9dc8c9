# Sourced by the bench scripts that read the database (open.sh, requests.sh, performance.sh): the portal's address
# (first argument or BASE), wrk's settings, the database the generated rows go into, a work folder
# removed on exit, and the tools and the ready portal they need. A script sets its own defaults for
# CONNECTIONS or COUNT before sourcing this file.
BASE="${1:-${BASE:-http://localhost:9080}}"
BASE="${BASE%/}"
DB_PORT="${DB_PORT:-5433}"
DB_USER="${DB_USER:-madang}"
DB_NAME="${DB_NAME:-madang}"
export PGPASSWORD="${DB_PASSWORD:-madang}"
COUNT="${COUNT:-100000}"
ADMIN="${ADMIN:-admin@madang.go.kr}"
PASSWORD="${PASSWORD:-Madang!2026}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME")

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no ready portal at $BASE" >&2; exit 1; }

# measure PATH: after a warm-up, "req/s p50 p95 p99 errors" (ms) of the anonymous page or API in Korean
cat > "$WORK/p.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("P50 %.2f\nP95 %.2f\nP99 %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
measure() { # path -> "rps p50 p95 p99 errors" (SCRIPT: a wrk script of one's own that also writes P50/P95/P99)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: madang_lang=ko" "$BASE$1" >/dev/null
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "${SCRIPT:-$WORK/p.lua}" -H "Cookie: madang_lang=ko" "$BASE$1")
  local rps p50 p95 p99 bad
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "P50" {print $2}' <<< "$out")
  p95=$(awk '$1 == "P95" {print $2}' <<< "$out")
  p99=$(awk '$1 == "P99" {print $2}' <<< "$out")
  bad=$(awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$out")
  echo "$rps $p50 $p95 $p99 $bad"
}

# sign_in_admin JAR: signs the demo administrator in, keeping the session cookie in JAR (a same-origin
# form post carrying its page's view state and nonce, as a browser sends it)
sign_in_admin() {
  local jar="$1" page view_state nonce
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login.xhtml")
  view_state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(printf '%s' "$page" | grep -o 'name="primefaces.nonce"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "signInForm=signInForm" --data-urlencode "email=$ADMIN" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "submit=submit" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml"
}

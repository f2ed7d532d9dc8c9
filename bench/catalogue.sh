#!/usr/bin/env bash
# Throughput and p99 of the public catalogue page and of a citizen's application-status page,
# side by side with a static HTML file of the same size served by the same Liberty, in one run.
# Goal (issue 3): each dynamic page reaches >= 0.25 of the static file's throughput, p99 < 100 ms.
#
# Against a running portal with demo data:   mvn -Pdev package liberty:run
# then:                                      bench/catalogue.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), CONNECTIONS (32), THREADS (2),
# DURATION (20s per page), WARMUP (5s), CITIZEN / PASSWORD (the demo citizen), LANG_COOKIE (ko),
# STATUS_PATH (the status page to measure; found from the citizen's applications when unset),
# KEEP (a path prefix: keep wrk's full reports there).
#
# The static twin is bench/catalogue-static.html, served from src/main/webapp/bench/ (git-ignored,
# never in a clean build). This script
# regenerates it from the catalogue page it is about to measure; a rebuilt WAR serves the new copy.
# If the served copy's size is more than 5 % off, the figures say so.
set -euo pipefail

BASE="${1:-${BASE:-http://localhost:9080}}"
BASE="${BASE%/}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
CITIZEN="${CITIZEN:-citizen@madang.go.kr}"
PASSWORD="${PASSWORD:-Madang!2026}"
LANG_COOKIE="${LANG_COOKIE:-ko}"
HERE="$(cd "$(dirname "$0")" && pwd)"
STATIC_SRC="$HERE/../src/main/webapp/bench/catalogue-static.html"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --- wrk from Debian, installed when missing ---------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk not found: installing it with apt-get" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi

curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no ready portal at $BASE" >&2; exit 1; }

# --- the catalogue page, and its static twin ---------------------------------------------------
CATALOGUE="/services/"
curl -fsS -H "Cookie: madang_lang=$LANG_COOKIE" -D "$WORK/catalogue.headers" -o "$WORK/catalogue.html" "$BASE$CATALOGUE"
if grep -qi '^set-cookie: .*SESSIONID' "$WORK/catalogue.headers"; then
  echo "warning: the catalogue page opened a session for an anonymous reader" >&2
fi
CAT_BYTES=$(wc -c < "$WORK/catalogue.html")
mkdir -p "$(dirname "$STATIC_SRC")"
# the page carries a fresh script id on every response: compare sizes, not bytes
OLD_BYTES=$(wc -c < "$STATIC_SRC" 2>/dev/null || echo 0)
if awk -v a="$CAT_BYTES" -v b="$OLD_BYTES" 'BEGIN { exit !(b == 0 || (a - b) / b > 0.01 || (b - a) / b > 0.01) }'; then
  cp "$WORK/catalogue.html" "$STATIC_SRC"
  echo "note: regenerated src/main/webapp/bench/catalogue-static.html ($CAT_BYTES bytes); rebuild the WAR to serve it" >&2
fi
STATIC="/bench/catalogue-static.html"
STATIC_BYTES=$(curl -fsS -o /dev/null -w '%{size_download}' "$BASE$STATIC") || {
  echo "the WAR does not serve $STATIC yet: rebuild (mvn -Pdev package liberty:run) and run again" >&2; exit 1; }

# --- a signed-in citizen and one of their applications ------------------------------------------
JAR="$WORK/cookies"
login_page=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
view_state=$(printf '%s' "$login_page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
# a same-origin POST (cross-site ones are refused) carrying its page's nonce (else 400)
nonce=$(printf '%s' "$login_page" | grep -o 'name="primefaces.nonce"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" -H "Origin: $BASE" --data-urlencode "primefaces.nonce=$nonce" \
  --data-urlencode "signInForm=signInForm" --data-urlencode "email=$CITIZEN" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "submit=submit" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml"
# the cookies the sign-in left (the session and Liberty's LTPA token), as one Cookie header
# (not the flash cookie csfcfc: a browser drops it on the page after sign-in, which consumes the flash)
SESSION=$(awk 'NF == 7 && $6 != "madang_lang" && $6 != "csfcfc" {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$JAR")
grep -q 'LtpaToken2' <<< "$SESSION" || { echo "could not sign in as $CITIZEN" >&2; exit 1; }
COOKIE="$SESSION; madang_lang=$LANG_COOKIE"

if [ -z "${STATUS_PATH:-}" ]; then
  number=$(curl -fsS -H "Cookie: $COOKIE" "$BASE/my/applications.xhtml" \
    | grep -o 'application\.xhtml?number=[0-9][^"&]*' | head -1 | sed 's/.*number=//' || true)
  if [ -n "$number" ]; then
    STATUS_PATH="/my/application.xhtml?number=$number"
  else
    echo "note: $CITIZEN has no filed application yet; measuring /my/ instead of a status page" >&2
    STATUS_PATH="/my/"
  fi
fi
status_code=$(curl -s -o "$WORK/status.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$STATUS_PATH")
[ "$status_code" = 200 ] || { echo "$STATUS_PATH answered $status_code for the signed-in citizen" >&2; exit 1; }
STATUS_BYTES=$(wc -c < "$WORK/status.html")

# --- measure ---------------------------------------------------------------------------------------
run() { # name path cookie -> "rps p99ms non2xx"
  local name=$1 path=$2 cookie=$3 out
  local -a hdr=()
  [ -n "$cookie" ] && hdr=(-H "Cookie: $cookie")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "${hdr[@]}" "$BASE$path" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "${hdr[@]}" "$BASE$path")
  printf '%s\n' "$out" > "$WORK/$name.wrk"
  local rps p99 bad
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {print $2}')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  # errors: non-2xx/3xx answers plus socket errors (timeouts included)
  bad=$(printf '%s\n' "$out" | awk '/Non-2xx/ {n += $5} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}')
  [ -n "${KEEP:-}" ] && cp "$WORK/$name.wrk" "$KEEP.$name.wrk"
  echo "$rps ${p99:-NaN} ${bad:-0}"
}

echo "Madang page throughput at $BASE: $CONNECTIONS connections, $THREADS wrk threads, $DURATION per page (after $WARMUP warm-up)"
read -r S_RPS S_P99 S_BAD <<< "$(run static "$STATIC" "")"
read -r C_RPS C_P99 C_BAD <<< "$(run catalogue "$CATALOGUE" "madang_lang=$LANG_COOKIE")"
read -r A_RPS A_P99 A_BAD <<< "$(run status "$STATUS_PATH" "$COOKIE")"

verdict() { # rps p99 bad -> ratio and PASS/FAIL
  awk -v r="$1" -v s="$S_RPS" -v p="$2" -v b="$3" 'BEGIN {
    ratio = r / s; ok = (ratio >= 0.25 && p < 100 && b == 0);
    printf "%.2f %s", ratio, ok ? "PASS" : "FAIL" }'
}
read -r C_RATIO C_OK <<< "$(verdict "$C_RPS" "$C_P99" "$C_BAD")"
read -r A_RATIO A_OK <<< "$(verdict "$A_RPS" "$A_P99" "$A_BAD")"

printf '\n| page | path | bytes | req/s | p99 (ms) | errors | ratio to static | goal (>= 0.25, p99 < 100 ms) |\n'
printf '|---|---|---:|---:|---:|---:|---:|---|\n'
printf '| static twin | %s | %s | %s | %s | %s | 1.00 | |\n' "$STATIC" "$STATIC_BYTES" "$S_RPS" "$S_P99" "$S_BAD"
printf '| catalogue (anonymous) | %s | %s | %s | %s | %s | %s | %s |\n' "$CATALOGUE" "$CAT_BYTES" "$C_RPS" "$C_P99" "$C_BAD" "$C_RATIO" "$C_OK"
printf '| application status (signed in) | %s | %s | %s | %s | %s | %s | %s |\n' "$STATUS_PATH" "$STATUS_BYTES" "$A_RPS" "$A_P99" "$A_BAD" "$A_RATIO" "$A_OK"
awk -v a="$CAT_BYTES" -v b="$STATIC_BYTES" 'BEGIN { d = (a - b) / b; if (d < 0) d = -d;
  if (d > 0.05) printf "\nwarning: the static twin (%d bytes) is not the size of the catalogue page (%d bytes): rebuild the WAR\n", b, a }'
[ "$C_OK" = PASS ] && [ "$A_OK" = PASS ]

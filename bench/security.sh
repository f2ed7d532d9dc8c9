#!/usr/bin/env bash
# SQL injection probe (issue 10): sqlmap at level 1 against the portal's public page parameters,
# the parameters of signed-in pages (citizen, officer, administrator, auditor) and the JSON API
# (query, path and body parameters, with a real API token). Prints one line per target and, at the
# end, "0 injectable" or every injection point sqlmap found. Exit 0 when none was found, 1 otherwise.
#
# Against a running portal with demo data:   mvn -Pdev package liberty:run
# then:                                      bench/security.sh [base-url]
#
# Settings (environment): BASE (http://localhost:9080), PASSWORD (the demo accounts' password),
# LEVEL (1), RISK (1), PROBE_SECONDS (600: the bound on one target), KEEP (a folder: keep sqlmap's logs there),
# ONLY (a regular expression: probe only the targets whose name matches, e.g. ONLY='open' after a change there).
# Needs Debian's sqlmap (./test.sh installs it; or: apt-get install sqlmap). Only ever point it at a
# portal you run yourself on this machine.
set -euo pipefail

BASE="${1:-${BASE:-http://localhost:9080}}"
BASE="${BASE%/}"
PASSWORD="${PASSWORD:-Madang!2026}"
LEVEL="${LEVEL:-1}"
RISK="${RISK:-1}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v sqlmap >/dev/null 2>&1 || { echo "sqlmap not found: apt-get install sqlmap" >&2; exit 2; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "no ready portal at $BASE" >&2; exit 2; }

# Signs in through the real form and prints the session's cookie header for sqlmap.
sign_in() {
  local jar="$WORK/$1.jar" page state nonce
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  # a postback without its page's nonce is refused (400) before the form is read
  nonce=$(printf '%s' "$page" | grep -o 'name="primefaces.nonce"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fsS -o /dev/null -c "$jar" -b "$jar" -H "Origin: $BASE" \
    --data-urlencode "signInForm=signInForm" --data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "submit=submit" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# Issues an API token for the business representative through /my/tokens.xhtml and prints it.
api_token() {
  local jar="$WORK/business@madang.go.kr.jar" page state nonce scopes=()
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/my/tokens.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  # a postback must carry its page's nonce (PostbackNonceCheck)
  nonce=$(printf '%s' "$page" | grep -o 'name="primefaces.nonce"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  for s in $(printf '%s' "$page" | grep -o 'name="tokenForm:tokenScopes"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//'); do
    scopes+=(--data-urlencode "tokenForm:tokenScopes=$s")
  done
  page=$(curl -fsS -L -c "$jar" -b "$jar" -H "Origin: $BASE" --data-urlencode "tokenForm=tokenForm" \
    --data-urlencode "tokenForm:tokenName=sqlmap $(date +%s)" "${scopes[@]}" --data-urlencode "tokenForm:tokenDays=1" \
    --data-urlencode "tokenForm:issueToken=x" --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce" "$BASE/my/tokens.xhtml")
  printf '%s' "$page" | tr -d '\n' | grep -o '<textarea id="issuedTokenValue"[^>]*>[^<]*' | sed 's/.*>//' | head -1
}

found=()
probe() { # name, then sqlmap arguments
  local name="$1" out="$WORK/$(printf '%s' "$1" | tr -c 'A-Za-z0-9' '_').log"
  shift
  if [ -n "${ONLY:-}" ] && ! printf '%s' "$name" | grep -qiE -- "$ONLY"; then return 0; fi
  timeout "${PROBE_SECONDS:-600}" sqlmap --batch --level="$LEVEL" --risk="$RISK" --flush-session --disable-coloring \
    --threads=2 --output-dir="$WORK/sqlmap" "$@" > "$out" 2>&1 || true
  if grep -q "identified the following injection point" "$out"; then
    echo "INJECTABLE  $name"
    found+=("$name: $(grep -A3 'Parameter:' "$out" | head -4 | tr '\n' ' ')")
  elif grep -qE "all tested parameters do not appear to be injectable|does not seem to be injectable" "$out"; then
    echo "clean       $name"
  else
    echo "not tested  $name ($(grep -E '\[(CRITICAL|ERROR)\]' "$out" | head -1 | cut -c1-120))"
    found+=("$name: sqlmap could not test it (see ${KEEP:-KEEP=dir to keep the log})")
  fi
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$out" "$KEEP/"; fi
}

echo "sqlmap level $LEVEL risk $RISK against $BASE"
# --- anonymous: public pages and the read API ---------------------------------------------------
probe "catalogue search"      -u "$BASE/services/?q=passport&category=CIVIL&event=MOVING"
probe "service page"          -u "$BASE/services/service.xhtml?id=1"
probe "certificate check"     -u "$BASE/verify/?n=4821-0937-5521-6604"
probe "election page"         -u "$BASE/vote/election.xhtml?id=MadangDemoVote26&tracker=abc"
probe "poll page"             -u "$BASE/polls/poll.xhtml?id=1"
probe "poll receipts"         -u "$BASE/polls/receipts.xhtml?id=1"
probe "API election (path)"   -u "$BASE/api/elections/MadangDemoVote26*/election"
# a real receipt (a malformed code is refused with 400 before any query, which sqlmap cannot probe)
RECEIPT=""
for id in $(curl -fsS "$BASE/api/polls" | grep -o '"id":[0-9]*' | cut -d: -f2 | sort -u || true); do
  code=$(curl -fsS "$BASE/api/polls/$id/receipts" | grep -o '"code":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
  if [ -n "$code" ]; then RECEIPT="$id/receipts/$code"; break; fi
done
if [ -n "$RECEIPT" ]; then
  probe "API poll receipt"    -u "$BASE/api/polls/${RECEIPT}*"
else
  echo "not tested  API poll receipt (no poll has a receipt yet)"
  found+=("API poll receipt: no receipt to start from")
fi
# open administrative information: the search page, a publication, the open-data API
probe "open search"           -u "$BASE/open/?q=budget&agency=MOIS&category=BUDGET&type=DOCUMENT&format=PDF&year=2026&sort=date&page=1"
probe "open publication"      -u "$BASE/open/publication.xhtml?id=1"
probe "API open search"       -u "$BASE/api/open/publications?q=budget&agency=MOIS&category=BUDGET&type=DOCUMENT&format=PDF&year=2026&sort=date&limit=5"
probe "API open publication"  -u "$BASE/api/open/publications/1*"
# disclosure requests (the public log and statistics) and petitions
probe "open request log"      -u "$BASE/open/requests/?q=budget&agency=MOIS&status=DECIDED&decision=PARTIAL_DISCLOSURE"
probe "API open request log"  -u "$BASE/api/open/requests?q=budget&status=DECIDED&decision=PARTIAL_DISCLOSURE&limit=5"
probe "open request stats"    -u "$BASE/open/requests/statistics.xhtml?sort=agency&dir=asc"
probe "petition list"         -u "$BASE/petitions/?status=open&agency=MOIS&category=ENVIRONMENT&sort=supports"
probe "API petitions"         -u "$BASE/api/petitions?status=open&agency=MOIS&category=ENVIRONMENT&sort=supports&limit=5"
probe "API petition"          -u "$BASE/api/petitions/1*"
# this answer echoes the number it was asked about, which sqlmap's UNION test takes for a column it
# can read: the other techniques (boolean, error, stacked, time) still test the parameter
probe "API certificate check" -u "$BASE/api/documents/4821-0937-5521-6604*/verification" --technique=BEST

# --- signed in ------------------------------------------------------------------------------------
CITIZEN=$(sign_in citizen@madang.go.kr)
OFFICER=$(sign_in officer@madang.go.kr)
ADMIN=$(sign_in admin@madang.go.kr)
AUDITOR=$(sign_in auditor@madang.go.kr)
probe "inbox message"         -u "$BASE/my/inbox.xhtml?message=1" --cookie="$CITIZEN"
probe "who read my data"      -u "$BASE/my/privacy/?from=2026-01-01&to=2026-12-31&agency=MOIS&page=1" --cookie="$CITIZEN"
# one of the citizen's own applications, as a status page address (numbers differ per database)
NUMBER=$(curl -fsS -H "Cookie: $CITIZEN" "$BASE/my/applications.xhtml" \
  | grep -o 'application\.xhtml?number=[0-9][^"&]*' | head -1 | sed 's/.*number=//' || true)
if [ -n "$NUMBER" ]; then
  probe "application status"  -u "$BASE/my/application.xhtml?number=$NUMBER" --cookie="$CITIZEN"
else
  echo "not tested  application status (citizen@ has no application)"
  found+=("application status: no application to start from")
fi
probe "officer queue"         -u "$BASE/office/?status=RECEIVED&service=1&overdue=true&mine=true" --cookie="$OFFICER"
probe "account search"        -u "$BASE/admin/accounts.xhtml?q=kim&role=CITIZEN" --cookie="$ADMIN"
probe "audit trail search"    -u "$BASE/audit/?actor=admin&action=login&target=x&outcome=SUCCESS&from=2026-01-01&to=2026-12-31&page=1" --cookie="$AUDITOR"
probe "my data (JSON)"        -u "$BASE/api/privacy/my/data.json" --cookie="$CITIZEN" --level=2

# --- the JSON filing API, with a real token ------------------------------------------------------
sign_in business@madang.go.kr > /dev/null
TOKEN=$(api_token)
if [ -n "$TOKEN" ]; then
  probe "API filing (JSON body)" -u "$BASE/api/services/1/applications" -H "Authorization: Bearer $TOKEN" \
    --data='{"answers":{"purpose":"bank","shopName":"madang"}}' --method=POST
  BUNDLE=$(curl -fsS -b "$WORK/business@madang.go.kr.jar" "$BASE/my/bundles.xhtml" \
    | grep -o 'bundle\.xhtml?number=[0-9][^"&]*' | head -1 | sed 's/.*number=//' || true)
  if [ -n "$BUNDLE" ]; then
    probe "API bundle status"    -u "$BASE/api/bundles/applications/${BUNDLE}*" -H "Authorization: Bearer $TOKEN"
  else
    # no filing of business@ yet: an unknown number answers 404 every time, so only the error- and
    # time-based techniques can tell anything there
    probe "API bundle status (unknown number)" -u "$BASE/api/bundles/applications/20261128-000001-3*" \
      -H "Authorization: Bearer $TOKEN" --ignore-code=404 --technique=EST
  fi
else
  echo "not tested  JSON filing API (no API token could be issued)"
  found+=("JSON filing API: no token")
fi

echo
if ((${#found[@]})); then
  printf '%s\n' "${found[@]}"
  exit 1
fi
echo "0 injectable"

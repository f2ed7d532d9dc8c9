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

# Sourced by the bench scripts that start, kill and restart the portal themselves (crash.sh, outage.sh,
# figures.sh): the pieces `mvn -Pdev package liberty:run` runs together, started one by one so that
# each can be stopped on its own — the embedded PostgreSQL (zonky, data in BUILD_DIR/devdb/data), the
# dev mail server (GreenMail) and Liberty (`wlp/bin/server start`, the server the dev profile made).
# A database or mail server already answering on its port is used as it is and left running.
#
# Settings (environment): HTTP_PORT (9080), HTTPS_PORT (9443), DB_PORT (5433), SMTP_PORT (3025),
# IMAP_PORT (3143), BUILD_DIR (target), NO_BUILD (1: the server and classes are already built).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HTTP_PORT="${HTTP_PORT:-9080}"
HTTPS_PORT="${HTTPS_PORT:-9443}"
DB_PORT="${DB_PORT:-5433}"
SMTP_PORT="${SMTP_PORT:-3025}"
IMAP_PORT="${IMAP_PORT:-3143}"
BUILD_DIR="${BUILD_DIR:-target}"
BASE="http://localhost:$HTTP_PORT"
WLP="$ROOT/$BUILD_DIR/liberty/wlp"
SERVER_PID_FILE="$WLP/usr/servers/.pid/defaultServer.pid"
DB_DATA="$ROOT/$BUILD_DIR/devdb/data"
export PGPASSWORD="${DB_PASSWORD:-madang}"
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U madang -d madang)
STARTED_PIDS=()
WORK="${WORK:-$(mktemp -d)}"

# Builds the WAR and the dev server's configuration on these ports, without starting anything.
build_server() {
  [ "${NO_BUILD:-0}" = 1 ] && [ -x "$WLP/bin/server" ] && return 0
  (cd "$ROOT" && mvn -o -q -B -Pdev -Dexec.skip=true -Dbuild.dir="$BUILD_DIR" -Dhttp.port="$HTTP_PORT" \
    -Dhttps.port="$HTTPS_PORT" -Ddb.port="$DB_PORT" -Dsmtp.port="$SMTP_PORT" -Dimap.port="$IMAP_PORT" \
    package liberty:create liberty:deploy)
}

test_classpath() {
  [ -s "$WORK/cp" ] || (cd "$ROOT" && mvn -o -q -B -Dbuild.dir="$BUILD_DIR" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp" >/dev/null)
  printf '%s:%s:%s' "$ROOT/$BUILD_DIR/test-classes" "$ROOT/$BUILD_DIR/classes" "$(cat "$WORK/cp")"
}

db_answers() { pg_isready -q -h localhost -p "$DB_PORT"; }

start_db() {
  if db_answers; then
    echo "using the PostgreSQL already on port $DB_PORT" >&2
    # the embedded one this checkout's launcher runs on that port, if it is that one (to stop it later)
    DB_PID=$(pgrep -f -- "-Ddevdb.port=$DB_PORT .*org.madang.devdb.DevPostgres" | head -1 || true)
    return 0
  fi
  java -Ddevdb.dir="$DB_DATA" -Ddevdb.port="$DB_PORT" -cp "$(test_classpath)" org.madang.devdb.DevPostgres \
    > "$WORK/db.log" 2>&1 &
  DB_PID=$!
  STARTED_PIDS+=($DB_PID)
  for _ in $(seq 1 120); do db_answers && return 0; sleep 0.5; done
  echo "PostgreSQL did not start (see $WORK/db.log)" >&2; return 1
}

mail_answers() { (exec 3<>"/dev/tcp/localhost/$SMTP_PORT") 2>/dev/null; }

start_mail() {
  if mail_answers; then
    echo "using the mail server already on port $SMTP_PORT" >&2
    MAIL_PID=$(pgrep -f -- "-Ddevmail.smtp.port=$SMTP_PORT .*org.madang.devdb.DevMail" | head -1 || true)
    return 0
  fi
  java -Xmx128m -Ddevmail.smtp.port="$SMTP_PORT" -Ddevmail.imap.port="$IMAP_PORT" -cp "$(test_classpath)" \
    org.madang.devdb.DevMail > "$WORK/mail.log" 2>&1 &
  MAIL_PID=$!
  STARTED_PIDS+=($MAIL_PID)
  for _ in $(seq 1 60); do mail_answers && return 0; sleep 0.5; done
  echo "the mail server did not start (see $WORK/mail.log)" >&2; return 1
}

# Stops the mail server this script started (GreenMail keeps mail in memory: what it had is gone).
stop_mail() {
  [ -n "${MAIL_PID:-}" ] || return 0
  kill "$MAIL_PID" 2>/dev/null || true
  while kill -0 "$MAIL_PID" 2>/dev/null; do sleep 0.1; done
  MAIL_PID=""
}

# The database away and back: the launcher this script started is stopped (zonky stops PostgreSQL
# with it, a fast shutdown) and a new one started on the same data (pg_ctl itself refuses root).
stop_db_fast() {
  [ -n "${DB_PID:-}" ] || { echo "the database is not one this script started" >&2; return 1; }
  kill "$DB_PID" 2>/dev/null || true
  while kill -0 "$DB_PID" 2>/dev/null; do sleep 0.1; done
  # a postmaster the launcher left running gets its fast shutdown directly (SIGINT)
  db_answers && kill -INT "$(head -1 "$DB_DATA/postmaster.pid")" 2>/dev/null
  while db_answers; do sleep 0.1; done
  DB_PID=""
}
start_db_again() { start_db; }

# Ready: /health/ready UP with the database check in it (while the application is still starting or
# restarting, Liberty may answer UP with no checks at all)
ready() { curl -fsS -m 5 "$BASE/health/ready" 2>/dev/null | grep -q '"name":"database","status":"UP"'; }

# Starts Liberty and waits until /health/ready answers UP; prints the seconds it took.
start_liberty() {
  local t0 t1
  t0=$(date +%s.%N)
  "$WLP/bin/server" start defaultServer > "$WORK/server-start.log" 2>&1 || true
  for _ in $(seq 1 600); do
    if ready; then t1=$(date +%s.%N); awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }'; return 0; fi
    sleep 0.25
  done
  echo "Liberty did not become ready (see $WLP/usr/servers/defaultServer/logs/messages.log)" >&2; return 1
}

liberty_pid() { cat "$SERVER_PID_FILE" 2>/dev/null; }

# SIGKILL to the Liberty JVM: no shutdown hook, no transaction completes, as a power cut for the process.
kill_liberty() {
  local pid
  pid=$(liberty_pid)
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$SERVER_PID_FILE"
}

stop_everything() {
  "$WLP/bin/server" stop defaultServer >/dev/null 2>&1 || true
  for p in "${STARTED_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${STARTED_PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}

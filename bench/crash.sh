#!/usr/bin/env bash
# Nothing acknowledged is lost (issue 18): clients keep filing applications through the API (each
# answer with a receipt number written down) and supporting petitions as signed-in residents (each
# support the portal confirmed written down); the Liberty JVM is killed with SIGKILL in the middle of
# it and started again while the clients keep going. Then, in the database: every receipt number
# exists whole (status, all its answers, its timeline), no application anywhere is half stored, every
# attachment row has its file and every file its row, every confirmed support is stored and every
# petition's count equals its rows; the audit trail's chain and the personal-data access log's chain
# verify (the auditor's check, and the standalone verifier over the exported chain).
# Prints the counts and exits 1 if anything acknowledged is missing or anything is half stored.
#
# Starts its own Liberty (the dev profile's server, built here), the embedded PostgreSQL and the dev
# mail server unless they already answer on their ports; stops what it started.
#   HTTP_PORT=9480 HTTPS_PORT=9843 DB_PORT=55480 SMTP_PORT=3525 IMAP_PORT=3543 bench/crash.sh
# Settings (environment): those of bench/server.sh, FILERS (14 API clients), SUPPORTERS (6 residents),
# PETITIONS (40 fresh petitions each supporter supports in turn), BEFORE (20 s of load before the kill),
# AFTER (20 s of load after the restart is ready), KILLS (1), PASSWORD (the demo password), OFFICER
# (the officer who keeps opening the filed cases meanwhile, each a line in the personal-data access log).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
FILERS="${FILERS:-14}"
SUPPORTERS="${SUPPORTERS:-6}"
PETITIONS="${PETITIONS:-40}"
BEFORE="${BEFORE:-20}"
AFTER="${AFTER:-20}"
KILLS="${KILLS:-1}"
PASSWORD="${PASSWORD:-Madang!2026}"
OFFICER="${OFFICER:-officer.trade@madang.go.kr}"
# shellcheck source=bench/server.sh
. "$HERE/server.sh"
trap '[ "${KEEP:-0}" = 1 ] || stop_everything; rm -rf "$WORK"' EXIT
for tool in psql pg_isready python3 openssl curl java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

# API tokens must outlive the restart: a fixed signing key instead of one made at each start
export MADANG_API_JWT_PRIVATE_KEY
MADANG_API_JWT_PRIVATE_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
  | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
export MADANG_PETITION_SUPPORTS_PER_MINUTE=100000
build_server
start_db
start_mail
if ready && [ -n "$(liberty_pid)" ]; then
  echo "using the portal this checkout's server already runs at $BASE" >&2
elif ready; then
  echo "a portal not started from this checkout answers at $BASE: stop it first" >&2; exit 2
else
  echo "start to ready: $(start_liberty) s" >&2
fi

# --- the clients' identities: an API token for the business representative, verified residents ----
# shellcheck source=bench/signin.sh
. "$HERE/signin.sh"
TOKEN=$(api_token business@madang.go.kr)
[ -n "$TOKEN" ] || { echo "no API token could be issued" >&2; exit 1; }
read -r SERVICE ANSWERS <<< "$(filing_target)"

"${PSQL[@]}" <<SQL
insert into account (email, name, password_hash, birth_date, region, verification, verified_at, created_at,
                     password_changed_at)
select 'bench.supporter.' || n || '@bench.example.kr', '벤치주민' || n,
       (select password_hash from account where email = 'resident@madang.go.kr'), date '1980-01-01' + n, 'SEOUL',
       'VERIFIED_RESIDENT', now(), now(), now()
from generate_series(1, $SUPPORTERS) n
on conflict (email) do nothing;
insert into account_role (account_id, role)
select id, 'CITIZEN' from account where email like 'bench.supporter.%@bench.example.kr' on conflict do nothing;
insert into resident_identity (resident_key, account_id, bound_at)
select gen_random_uuid(), a.id, now() from account a
where a.email like 'bench.supporter.%@bench.example.kr'
  and not exists (select 1 from resident_identity r where r.account_id = a.id);
insert into petition (title, body, category, agency_code, author_resident_key, sponsor_token, status, created_at,
                      sponsor_count, published_at, closes_at, answer_threshold, answer_days, support_count)
select '[crash] 동의 ' || i || ' ' || to_char(now(), 'HH24MISS'), '중단 시험 청원입니다.', 'OTHER', 'SEOUL',
       gen_random_uuid(), 'crash-' || md5(random()::text || i), 'PUBLISHED', now(), 5, now(),
       now() + interval '30 days', 100000, 30, 0
from generate_series(1, $PETITIONS) i;
SQL
HOT=$("${PSQL[@]}" -t -A -c "select string_agg(id::text, ',' order by id) from (select id from petition
                             where title like '[crash] %' order by id desc limit $PETITIONS) h")
FIRST_ID=$("${PSQL[@]}" -t -A -c "select coalesce(max(id), 0) from application")

# --- load, the kill, the restart, more load ----------------------------------------------------------
ACKS="$WORK/acks"
: > "$ACKS"
python3 "$HERE/faultload.py" "$BASE" "$TOKEN" "$SERVICE" "$ANSWERS" "$HOT" "$PASSWORD" "$FILERS" "$SUPPORTERS" \
  "$ACKS" "$WORK/stop" "" "$OFFICER" > "$WORK/load.out" &
LOAD=$!
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
restarts=()
for k in $(seq 1 "$KILLS"); do
  sleep "$BEFORE"
  acked_then=$(wc -l < "$ACKS")
  kill_liberty
  echo "kill -9 of Liberty with $acked_then answers acknowledged so far" >&2
  restarts+=("$(start_liberty)")
  echo "ready again after ${restarts[-1]} s" >&2
done
sleep "$AFTER"
touch "$WORK/stop"
wait "$LOAD" || true
read -r filed supported refused failed < "$WORK/load.out"

# --- what the database holds ---------------------------------------------------------------------------
"${PSQL[@]}" -c "create temporary table x (kind text, ref text, n int)" >/dev/null
ACKED_APPS=$(awk '$1 == "A" {print $2 "," $3}' "$ACKS" | sort -u)
ACKED_SUPPORTS=$(awk '$1 == "S" {print $2 "," $3}' "$ACKS" | sort -u)
FILES_DIR="$WLP/usr/servers/defaultServer/files"
( cd "$FILES_DIR" 2>/dev/null && find . -name '*.bin' -printf '%P\n' ) > "$WORK/files" || : > "$WORK/files"
leftovers=$( ( cd "$FILES_DIR" 2>/dev/null && find . -name '*.tmp' ) | wc -l)
read -r apps_missing apps_partial half_anywhere att_no_file file_no_row sup_missing counts_off sup_rows <<< "$(
  { echo "create temporary table acked_app (number text, answers int); create temporary table acked_sup (petition bigint, n int);"
    echo "create temporary table disk (storage_key text);"
    echo "copy acked_app from stdin with (format csv);"; printf '%s\n' "$ACKED_APPS" | sed '/^$/d'; echo '\.'
    echo "copy acked_sup from stdin with (format csv);"; printf '%s\n' "$ACKED_SUPPORTS" | sed '/^$/d'; echo '\.'
    echo "copy disk from stdin;"; cat "$WORK/files"; echo '\.'
    # every row that names a file: attachments, published files, privately released files
    echo "create temporary table named as select storage_key from application_attachment
            union all select storage_key from publication_version
            union all select private_file_key from disclosure_request where private_file_key is not null;"
    cat <<SQL
select
  (select count(*) from acked_app k where not exists (select 1 from application a where a.number = k.number
     and a.status <> 'DRAFT')),
  (select count(*) from acked_app k join application a on a.number = k.number
     where (select count(*) from application_answer w where w.application_id = a.id) < k.answers
        or not exists (select 1 from application_step s where s.application_id = a.id)),
  (select count(*) from application a where a.id > $FIRST_ID and a.status <> 'DRAFT'
     and (a.number is null or not exists (select 1 from application_step s where s.application_id = a.id)
          or not exists (select 1 from application_answer w where w.application_id = a.id))),
  (select count(*) from named t where t.storage_key not in (select storage_key from disk)),
  (select count(*) from disk d where d.storage_key not in (select storage_key from named)),
  (select count(*) from acked_sup k where not exists (select 1 from petition_support s
     join account c on c.id = s.account_id
     where s.petition_id = k.petition and c.email = 'bench.supporter.' || k.n || '@bench.example.kr')),
  (select count(*) from petition p where p.id in ($HOT)
     and p.support_count <> (select count(*) from petition_support s where s.petition_id = p.id)),
  (select count(*) from petition_support s where s.petition_id in ($HOT));
SQL
  } | "${PSQL[@]}" -t -A -F' ')"
stored_apps=$("${PSQL[@]}" -t -A -c "select count(*) from application where id > $FIRST_ID and status <> 'DRAFT'")
acked_apps=$(printf '%s\n' "$ACKED_APPS" | sed '/^$/d' | wc -l)
acked_sups=$(printf '%s\n' "$ACKED_SUPPORTS" | sed '/^$/d' | wc -l)

# --- the two chains ----------------------------------------------------------------------------------------
AJAR="$WORK/auditor.jar"
sign_in auditor@madang.go.kr "$AJAR"
page=$(curl -fsS -c "$AJAR" -b "$AJAR" -H "Accept-Language: en" "$BASE/audit/")
audit=$(curl -fsS -L -c "$AJAR" -b "$AJAR" -H "Accept-Language: en" -H "Origin: $BASE" --data-urlencode "verify=verify" \
  --data-urlencode "verify:verifyChain=x" \
  --data-urlencode "jakarta.faces.ViewState=$(sed -n '/<form id="verify"/,/<\/form>/p' <<< "$page" | form_value jakarta.faces.ViewState)" \
  --data-urlencode "primefaces.nonce=$(form_value primefaces.nonce <<< "$page")" "$BASE/audit/" \
  | grep -o 'The audit chain is [^<]*\|감사 기록 체인이 [^<]*' | head -1 || true)
curl -fsS -b "$AJAR" -o "$WORK/access-log.jsonl" "$BASE/api/privacy/access-log/chain.jsonl"
access=$(java -cp "$ROOT/$BUILD_DIR/classes" org.madang.tools.accesslogverify.VerifyAccessLog "$WORK/access-log.jsonl" 2>&1 \
  | head -1 || true)

lost=$((apps_missing + apps_partial + half_anywhere + att_no_file + file_no_row + sup_missing + counts_off))
printf '\nkill -9 under load at %s (%s kill(s); load before: %s; %s API clients, %s supporters)\n' \
  "$BASE" "$KILLS" "$LOAD_BEFORE" "$FILERS" "$SUPPORTERS"
printf '| what | count |\n|---|---|\n'
printf '| restart to ready after the kill | %s s |\n' "${restarts[*]}"
printf '| applications acknowledged with a receipt number | %s (stored in the run: %s; requests refused %s, failed in flight %s) |\n' \
  "$acked_apps" "$stored_apps" "$refused" "$failed"
printf '| … of them missing / without all answers or timeline | **%s / %s** |\n' "$apps_missing" "$apps_partial"
printf '| applications of the run half stored (no number, answers or timeline) | **%s** |\n' "$half_anywhere"
printf '| rows naming a file without it / files without their row (attachments, published files) | **%s / %s** (%s files; %s temporary files left) |\n' \
  "$att_no_file" "$file_no_row" "$(wc -l < "$WORK/files")" "$leftovers"
printf '| petition supports acknowledged | %s (rows stored: %s) |\n' "$acked_sups" "$sup_rows"
printf '| … of them missing / petitions whose count differs from its rows | **%s / %s** |\n' "$sup_missing" "$counts_off"
printf '| audit trail chain | %s |\n' "${audit:-NOT VERIFIED (no answer from the auditor page)}"
printf '| access-log chain (standalone verifier) | %s |\n' "${access:-NOT VERIFIED}"
[ "$lost" = 0 ] && [[ "$audit" == *"is intact"* || "$audit" == *"체인이 온전합니다"* ]] && [[ "$access" == INTACT* ]]

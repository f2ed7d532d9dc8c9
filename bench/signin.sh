# Sourced by crash.sh and outage.sh (after server.sh): signing in through the real forms, an API
# token through /my/tokens.xhtml, and what the API clients file.
form_value() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//'; }

# sign_in EMAIL JAR: a same-origin form post with its page's view state and nonce, as a browser sends it
sign_in() {
  local page
  page=$(curl -fsS -c "$2" -b "$2" "$BASE/login.xhtml")
  curl -fsS -o /dev/null -c "$2" -b "$2" -H "Origin: $BASE" \
    --data-urlencode "primefaces.nonce=$(form_value primefaces.nonce <<< "$page")" \
    --data-urlencode "signInForm=signInForm" --data-urlencode "email=$1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "submit=submit" \
    --data-urlencode "jakarta.faces.ViewState=$(form_value jakarta.faces.ViewState <<< "$page")" "$BASE/login.xhtml"
}

# api_token EMAIL: signs the business representative in and prints a new token with every scope
api_token() {
  local jar="$WORK/token.jar" page scopes=()
  sign_in "$1" "$jar"
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/my/tokens.xhtml")
  for s in $(grep -o 'name="tokenForm:tokenScopes"[^>]*value="[^"]*"' <<< "$page" | sed 's/.*value="//; s/"$//'); do
    scopes+=(--data-urlencode "tokenForm:tokenScopes=$s")
  done
  curl -fsS -L -c "$jar" -b "$jar" -H "Origin: $BASE" --data-urlencode "tokenForm=tokenForm" \
    --data-urlencode "tokenForm:tokenName=bench $(date +%s)" "${scopes[@]}" --data-urlencode "tokenForm:tokenDays=1" \
    --data-urlencode "tokenForm:issueToken=x" \
    --data-urlencode "jakarta.faces.ViewState=$(form_value jakarta.faces.ViewState <<< "$page")" \
    --data-urlencode "primefaces.nonce=$(form_value primefaces.nonce <<< "$page")" "$BASE/my/tokens.xhtml" \
    | tr -d '\n' | grep -o '<textarea id="issuedTokenValue"[^>]*>[^<]*' | sed 's/.*>//' | head -1
}

# filing_target: "SERVICE_ID ANSWERS_JSON" of the service the API clients file (FILING_SERVICE, a
# service code; by default the trade business code of 마당상사) with answers that satisfy its form
# (FILING_ANSWERS), checked by one real filing
filing_target() {
  local id answers code
  id=$("${PSQL[@]}" -t -A -c "select id from civil_service where code = '${FILING_SERVICE:-TRADE_BUSINESS_CODE}'")
  answers='{"businessNumber": "220-81-12341", "tradeName": "마당상사", "tradeNameEn": "Madang Trading"}'
  answers="${FILING_ANSWERS:-$answers}"
  code=$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -X POST "$BASE/api/services/$id/applications" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"answers\": $answers}")
  [ "$code" = 201 ] || { echo "a probe filing of service $id answered $code: $(cat "$WORK/probe.json")" >&2; return 1; }
  echo "$id $answers"
}

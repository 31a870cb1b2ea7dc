#!/usr/bin/env bash
# Property-based tests of /api/v1 against its own OpenAPI document (schemathesis, from PyPI):
# as a citizen, a mentor, a caseworker and an admin of the demo municipality, and without a
# session. Fails on any server error, undocumented status, response that breaks the schema,
# or accepted request the schema forbids. Expects scripts/build.sh to have run.
#   scripts/api-fuzz.sh [max examples per operation, default 25]
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-25}
SCHEMATHESIS_VERSION=4.32.5
venv=.tools/schemathesis
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi
work=$(mktemp -d)
port=${FUZZ_PORT:-3200}
base="http://127.0.0.1:$port"
export DATABASE_URL="sqlite://$work/fuzz.db" LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD LEPTOS_SITE_ADDR="127.0.0.1:$port"
target/release/fodfaeste demo-data >/dev/null
target/release/fodfaeste serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do curl -fs "$base/login" >/dev/null && break; sleep 0.2; done

login() {
  curl -fs -c - -H 'content-type: application/json' -d "{\"email\":\"$1\",\"password\":\"demo-password\"}" "$base/api/v1/session" \
    | awk '$6 == "fodfaeste_session" { print "fodfaeste_session=" $7 }'
}

# Operations that end the session the run logs in with, or log in anew, are left out of the
# runs with a session; the run without one covers them.
keep_session=(--exclude-path-regex '^/api/v1/(session|me/sessions.*|users/\{id\}/sessions)$')
status=0
run() {
  local who=$1; shift
  echo "== schemathesis as $who"
  "$venv/bin/schemathesis" run "$base/api/v1/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --phases examples,coverage,fuzzing --max-examples "$examples" --seed 20261130 --generation-deterministic \
    --workers 2 --request-timeout 10 --no-color --warnings off "$@" || status=1
}
# Logged in first: the run without a session guesses passwords, and the address then waits.
# The admin runs last, as an admin's changes (roles, deactivation) reach the other users.
declare -A cookies
roles=(citizen@demo.fodfaeste.dk mentor@demo.fodfaeste.dk caseworker@demo.fodfaeste.dk admin@demo.fodfaeste.dk)
for who in "${roles[@]}"; do
  cookies[$who]=$(login "$who")
  [ -n "${cookies[$who]}" ] || { echo "could not log in as $who"; exit 1; }
done
for who in "${roles[@]}"; do
  run "$who" -H "Cookie: ${cookies[$who]}" "${keep_session[@]}"
  # The session outlived the run, so every request in it was made as this user.
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookies[$who]}" "$base/api/v1/me")
  [ "$code" = 200 ] || { echo "the session of $who ended during its run ($code)"; status=1; }
done
run "nobody"
if [ "$status" != 0 ]; then
  echo "--- server log"; tail -n 30 "$work/server.log"
fi
exit $status

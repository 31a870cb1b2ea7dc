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
. scripts/lib/demo-server.sh
demo_server "${FUZZ_PORT:-3200}"

login() {
  echo "fodfaeste_session=$(demo_session "$1")"
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
  echo "--- server log"; tail -n 30 "$server_log"
fi
exit $status

#!/usr/bin/env bash
# Runs the Playwright tests against the release build with a fresh SQLite database holding
# the demo data. Expects scripts/build.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=${E2E_PORT:-3100}
export DATABASE_URL="sqlite://$work/e2e.db"
export LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
target/release/fodfaeste demo-data >/dev/null
target/release/fodfaeste serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$port/login" >/dev/null && break
  sleep 0.2
done
cd end2end
status=0
# Lets Playwright cut (and route) the service worker's traffic too, not only the page's.
export PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1
BASE_URL="http://127.0.0.1:$port" npx playwright test "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log"; tail -n 50 "$work/server.log"
fi
exit $status

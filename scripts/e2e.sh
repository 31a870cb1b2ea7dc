#!/usr/bin/env bash
# Runs the Playwright tests against the release build with a fresh SQLite database holding
# the demo data. Expects scripts/build.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/demo-server.sh
demo_server "${E2E_PORT:-3100}"
cd end2end
status=0
# Lets Playwright cut (and route) the service worker's traffic too, not only the page's.
export PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1
BASE_URL="$base" npx playwright test "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log"; tail -n 50 "$server_log"
fi
exit $status

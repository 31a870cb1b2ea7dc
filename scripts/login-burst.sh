#!/usr/bin/env bash
# Memory under a burst of logins (issue 15): 200 wrong logins at once against the release
# server on a fresh SQLite demo database. Prints the server's peak memory (VmHWM) and how
# long the login page took to answer in the middle of the burst. Expects scripts/build.sh.
#   scripts/login-burst.sh [parallel]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
port=${BURST_PORT:-3120}
. scripts/lib/demo-server.sh
demo_server "$port"
before=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
seq 1 "$n" | xargs -P "$n" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
  -H 'content-type: application/json' -d '{"email":"guess{}@example.dk","password":"wrong-password"}' \
  "http://127.0.0.1:$port/api/v1/session" >"$work/codes" &
burst=$!
sleep 0.5
page=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/login")
wait $burst
peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
echo "login burst: $n parallel wrong logins; answers: $(sort "$work/codes" | uniq -c | tr '\n' ' ')"
echo "login burst: server memory before $((before / 1024)) MiB, peak $((peak / 1024)) MiB; /login answered in ${page} s during the burst"

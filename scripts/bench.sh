#!/usr/bin/env bash
# Throughput of the release server (issue 18), measured with wrk from Debian's packages:
# each row is `wrk -t2 -c64 -d${BENCH_SECONDS}s --latency`, logged in as the page's user,
# on a fresh database with the demo data. The login page (no database) is the same run's
# reference for what the machine gives. The last row is durable writes from 16 citizens at once
# (scripts/durable_writes.py). A benchmark, not a test: figures go in notes.
#   scripts/bench.sh                  SQLite in a temporary folder
#   BENCH_DATABASE_URL=postgres://…   an empty PostgreSQL database instead
# Expects scripts/build.sh. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
seconds=${BENCH_SECONDS:-8}
export RUST_LOG=warn
. scripts/lib/demo-server.sh
demo_server "${BENCH_PORT:-3130}" "${BENCH_DATABASE_URL:-}"
citizen=$(demo_session citizen@demo.fodfaeste.dk)
mentor=$(demo_session mentor@demo.fodfaeste.dk)
caseworker=$(demo_session caseworker@demo.fodfaeste.dk)
css=$(cd target/site && ls pkg/fodfaeste*.css | grep -v '\.\(br\|gz\)$' | head -n 1)

# One row: what, path, cookie (may be empty). Refuses to report a run with failed answers.
row() {
  local what=$1 path=$2 cookie=$3 out
  local args=(-t2 -c64 "-d${seconds}s" --latency -H 'Accept-Encoding: br, gzip')
  [ -n "$cookie" ] && args+=(-H "Cookie: fodfaeste_session=$cookie")
  # Each page answers 200 once: a redirect means the login did not take.
  code=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: fodfaeste_session=$cookie"} "$base$path")
  if [ "$code" != 200 ]; then
    echo "| $what \`$path\` | answered $code, not measured | |"
    return
  fi
  out=$(wrk "${args[@]}" "$base$path")
  local rps p99 bad
  rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  printf '| %s `%s` | %s req/s | p99 %s%s |\n' "$what" "$path" "$rps" "$p99" "${bad:+, $bad answers not 2xx}"
}

echo "wrk -t2 -c64 -d${seconds}s, $(nproc) cores, ${DATABASE_URL%%:*}, demo data, $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| what | throughput | latency |"
echo "| --- | --- | --- |"
row "the login page (reference, no database)" /login ""
row "citizen I dag" /borger "$citizen"
row "mentor" /mentor "$mentor"
row "caseworker" /sagsbehandler "$caseworker"
row "a hashed CSS file" "/$css" ""
row "the API's entries, as the citizen" /api/v1/time-entries "$citizen"
# Durable writes: 16 citizens (made through the API) register distinct entries at once, each
# on its own connection; every answer must be 201 and every stored entry listed once.
python3 scripts/durable_writes.py "$base" "$seconds" 16

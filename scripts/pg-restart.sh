#!/usr/bin/env bash
# What the release server on PostgreSQL answers across a restart of PostgreSQL: the pool's
# connections die with it and must be replaced before a request meets one.
#   1. Under load: 8 clients ask for the citizen's I dag every 50 ms for 20 s, and PostgreSQL
#      restarts after 6 s. Prints the answers before, during and after the restart. Each is
#      200, or 503 while the database is down (the page that reloads itself), never 303 or 500.
#   2. Idle: every pooled connection is used, PostgreSQL restarts while they rest, and 40
#      requests at once follow. Each must be 200.
# Restarts the local cluster (pg_ctlcluster), so run it on a test machine only. Expects
# scripts/build.sh. Exits non-zero when a request after the restart fails or one answer is
# neither 200 nor 503.
set -uo pipefail
cd "$(dirname "$0")/.."
admin_url=${PGRESTART_ADMIN_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
db=fodfaeste_restart
cluster=$(ls /etc/postgresql | sort -V | tail -n 1)
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

. scripts/lib/demo-server.sh
demo_server "${PGRESTART_PORT:-3150}" "${admin_url%/*}/$db"
citizen=$(demo_session citizen@demo.fodfaeste.dk)
log=$work/answers
ask() { curl -s -o /dev/null -m 5 -w '%{http_code}\n' -H "Cookie: fodfaeste_session=$citizen" "$base/borger"; }
restart() {
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart
  for _ in $(seq 1 100); do pg_isready -q -h 127.0.0.1 && break; sleep 0.1; done
}
failed=0
clients=()

for c in $(seq 1 8); do
  (
    end=$((SECONDS + 20))
    while [ $SECONDS -lt $end ]; do
      printf '%s %s\n' "$(date +%s.%N)" "$(ask)"
      sleep 0.05
    done
  ) >"$log.$c" &
  clients+=($!)
done
sleep 6
t0=$(date +%s.%N)
restart
t1=$(date +%s.%N)
wait "${clients[@]}"
cat "$log".* | sort -n >"$log"
echo "under load, PostgreSQL down $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s:"
echo
echo "| when | answers |"
echo "| --- | --- |"
count() { awk -v a="$1" -v b="$2" '$1 >= a && $1 < b { c[$2]++ } END { for (k in c) printf "%s %d, ", k, c[k] }' "$log" | sed 's/, $//'; }
echo "| before | $(count 0 "$t0") |"
echo "| during the restart | $(count "$t0" "$t1") |"
echo "| after | $(count "$t1" 9e9) |"
after_bad=$(awk -v t="$t1" '$1 >= t && $2 != 200' "$log" | wc -l)
[ "$after_bad" = 0 ] || failed=1
# While it is down the page says so (503, reloading itself): never the login page (303) or 500.
down_bad=$(awk '$2 != 200 && $2 != 503' "$log" | wc -l)
[ "$down_bad" = 0 ] || { echo "answers other than 200 or 503: $down_bad"; failed=1; }

seq 1 40 | xargs -P 40 -I{} curl -s -o /dev/null -H "Cookie: fodfaeste_session=$citizen" "$base/borger"
restart
sleep 3
idle=$(seq 1 40 | xargs -P 40 -I{} curl -s -o /dev/null -m 5 -w '%{http_code}\n' -H "Cookie: fodfaeste_session=$citizen" "$base/borger" | sort | uniq -c | awk '{ printf "%s %s, ", $2, $1 }' | sed 's/, $//')
echo
echo "idle pool, then a restart, then 40 requests at once: $idle"
[ "$idle" = "200 40" ] || failed=1
exit $failed

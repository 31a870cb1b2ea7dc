#!/usr/bin/env bash
# Two app servers behind HAProxy on one PostgreSQL (docs/deploy.md), on this machine:
#  1. both servers start at once on a new, empty database (the migrations run once);
#  2. a login made through one server works on the other (the sessions live in the database);
#  3. a mixed load runs through HAProxy (scripts/mixed_load.py) while one server is killed
#     with SIGKILL and, a while later, started again;
#  4. every registration the balancer acknowledged is stored exactly once, none twice.
# Prints the figures and exits non-zero when a check fails. Expects scripts/build.sh.
#   scripts/two-servers.sh [seconds of load]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-24}
admin=${TEST_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
lb=3140 a=3141 b=3142
for tool in haproxy psql; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq haproxy postgresql-client >/dev/null; }
done
pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start

work=$(mktemp -d)
name="fodfaeste_two_$$"
psql -q "$admin" -c "CREATE DATABASE $name"
export DATABASE_URL="${admin%/*}/$name"
export LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD RUST_LOG=warn FODFAESTE_TRUSTED_PROXIES=127.0.0.1
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q "$admin" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # port log
  LEPTOS_SITE_ADDR="127.0.0.1:$1" target/release/fodfaeste serve >>"$2" 2>&1 &
  echo $!
}
up() { curl -fs -o /dev/null "http://127.0.0.1:$1/login"; }
wait_up() { for _ in $(seq 1 100); do up "$1" && return 0; sleep 0.1; done; echo "server on $1 did not start"; tail "$work"/*.log; exit 1; }

# 1. Both at once on the empty database.
pid_a=$(start_server $a "$work/a.log"); pids+=("$pid_a")
pid_b=$(start_server $b "$work/b.log"); pids+=("$pid_b")
wait_up $a; wait_up $b
migrations=$(psql -Atq "$DATABASE_URL" -c "SELECT COUNT(*) || ' of ' || COUNT(DISTINCT version) FROM _sqlx_migrations")
echo "two servers started at once: both up; migrations recorded $migrations"
target/release/fodfaeste demo-data >/dev/null

cat >"$work/haproxy.cfg" <<EOF
global
    maxconn 2048
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    option forwardfor
    retry-on conn-failure empty-response 503
    retries 2
    option redispatch
frontend www
    bind 127.0.0.1:$lb
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /login
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions
    server a 127.0.0.1:$a check
    server b 127.0.0.1:$b check
EOF
haproxy -q -f "$work/haproxy.cfg" &
pids+=($!)
wait_up $lb

# 2. A login through one server, used on the other.
curl -s -o /dev/null -c "$work/jar" -H 'content-type: application/json' \
  -d '{"email":"citizen@demo.fodfaeste.dk","password":"demo-password"}' "http://127.0.0.1:$a/api/v1/session"
other=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/jar" "http://127.0.0.1:$b/borger")
echo "a login made on server a opens I dag on server b: HTTP $other"
[ "$other" = 200 ] || { echo "FAIL: the session did not carry over"; exit 1; }

# 3. The load, with server a killed a third of the way in and started again later.
python3 scripts/mixed_load.py "http://127.0.0.1:$lb" "$seconds" "$work" &
load=$!
sleep "$(awk "BEGIN { print $seconds / 3 }")"
kill -9 "$pid_a"
killed_at=$(date +%s.%N)
echo "server a killed (SIGKILL) at +$(awk "BEGIN { printf \"%.1f\", $seconds / 3 }") s"
sleep "$(awk "BEGIN { print $seconds / 3 }")"
pid_a=$(start_server $a "$work/a.log"); pids+=("$pid_a")
wait_up $a
echo "server a started again at +$(awk "BEGIN { printf \"%.1f\", 2 * $seconds / 3 }") s"
wait $load

# 4. The figures and the checks.
python3 - "$work" "$killed_at" <<'EOF'
import sys
work, killed = sys.argv[1], float(sys.argv[2])
rows = [l.split("\t") for l in open(f"{work}/requests.tsv").read().split("\n") if l]
total = len(rows)
by = {}
for t, kind, status in rows:
    by.setdefault(status[0] if status != "0" else "no answer", 0)
    by[status[0] if status != "0" else "no answer"] += 1
failed = [(float(t), kind, s) for t, kind, s in rows if s == "0" or s.startswith("5")]
after = [f for f in failed if f[0] >= killed]
print(f"requests through HAProxy: {total}; by status class: " + ", ".join(f"{k}xx: {v}" if k.isdigit() else f"{k}: {v}" for k, v in sorted(by.items())))
start = min(float(r[0]) for r in rows)
print(f"failed (no answer or 5xx): {len(failed)}" + (f"; the last {max(f[0] for f in after) - killed:.2f} s after the kill" if after else "; none after the kill"))
for t, kind, s in failed[:10]:
    print(f"  +{t - start:.2f} s {kind}: {'no answer' if s == '0' else s}")
EOF
acked=$(wc -l <"$work/acked.tsv")
sent=$(grep -c . "$work/sent.txt" || true)
# Each acknowledged client_id must be stored exactly once, with the id the server gave.
awk -F'\t' '{ printf "(%s,%s),", "'"'"'" $1 "'"'"'", $2 }' "$work/acked.tsv" | sed 's/,$//' >"$work/values"
if [ "$acked" -gt 0 ]; then
  bad=$(psql -Atq "$DATABASE_URL" -c "
    WITH acked(client_id, id) AS (VALUES $(cat "$work/values"))
    SELECT COUNT(*) FROM acked a
    WHERE (SELECT COUNT(*) FROM time_entries e WHERE e.client_id = a.client_id) <> 1
       OR NOT EXISTS (SELECT 1 FROM time_entries e WHERE e.client_id = a.client_id AND e.id = a.id)")
else
  bad=0
fi
doubled=$(psql -Atq "$DATABASE_URL" -c "SELECT COUNT(*) FROM (SELECT client_id FROM time_entries WHERE client_id IS NOT NULL GROUP BY client_id HAVING COUNT(*) > 1) d")
# Stored: the entries of this load's registrations (the demo data has client ids of its own).
grep . "$work/sent.txt" | awk '{ printf "(%s),", "'"'"'" $1 "'"'"'" }' | sed 's/,$//' >"$work/sent_values"
stored=0
if [ -s "$work/sent_values" ]; then
  stored=$(psql -Atq "$DATABASE_URL" -c "WITH sent(client_id) AS (VALUES $(cat "$work/sent_values")) SELECT COUNT(*) FROM time_entries e JOIN sent s ON s.client_id = e.client_id")
fi
echo "registrations: $sent sent, $acked acknowledged, $stored stored; acknowledged but lost or changed: $bad; stored twice: $doubled"
[ "$acked" -gt 0 ] || { echo "FAIL: no registration was acknowledged"; exit 1; }
[ "$bad" = 0 ] && [ "$doubled" = 0 ] || { echo "FAIL: a write was lost or doubled"; exit 1; }
echo "ok"

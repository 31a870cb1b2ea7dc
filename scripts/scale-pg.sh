#!/usr/bin/env bash
# Scale of data (issue 18): PostgreSQL holding 20 million time entries, and how long the
# pages that read across many of them take.
#
# The demo municipality is grown to the large demo (5,000 citizens, 1,000 companies, 80
# caseworkers, two years: about 0.97 million entries), then copied as more municipalities of
# the same shape in the same tables until the database holds SCALE_ENTRIES (20 million: 20
# copies, 20.5 million entries), as one installation serving many municipalities would. One
# municipality with 20 million entries of its own would mean some 100,000 citizens in
# programmes, more than any Danish municipality has. The copies are made in SQL with the ids shifted per copy; foreign keys and
# triggers are off while copying (session_replication_role = replica, which needs the
# superuser of the local test server), and the copies' approved-hours sums are copied too.
#
# Then, as the demo's users, with curl against the release server: the caseworker's caseload
# (/sagsbehandler), the month's hours report for the whole municipality (the page and the
# API), the goals dashboard (/maal), and the everyday pages (the citizen's I dag, the mentor's
# queue, the caseworker's entries in the API). Each is asked RUNS times after one warm-up; prints
# median, p95 and max in milliseconds. Then each shape of the entries list with the generic
# plan forced, in psql (scripts/lib/generic-plans.sql).
#   scripts/scale-pg.sh            database fodfaeste_scale on 127.0.0.1 (made once, kept)
#   SCALE_FRESH=1 scripts/scale-pg.sh   drops it first
# Expects scripts/build.sh. Loading takes a while (about 20 minutes on 2 cores); a second run
# measures the kept database at once.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-40}
port=${SCALE_PORT:-3140}
want=${SCALE_ENTRIES:-20000000}
admin_url=${SCALE_ADMIN_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}
db=fodfaeste_scale
url="${admin_url%/*}/$db"
say() { printf '\033[1mscale:\033[0m %s\n' "$*" >&2; }

if [ "${SCALE_FRESH:-0}" = 1 ]; then
  psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $db"
fi
if ! psql -Atq "$admin_url" -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  psql -q "$admin_url" -c "CREATE DATABASE $db"
fi
export DATABASE_URL="$url" RUST_LOG=warn

entries() { psql -Atq "$url" -c "SELECT COUNT(*) FROM time_entries"; }
if [ "$(psql -Atq "$url" -c "SELECT to_regclass('time_entries') IS NOT NULL")" != t ] || [ "$(entries)" -lt 1000000 ]; then
  say "loading the demo and growing it to the large demo"
  target/release/fodfaeste demo-data >/dev/null
  target/release/fodfaeste demo-data --scale large
fi

# As many copies as make at least $want entries with the demo's own.
demo_entries=$(psql -Atq "$url" -c "SELECT COUNT(*) FROM time_entries e JOIN municipalities m ON m.id = e.municipality_id WHERE m.name = 'Demo Kommune'")
copies=$(( (want + demo_entries - 1) / demo_entries - 1 ))
if [ "$(psql -Atq "$url" -c "SELECT COUNT(*) FROM municipalities WHERE name LIKE 'Kopi %'")" -lt "$copies" ]; then
  say "copying the demo municipality $copies times"
  psql -q -v ON_ERROR_STOP=1 -v copies="$copies" "$url" <<'SQL'
SET session_replication_role = replica;
SELECT set_config('fodfaeste.copies', :'copies', false) \gset
-- The tables a municipality's data lives in, in no particular order (no foreign keys fire).
CREATE TEMP TABLE cloned (name text PRIMARY KEY);
INSERT INTO cloned VALUES ('companies'), ('users'), ('openings'), ('citizens'), ('placements'), ('time_entries');

-- Copies one table's rows of municipality src as municipality dst: the id and every
-- foreign key into a copied table shifted by `shift`, e-mails made unique, tokens left out.
CREATE FUNCTION pg_temp.copy_rows(tbl text, src bigint, dst bigint, shift bigint) RETURNS bigint AS $$
DECLARE cols text; exprs text; n bigint;
BEGIN
  SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position),
         string_agg(CASE
           WHEN c.column_name = 'municipality_id' THEN dst::text
           WHEN c.column_name = 'id' OR fk.col IS NOT NULL THEN quote_ident(c.column_name) || ' + ' || shift
           WHEN c.column_name = 'email' THEN quote_literal('k' || dst || '.') || ' || email'
           WHEN c.column_name LIKE '%token%' THEN 'NULL'
           ELSE quote_ident(c.column_name) END, ', ' ORDER BY c.ordinal_position)
    INTO cols, exprs
    FROM information_schema.columns c
    LEFT JOIN (
      SELECT a.attname AS col FROM pg_constraint k
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND k.conrelid = tbl::regclass AND k.confrelid::regclass::text IN (SELECT name FROM cloned)
    ) fk ON fk.col = c.column_name
    WHERE c.table_schema = current_schema() AND c.table_name = tbl AND c.is_generated = 'NEVER';
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I WHERE municipality_id = $1', tbl, cols, exprs, tbl) USING src;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$ LANGUAGE plpgsql;

DO $$
DECLARE
  src bigint := (SELECT id FROM municipalities WHERE name = 'Demo Kommune');
  dst bigint; t text; k int;
BEGIN
  FOR k IN (SELECT COUNT(*) + 1 FROM municipalities WHERE name LIKE 'Kopi %')..current_setting('fodfaeste.copies')::int LOOP
    INSERT INTO municipalities (name, created_at) SELECT 'Kopi ' || k, created_at FROM municipalities WHERE id = src RETURNING id INTO dst;
    FOREACH t IN ARRAY ARRAY['companies', 'users', 'openings', 'citizens', 'placements', 'time_entries'] LOOP
      PERFORM pg_temp.copy_rows(t, src, dst, k * 100000000::bigint);
    END LOOP;
    INSERT INTO approved_seconds_daily (municipality_id, day, kind, seconds)
      SELECT dst, day, kind, seconds FROM approved_seconds_daily WHERE municipality_id = src;
    INSERT INTO approved_seconds_monthly (municipality_id, month, company_id, kind, seconds)
      SELECT dst, month, company_id + k * 100000000::bigint, kind, seconds FROM approved_seconds_monthly WHERE municipality_id = src;
    RAISE NOTICE 'copy % of %', k, current_setting('fodfaeste.copies');
    COMMIT;
  END LOOP;
END $$;

-- New rows get ids after the copies'.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['municipalities', 'companies', 'users', 'openings', 'citizens', 'placements', 'time_entries'] LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), (SELECT MAX(id) FROM %I))', t, t);
  END LOOP;
END $$;
SQL
  psql -q "$url" -c "VACUUM ANALYZE"
fi
say "$(entries) time entries in $(psql -Atq "$url" -c "SELECT COUNT(*) FROM municipalities") municipalities; the demo municipality has $demo_entries"

. scripts/lib/demo-server.sh
demo_server "$port" "$url"
caseworker=$(demo_session caseworker@demo.fodfaeste.dk)
manager=$(demo_session leder@demo.fodfaeste.dk)
citizen=$(demo_session citizen@demo.fodfaeste.dk)
mentor=$(demo_session mentor@demo.fodfaeste.dk)
month=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)

# One row: what, path, cookie. Every answer must be 200.
row() {
  local what=$1 path=$2 cookie=$3 times=() code t
  curl -s -o /dev/null -H "Cookie: fodfaeste_session=$cookie" "$base$path"
  for _ in $(seq 1 "$runs"); do
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: fodfaeste_session=$cookie" "$base$path")
    if [ "$code" != 200 ]; then echo "| $what \`$path\` | answered $code | | |"; return; fi
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v what="$what" -v path="$path" '
    { t[NR] = $1 * 1000 }
    END { printf "| %s `%s` | %.0f | %.0f | %.0f |\n", what, path, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.999)], t[NR] }'
}
echo "PostgreSQL, $(entries) time entries, $runs requests each, $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
echo "| what | median ms | p95 ms | max ms |"
echo "| --- | --- | --- | --- |"
row "caseload (the demo caseworker)" /sagsbehandler "$caseworker"
row "monthly hours, the municipality, $month (page)" "/sagsbehandler/maanedstimer?maaned=$month" "$caseworker"
row "monthly hours, the municipality, $month (API)" "/api/v1/reports/monthly-hours?month=$month" "$caseworker"
row "goals dashboard" /maal "$manager"
# The everyday pages read few rows, but in tables of millions: a plan that cannot use an
# index for its citizen or mentor would show here.
row "citizen I dag" /borger "$citizen"
row "mentor" /mentor "$mentor"
row "the caseworker's entries (API)" /api/v1/time-entries "$caseworker"

# Every list shape kept prepared gets, after five runs, whatever plan PostgreSQL makes without
# the values. Forcing that plan on each shape shows that none of them depends on luck.
echo
echo "The entries list's shapes with the generic plan forced (psql, EXPLAIN ANALYZE, execution ms):"
echo
echo "| shape | ms |"
echo "| --- | --- |"
psql -q -X "$url" -f scripts/lib/generic-plans.sql 2>&1 \
  | awk '/^shape: / { sub(/^shape: /, ""); shape = $0 } /Execution Time:/ { printf "| %s | %.1f |\n", shape, $3 } /ERROR|error:/ { print; bad = 1 } END { exit bad }'

#!/usr/bin/env bash
# Compares two builds of the release server on one page (issue 18): on this 2-core machine two
# runs of the same build differ by up to a fifth, so a change is judged only by rounds that
# alternate A and B, each on its own fresh SQLite demo database, with the medians side by side.
#   scripts/ab.sh BIN_A BIN_B [PATH] [EMAIL]
#     BIN_A, BIN_B   two copies of target/release/fodfaeste (copy one away before rebuilding)
#     PATH           the page, default /borger (I dag); EMAIL its demo user, default the citizen
#   AB_ROUNDS (5), AB_SECONDS (5), AB_ENCODING ('br, gzip'; 'identity' for no compression)
#   AB_POSTGRES=postgres://user:pw@host:port   PostgreSQL instead: databases ab_0 and ab_1
#                                              there are dropped and made anew
# A benchmark, not a test: figures go in notes. Expects scripts/build.sh for target/site.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
bins=("$1" "$2")
path=${3:-/borger}
email=${4:-citizen@demo.fodfaeste.dk}
rounds=${AB_ROUNDS:-5}
seconds=${AB_SECONDS:-5}
encoding=${AB_ENCODING:-br, gzip}
export RUST_LOG=warn
. scripts/lib/demo-server.sh

bases=()
cookies=()
for i in 0 1; do
  url=
  if [ -n "${AB_POSTGRES:-}" ]; then
    psql -q "$AB_POSTGRES/postgres" -c "DROP DATABASE IF EXISTS ab_$i WITH (FORCE)" -c "CREATE DATABASE ab_$i"
    url="$AB_POSTGRES/ab_$i"
  fi
  demo_server $((3140 + i)) "$url" "${bins[$i]}"
  cookie=$(demo_session "$email")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: fodfaeste_session=$cookie" "$base$path")
  [ "$code" = 200 ] || { echo "build ${bins[$i]} answered $code on $path" >&2; tail -n 20 "$server_log" >&2; exit 1; }
  bases+=("$base")
  cookies+=("$cookie")
done

# Both servers stay up; only the one measured is loaded, and the order flips every round.
declare -a a_rps b_rps
for r in $(seq 1 "$rounds"); do
  order=(0 1)
  [ $((r % 2)) = 0 ] && order=(1 0)
  for i in "${order[@]}"; do
    out=$(wrk -t2 -c64 "-d${seconds}s" -H "Accept-Encoding: $encoding" \
      -H "Cookie: fodfaeste_session=${cookies[$i]}" "${bases[$i]}$path")
    bad=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
    [ -z "$bad" ] || { echo "build ${bins[$i]}: $bad answers not 2xx" >&2; exit 1; }
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
    if [ "$i" = 0 ]; then a_rps+=("$rps"); else b_rps+=("$rps"); fi
  done
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "wrk -t2 -c64 -d${seconds}s, ${DATABASE_URL%%:*}, $path, Accept-Encoding: $encoding, $rounds rounds alternating, $(nproc) cores"
echo
echo "| build | req/s per round | median |"
echo "| --- | --- | --- |"
echo "| A \`$1\` | ${a_rps[*]} | $(median "${a_rps[@]}") |"
echo "| B \`$2\` | ${b_rps[*]} | $(median "${b_rps[@]}") |"

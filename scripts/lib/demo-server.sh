# Sourced by the scripts that test or measure the release server (scripts/build.sh first).
#   demo_server PORT [DATABASE_URL]  the server on a fresh SQLite database in a temporary
#                                    folder (or on DATABASE_URL) holding the demo data; sets
#                                    $work, $server and $base, and stops it and removes $work
#                                    when the script exits
#   demo_session EMAIL               the value of a demo user's session cookie

demo_server() {
  local port=$1
  work=$(mktemp -d)
  base="http://127.0.0.1:$port"
  export DATABASE_URL="${2:-sqlite://$work/demo.db}" LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD LEPTOS_SITE_ADDR="127.0.0.1:$port"
  target/release/fodfaeste demo-data >/dev/null
  target/release/fodfaeste serve >"$work/server.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 100); do
    curl -fs "$base/login" >/dev/null && return 0
    sleep 0.2
  done
  echo "the server on port $port did not answer; the end of its log:" >&2
  tail -n 30 "$work/server.log" >&2
  return 1
}

demo_session() {
  curl -s -c - -o /dev/null -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-password\"}" "$base/api/v1/session" |
    awk '$6 == "fodfaeste_session" { print $7 }'
}

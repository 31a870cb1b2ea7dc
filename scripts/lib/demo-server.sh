# Sourced by the scripts that test or measure the release server (scripts/build.sh first).
#   demo_server PORT [DATABASE_URL] [BINARY]
#       the server (target/release/fodfaeste unless BINARY) on a fresh SQLite database in a
#       temporary folder, or on DATABASE_URL, holding the demo data. Sets $work (one folder
#       for the script), $server (the pid), $server_log and $base. Called again, it starts one
#       more server beside the first. Every server is stopped and $work removed on exit.
#   demo_session EMAIL               the value of a demo user's session cookie on $base

demo_pids=()
demo_server() {
  local port=$1 url=${2:-} bin=${3:-target/release/fodfaeste}
  if [ -z "${work:-}" ]; then
    work=$(mktemp -d)
    trap 'for p in "${demo_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
  fi
  base="http://127.0.0.1:$port"
  server_log="$work/server-$port.log"
  export DATABASE_URL="${url:-sqlite://$work/demo-$port.db}" LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD LEPTOS_SITE_ADDR="127.0.0.1:$port"
  "$bin" demo-data >/dev/null
  "$bin" serve >"$server_log" 2>&1 &
  server=$!
  demo_pids+=("$server")
  for _ in $(seq 1 100); do
    curl -fs "$base/login" >/dev/null && return 0
    sleep 0.2
  done
  echo "the server on port $port did not answer; the end of its log:" >&2
  tail -n 30 "$server_log" >&2
  return 1
}

demo_session() {
  curl -s -c - -o /dev/null -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-password\"}" "$base/api/v1/session" |
    awk '$6 == "fodfaeste_session" { print $7 }'
}

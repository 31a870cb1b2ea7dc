#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, simulated throttling) against the release build in Debian's
# Chromium: the median of three runs of performance, accessibility and LCP for the login page,
# I dag and Mine timer (logged in as the demo citizen). Run scripts/build.sh first.
#   scripts/lighthouse.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error lighthouse@12
fi
work=$(mktemp -d)
port=${LIGHTHOUSE_PORT:-3300}
export DATABASE_URL="sqlite://$work/lh.db" LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD LEPTOS_SITE_ADDR="127.0.0.1:$port"
target/release/fodfaeste demo-data >/dev/null
target/release/fodfaeste serve >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do curl -fs "$base/login" >/dev/null && break; sleep 0.2; done
cookie=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
  -d '{"email":"citizen@demo.fodfaeste.dk","password":"demo-password"}' "$base/api/v1/session" |
  tr -d '\r' | awk -F': ' 'tolower($1)=="set-cookie" { split($2, a, ";"); print a[1] }' | tail -n 1)
export CHROME_PATH=/usr/bin/chromium
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-16s %12s %14s %10s\n' page performance accessibility 'LCP (ms)'
for page in /login /borger /borger/timer; do
  headers='{}'
  [ "$page" != /login ] && headers="{\"Cookie\": \"$cookie\"}"
  perf=(); a11y=(); lcp=()
  for i in $(seq 1 "$runs"); do
    .tools/node_modules/.bin/lighthouse "$base$page" --quiet --chrome-flags="$flags" \
      --only-categories=performance,accessibility --extra-headers="$headers" \
      --output=json --output-path="$work/r.json" >/dev/null 2>&1
    read -r p a l _ < <(node -e 'const r=require(process.argv[1]);console.log(Math.round(r.categories.performance.score*100), Math.round(r.categories.accessibility.score*100), Math.round(r.audits["largest-contentful-paint"].numericValue), r.finalDisplayedUrl)' "$work/r.json")
    perf+=("$p"); a11y+=("$a"); lcp+=("$l")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  printf '%-16s %12s %14s %10s   (runs: %s / %s / %s)\n' "$page" "$(median "${perf[@]}")" "$(median "${a11y[@]}")" "$(median "${lcp[@]}")" "${perf[*]}" "${a11y[*]}" "${lcp[*]}"
done

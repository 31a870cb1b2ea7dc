#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, simulated throttling) against the release build in Debian's
# Chromium: the median of three runs of performance, accessibility and LCP for the login page,
# I dag and Mine timer (logged in as the demo citizen) and Til godkendelse (as the demo
# mentor). Run scripts/build.sh first.
#   scripts/lighthouse.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error lighthouse@12
fi
. scripts/lib/demo-server.sh
demo_server "${LIGHTHOUSE_PORT:-3300}"
citizen="fodfaeste_session=$(demo_session citizen@demo.fodfaeste.dk)"
mentor="fodfaeste_session=$(demo_session mentor@demo.fodfaeste.dk)"
export CHROME_PATH=/usr/bin/chromium
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
printf '%-16s %12s %14s %10s\n' page performance accessibility 'LCP (ms)'
for page in /login /borger /borger/timer /mentor; do
  case $page in
    /login) headers='{}' ;;
    /mentor) headers="{\"Cookie\": \"$mentor\"}" ;;
    *) headers="{\"Cookie\": \"$citizen\"}" ;;
  esac
  perf=(); a11y=(); lcp=()
  for i in $(seq 1 "$runs"); do
    rm -f "$work/r.json"
    if ! .tools/node_modules/.bin/lighthouse "$base$page" --quiet --chrome-flags="$flags" \
      --only-categories=performance,accessibility --extra-headers="$headers" \
      --output=json --output-path="$work/r.json" >"$work/lh.log" 2>&1; then
      echo "$page: run $i failed; the end of Lighthouse's log:" >&2
      tail -n 5 "$work/lh.log" >&2
      continue
    fi
    read -r p a l _ < <(node -e 'const r=require(process.argv[1]);console.log(Math.round(r.categories.performance.score*100), Math.round(r.categories.accessibility.score*100), Math.round(r.audits["largest-contentful-paint"].numericValue), r.finalDisplayedUrl)' "$work/r.json")
    perf+=("$p"); a11y+=("$a"); lcp+=("$l")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  printf '%-16s %12s %14s %10s   (runs: %s / %s / %s)\n' "$page" "$(median "${perf[@]}")" "$(median "${a11y[@]}")" "$(median "${lcp[@]}")" "${perf[*]}" "${a11y[*]}" "${lcp[*]}"
done

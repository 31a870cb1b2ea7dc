#!/usr/bin/env bash
# Sizes of what a phone downloads to run the pages: the release wasm, js and css, raw and
# brotli-compressed (quality 11, as a CDN or a pre-compression step would serve them).
# Run scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v brotli >/dev/null; then
  apt-get install -y -qq brotli >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq brotli >/dev/null; }
fi
total=0
code=0
# File names carry a content hash (hash-files); take whichever release is built. Every page
# loads these: the wasm, its js and the split loader the js imports, the css, the worker.
for f in target/site/pkg/fodfaeste*.wasm target/site/pkg/fodfaeste*.js target/site/pkg/__wasm_split*.js target/site/pkg/fodfaeste*.css public/sw.js; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total=$((total + br))
  case "$f" in *.wasm|target/site/pkg/*.js) code=$((code + br)) ;; esac
  printf '%-52s %9d bytes raw %8d bytes brotli\n' "$f" "$raw" "$br"
done
printf '%-52s %36d bytes brotli\n' "wasm + js (the issue's measure)" "$code"
printf '%-52s %36d bytes brotli\n' "total" "$total"
# The lazy islands' parts (login, the citizen's forms beyond I dag, mentor, desk, account),
# fetched only by pages that show them (each names its own: components/lazy_parts.rs).
lazy=0
n=0
for f in target/site/pkg/split_*.wasm target/site/pkg/chunk_*.wasm; do
  [ -f "$f" ] || continue
  lazy=$((lazy + $(brotli -c -q 11 "$f" | wc -c)))
  n=$((n + 1))
done
[ "$n" = 0 ] || printf '%-52s %36d bytes brotli\n' "lazy parts ($n files, only where shown)" "$lazy"

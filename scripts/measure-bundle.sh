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
# File names carry a content hash (hash-files); take whichever release is built.
for f in target/site/pkg/fodfaeste*.wasm target/site/pkg/fodfaeste*.js target/site/pkg/fodfaeste*.css public/sw.js; do
  raw=$(wc -c <"$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total=$((total + br))
  printf '%-52s %9d bytes raw %8d bytes brotli\n' "$f" "$raw" "$br"
done
printf '%-52s %36d bytes brotli\n' "total" "$total"

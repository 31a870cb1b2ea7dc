#!/usr/bin/env bash
# The release site: server binary target/release/fodfaeste and the browser bundle in
# target/site (wasm built with the wasm-release profile and run through wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# --split: the mentor's and the desk's islands are lazy (#[island(lazy)]), each its own part of the
# wasm fetched when a page first shows it, so a citizen's phone does not download them.
cargo leptos build --release --split

# Each file under /pkg gets its brotli and gzip forms beside it, made once here: the server
# sends the one the browser accepts (server/src/assets.rs) and no request pays for
# compressing. Without the brotli tool the server compresses as it sends.
if command -v brotli >/dev/null && command -v gzip >/dev/null; then
  find target/site/pkg -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | while read -r f; do
    [ "$f.br" -nt "$f" ] || brotli -f -q 11 -o "$f.br" "$f"
    [ "$f.gz" -nt "$f" ] || gzip -f -k -9 "$f"
  done
else
  echo "build: brotli not found; /pkg is compressed per request (scripts/setup.sh installs it)" >&2
fi

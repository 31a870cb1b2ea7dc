#!/usr/bin/env bash
# The release site: server binary target/release/fodfaeste and the browser bundle in
# target/site (wasm built with the wasm-release profile and run through wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo leptos build --release

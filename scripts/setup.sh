#!/usr/bin/env bash
# Installs what Fodfæste needs to build (and, with --test, to test) — from crates.io, npm and
# Debian's packages only, since nothing else is reachable. Every step is skipped when it is
# already done, so a second run takes seconds.
#   scripts/setup.sh          wasm target, cargo-leptos, wasm-bindgen-cli, wasm-opt (in .tools/)
#   scripts/setup.sh --test   the above plus Chromium, PostgreSQL and the end2end packages
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10   # 0.3.11 needs a newer rustc than the machines have
WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo-leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (takes 15-20 minutes once)"
  cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
fi

# The wasm-bindgen CLI must equal the library version in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm's binaryen: Debian's (108) predates the reference types rustc now emits
# and produces a module that fails to load. scripts/build.sh puts .tools first on PATH.
BINARYEN_VERSION=132.0.0
if ! .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (npm binaryen $BINARYEN_VERSION)"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

# brotli makes the precompressed /pkg files in scripts/build.sh; the app runs without it.
if ! command -v brotli >/dev/null; then
  apt_install brotli || say "could not install brotli; /pkg will be compressed per request"
fi

if [ "$WITH_TEST" = 1 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
  fi
  if ! command -v pg_ctlcluster >/dev/null && ! command -v pg_isready >/dev/null; then
    apt_install postgresql
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if [ ! -d /etc/postgresql ] || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
      apt_install postgresql
    fi
    say "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  # Tests log in as postgres/postgres over TCP; where the server trusts local TCP this is a no-op.
  if ! PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    say "setting a password for the postgres role (local test server)"
    su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  fi
  if [ ! -d end2end/node_modules/@playwright/test ]; then
    say "installing the end2end packages (npm ci)"
    (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
say "ready"

#!/usr/bin/env bash
# Sets everything up, builds, loads the demo data and serves on http://127.0.0.1:3000
# (LEPTOS_SITE_ADDR to change it; DATABASE_URL=postgres://… for PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
export LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD
target/release/fodfaeste demo-data
echo "Open http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000} and log in as citizen@demo.fodfaeste.dk / demo-password"
exec target/release/fodfaeste serve

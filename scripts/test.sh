#!/usr/bin/env bash
# Sets everything up and runs every test: unit tests, API and server-function integration
# tests on SQLite and PostgreSQL, and the Playwright end2end tests in Chromium against the
# release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"

echo "== every text in the text layer (scripts/check-texts.py)"
python3 scripts/check-texts.py

echo "== build (release site)"
scripts/build.sh

echo "== unit and integration tests (SQLite and PostgreSQL)"
# --release shares the dependency builds with the release site above.
cargo test --release -p app -p server

echo "== API against its OpenAPI document (schemathesis, as four roles and none)"
scripts/api-fuzz.sh

echo "== end2end (Playwright, Chromium)"
scripts/e2e.sh

#!/usr/bin/env bash
# The outbox budget (issue 14): 300 entries queued offline on a phone viewport drain to the
# server, which is killed (SIGKILL) and started again once during the drain. Prints
# "outbox budget: N entries drained in S s". Expects scripts/build.sh to have run.
#   scripts/outbox-budget.sh            300 entries
#   OUTBOX_BUDGET_ITEMS=600 scripts/outbox-budget.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/e2e.sh offline_hard.spec.ts -g "outbox budget"

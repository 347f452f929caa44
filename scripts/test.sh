#!/usr/bin/env bash
# `npm test`: Chromium present, type checks, lint, then the whole vitest suite (workerd + D1, tooling, e2e in Chromium),
# with a JSON report for CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false
bash scripts/ensure-chromium.sh
npx tsc -p .
npx tsc -p test/e2e
npx tsc -p widgets
npx biome lint --error-on-warnings .
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json "$@"

#!/usr/bin/env bash
# `npm test`: type checks, then the whole vitest suite (workerd + D1, Node tooling), with a JSON report for CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false
npx tsc -p .
npx biome lint --error-on-warnings . >/dev/null || npx biome lint .
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json "$@"

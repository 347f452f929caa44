#!/usr/bin/env bash
# `npm test`: Chromium and LibreOffice present, the static checks of `npm run lint`, then the whole vitest suite (workerd + D1,
# tooling, widgets and e2e in Chromium), with a JSON report for CI.
set -euo pipefail
cd "$(dirname "$0")/.."
export CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false
bash scripts/ensure-packages.sh
bash scripts/lint.sh
npx vitest run --reporter=default --reporter=json --outputFile.json=.vitest-report.json "$@"

#!/usr/bin/env bash
# `npm run lint` — the static checks `npm test` runs first: types (Worker, e2e, widgets), Biome with warnings as
# errors, and the import direction between layers (dependency-cruiser: no cycles, no upward imports).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f widgets/src/generated/api.ts ]] || npm run --silent client >/dev/null
npx tsc -p .
npx tsc -p test/e2e
npx tsc -p widgets
npx biome lint --error-on-warnings .
npx depcruise core schema worker widgets/src --config .dependency-cruiser.cjs --output-type err

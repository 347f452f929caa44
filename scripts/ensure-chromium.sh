#!/usr/bin/env bash
# The browser tests need Debian's Chromium. Install it when we can (root + apt), else say exactly what to run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: Chromium is missing; installing Debian's chromium package for the browser tests…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [[ -x "$CHROMIUM" ]] && exit 0
fi
echo "npm test: the browser tests need Chromium at $CHROMIUM. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "(or point CHROMIUM_PATH at an existing Chromium binary)" >&2
exit 1

#!/usr/bin/env bash
# The browser and spreadsheet tests need two Debian packages: Chromium (pages and widgets) and LibreOffice Calc
# (the Dutch-Excel CSV opened as a journalist opens it). Install what is missing when we can (root + apt), else say
# exactly what to run.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
SOFFICE="${SOFFICE_PATH:-/usr/bin/soffice}"
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
[[ -x "$SOFFICE" ]] || missing+=(libreoffice-calc-nogui)
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing Debian's ${missing[*]} for the browser and spreadsheet tests…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [[ -x "$CHROMIUM" && -x "$SOFFICE" ]] && exit 0
fi
echo "npm test: the browser and spreadsheet tests need Chromium at $CHROMIUM and LibreOffice at $SOFFICE. Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
echo "(or point CHROMIUM_PATH / SOFFICE_PATH at existing binaries)" >&2
exit 1

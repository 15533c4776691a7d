#!/usr/bin/env bash
# Web reader performance (first view of a unit in headless Chromium: DOMContentLoaded, time to
# the rendered unit, bytes transferred with assets, API requests per navigation). Installs the
# browser and Python packages like scripts/browser-tests.sh, then runs scripts/browser/reader_perf.py.
# Take figures on a quiet machine only, against a release build:
#   swift build -c release --product rights-api
#   .build/release/rights-api serve --port 8080 --log-level warning &
#   bash scripts/reader-perf.sh http://127.0.0.1:8080 --runs 10
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:?usage: reader-perf.sh BASE_URL [--runs N] [--unit /reader/iccpr/art_14]}
shift
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    && python3 -c 'import selenium, axe_selenium_python' 2>/dev/null \
    || { echo "installing the browser test dependencies first"; bash scripts/browser-tests.sh "$BASE" --only http_contract >/dev/null; }
exec python3 scripts/browser/reader_perf.py "$BASE" "$@"

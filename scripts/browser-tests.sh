#!/usr/bin/env bash
# Browser tests of the web reader against a running server: installs Debian's chromium,
# chromium-driver and CJK fonts (apt-get) and selenium + axe-selenium-python (pip) when missing,
# then runs scripts/browser/reader_test.py headless. Fails on any failed scenario, any serious or
# critical axe-core violation, or any browser console error.
#
# Usage: bash scripts/browser-tests.sh BASE_URL [--screenshots docs/screenshots]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:?usage: browser-tests.sh BASE_URL [--screenshots DIR]}
shift

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || [ -x /usr/lib/chromium/chromedriver ] || need_apt+=(chromium-driver)
[ -d /usr/share/fonts/opentype/noto ] && fc-list 2>/dev/null | grep -qi 'Noto.*CJK' || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}" >/dev/null
fi
python3 -c 'import selenium, axe_selenium_python' 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check selenium axe-selenium-python 2>&1 | grep -v 'Running pip as the' || true

exec python3 scripts/browser/reader_test.py "$BASE" "$@"

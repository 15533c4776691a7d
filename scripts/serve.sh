#!/usr/bin/env bash
# Builds (release) and starts the server on the bundled data at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-deps.sh
swift build -c release --product rights-api
exec .build/release/rights-api serve --data Data "$@"

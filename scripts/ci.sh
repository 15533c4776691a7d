#!/usr/bin/env bash
# Full CI pipeline (called by .ci/run). Prints a summary table at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
swift build
bash scripts/test.sh

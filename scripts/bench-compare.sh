#!/usr/bin/env bash
# bench-compare.sh - the product against nginx, Hummingbird 2 and FlyingFox with the shared harness
# (../shared/bench/compare.sh beside the repository), in three runs:
#
#   unit-64     CONNS=64   CANDIDATE_PATH=/v1/documents/iccpr/articles/14
#   unit-256    CONNS=256  CANDIDATE_PATH=/v1/documents/iccpr/articles/14
#   search-64   CONNS=64   CANDIDATE_PATH=/v1/search?q=酷刑 (2-character query)
#
# The anchors always serve the harness's payload.json (2365 bytes) at the articles/14 path; our
# server serves the real ICCPR article 14 unit there (several KB larger: the sizes are printed in
# each run's sanity section and at the end), so the harness's sanity line says identical=NO for
# the candidate: that is expected. Ratios therefore compare our real response with the anchors'
# smaller static one.
#
# Usage:
#   scripts/bench-compare.sh                  # all three runs
#   RUNS="unit-64" scripts/bench-compare.sh   # a subset
#   ROUNDS=5 DUR=10 scripts/bench-compare.sh  # any compare.sh knob passes through
#   QUIET_WAIT=1800 scripts/bench-compare.sh  # before each run wait (up to 30 min) until no other
#                                             # compare.sh/wrk runs and the 1-min load is < QUIET_LOAD
#
# Environment (default in brackets): RUNS ["unit-64 unit-256 search-64"], BENCH_DIR
# [<repo>/../shared/bench], QUIET_WAIT [0 = check once and warn], QUIET_LOAD [1.0], SERVE_ARGS
# (extra `serve` flags), OUT_ROOT [/tmp/rights-compare-<time>] (one OUT_DIR per run below it).
# Each run takes about ROUNDS x 4 servers x (DUR + PAUSE) s plus warmup (~2 min at the defaults).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR=${BENCH_DIR:-"$ROOT/../shared/bench"}
RUNS=${RUNS:-"unit-64 unit-256 search-64"}
QUIET_WAIT=${QUIET_WAIT:-0}
QUIET_LOAD=${QUIET_LOAD:-1.0}
SERVE_ARGS=${SERVE_ARGS:-}
OUT_ROOT=${OUT_ROOT:-/tmp/rights-compare-$(date +%Y%m%d-%H%M%S)}
BIN="$ROOT/.build/release/rights-api"
UNIT_PATH="/v1/documents/iccpr/articles/14"
SEARCH_PATH="/v1/search?q=%E9%85%B7%E5%88%91"

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[ -f "$BENCH_DIR/compare.sh" ] || die "$BENCH_DIR/compare.sh not found (set BENCH_DIR)"
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"

if [ ! -x "$BIN" ] || [ -n "$(find "$ROOT/Package.swift" "$ROOT/Sources" -newer "$BIN" -print -quit)" ]; then
    log "building rights-api (release) ..."
    swift build -c release --package-path "$ROOT" --product rights-api >&2
fi

# Other benchmarks (the shared harness, or any wrk) running now, excluding our own descendants.
others_running() {
    pgrep -af 'bench/compare\.sh' | grep -v "^$$ " || true
    pgrep -ax wrk || true
}
load1() { cut -d' ' -f1 /proc/loadavg; }

# Wait until the machine is quiet enough to measure, up to QUIET_WAIT seconds; then go on regardless.
wait_quiet() {
    local waited=0 busy
    while :; do
        busy=$(others_running)
        if [ -z "$busy" ] && awk -v l="$(load1)" -v m="$QUIET_LOAD" 'BEGIN { exit !(l < m) }'; then
            log "machine quiet: load $(load1)"; return 0
        fi
        if [ "$waited" -ge "$QUIET_WAIT" ]; then
            log "warning: measuring on a busy machine (load $(load1))${busy:+; other benchmarks: $(echo "$busy" | head -n 3 | tr '\n' ' ')}"
            return 0
        fi
        log "waiting for a quiet machine (load $(load1))${busy:+; other benchmark running}; ${waited}/${QUIET_WAIT} s"
        sleep 30; waited=$((waited + 30))
    done
}

CURRENT_PID=""
on_signal() {   # forward to the running compare.sh so that it stops its servers, then stop
    [ -n "$CURRENT_PID" ] && kill -TERM "$CURRENT_PID" 2>/dev/null && wait "$CURRENT_PID" 2>/dev/null
    exit "$1"
}
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

mkdir -p "$OUT_ROOT"
# The server loads Data/ and openapi.yaml: give absolute paths, and start it from the repo root.
CANDIDATE_CMD="$BIN serve --host 127.0.0.1 --port {port} --log-level warning --data $ROOT/Data --openapi $ROOT/openapi.yaml $SERVE_ARGS"
export CANDIDATE_CMD
cd "$ROOT"

for run in $RUNS; do
    case $run in
        unit-64)   conns=64;  path=$UNIT_PATH ;;
        unit-256)  conns=256; path=$UNIT_PATH ;;
        search-64) conns=64;  path=$SEARCH_PATH ;;
        search-256) conns=256; path=$SEARCH_PATH ;;
        *) die "unknown run '$run' (unit-64, unit-256, search-64, search-256)" ;;
    esac
    wait_quiet
    log "== $run: CONNS=$conns CANDIDATE_PATH=$path"
    CONNS=$conns CANDIDATE_PATH=$path OUT_DIR="$OUT_ROOT/$run" bash "$BENCH_DIR/compare.sh" &
    CURRENT_PID=$!
    wait "$CURRENT_PID" || die "compare.sh failed for $run (see $OUT_ROOT/$run)"
    CURRENT_PID=""
done

echo
echo "== bench-compare.sh summary ($OUT_ROOT)"
echo "   candidate: $CANDIDATE_CMD"
for run in $RUNS; do
    echo "-- $run"
    sed -n '/^-- sanity/,/^-- rounds/{/^-- rounds/!p}' "$OUT_ROOT/$run/summary.txt"
    sed -n '/^-- summary/,$p' "$OUT_ROOT/$run/summary.txt"
done

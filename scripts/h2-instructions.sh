#!/usr/bin/env bash
# User-space instructions per HTTP/2 request of the server, counted by valgrind (callgrind): a
# figure that stays meaningful on a busy machine (it counts work, not time), unlike req/s.
#
#   For each server binary given: start it under callgrind with instrumentation off (loading the
#   corpus is not counted), turn it on, warm up with WARMUP requests, zero the counters, run
#   `h2load -n REQUESTS -c 16 -m 10` over TLS on GET /v1/documents/iccpr/articles/14, dump the
#   counters and print total instructions / requests answered (the whole process: our code,
#   OpenSSL, libc).
#   The server runs ~50x slower under callgrind, so REQUESTS is kept small and its timeouts long.
#   KEEP_PROFILE=DIR keeps each binary's callgrind dump there (for callgrind_annotate).
#
# Environment: REQUESTS [20000], WARMUP [2000], CLIENTS [16], STREAMS [10], PORT [18460].
# Usage: scripts/h2-instructions.sh BINARY [BINARY ...]
#        e.g. scripts/h2-instructions.sh /tmp/before/rights-api .build/release/rights-api
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REQUESTS=${REQUESTS:-20000}; WARMUP=${WARMUP:-2000}; CLIENTS=${CLIENTS:-16}; STREAMS=${STREAMS:-10}; PORT=${PORT:-18460}
PATH_UNDER_TEST=/v1/documents/iccpr/articles/14
[ $# -ge 1 ] || { echo "usage: $0 BINARY [BINARY ...]"; exit 2; }
for tool in valgrind callgrind_control h2load openssl curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install valgrind nghttp2-client openssl curl)"; exit 2; }
done

RUN=$(mktemp -d /tmp/rights-h2-instructions.XXXXXX)
SERVER=
cleanup() {
    if [ -n "$SERVER" ] && kill -0 "$SERVER" 2>/dev/null; then kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$RUN"
}
trap cleanup EXIT INT TERM
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1" -keyout "$RUN/key.pem" -out "$RUN/cert.pem" 2>/dev/null

for BIN in "$@"; do
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$RUN/callgrind.out" \
        "$BIN" serve --port "$PORT" --event-loops 1 --log-level warning \
        --header-timeout 900 --idle-timeout 900 --write-timeout 900 --min-response-rate 0 \
        --tls-cert "$RUN/cert.pem" --tls-key "$RUN/key.pem" >"$RUN/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 600); do
        curl -skf --http2 -o /dev/null "https://127.0.0.1:$PORT$PATH_UNDER_TEST" 2>/dev/null && break
        sleep 0.2
    done
    callgrind_control -i on "$SERVER" >/dev/null 2>&1
    h2load -n "$WARMUP" -c "$CLIENTS" -m "$STREAMS" "https://127.0.0.1:$PORT$PATH_UNDER_TEST" >"$RUN/warmup.txt"
    callgrind_control -z "$SERVER" >/dev/null 2>&1
    h2load -n "$REQUESTS" -c "$CLIENTS" -m "$STREAMS" "https://127.0.0.1:$PORT$PATH_UNDER_TEST" >"$RUN/h2load.txt"
    # A connection whose TLS handshake waits too long behind the slowed server may be dropped by the
    # server's handshake timeout: count per request answered, and say so.
    DONE=$(sed -n 's/.* \([0-9]*\) succeeded.*/\1/p' "$RUN/h2load.txt")
    [ "${DONE:-0}" -gt 0 ] || { echo "h2load got no answers:"; cat "$RUN/h2load.txt"; exit 1; }
    [ "$DONE" = "$REQUESTS" ] || echo "note: $BIN answered $DONE of $REQUESTS requests (a connection was dropped)"
    callgrind_control -d "$SERVER" >/dev/null 2>&1
    sleep 1
    TOTAL=$(cat "$RUN"/callgrind.out* | awk '/^(summary|totals):/ { if ($2 > max) max = $2 } END { printf "%.0f\n", max }')
    printf '%s: %d instructions for %d requests = %d instructions/request\n' "$BIN" "$TOTAL" "$DONE" $((TOTAL / DONE))
    if [ -n "${KEEP_PROFILE:-}" ]; then
        mkdir -p "$KEEP_PROFILE"
        for dump in "$RUN"/callgrind.out.*; do cp "$dump" "$KEEP_PROFILE/$(basename "$(dirname "$BIN")")-$(basename "$BIN").callgrind"; done
    fi
    kill -TERM "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
    rm -f "$RUN"/callgrind.out*
done

#!/usr/bin/env bash
# HTTP/2, live, over real sockets (a CI step of .ci/run). Installs what it needs (pip: h2; apt:
# nghttp2-client, curl, openssl), makes a throw-away certificate for 127.0.0.1, starts the server
# on two ports (cleartext: HTTP/1.1 and HTTP/2 prior knowledge on the same port; TLS: ALPN h2 then
# http/1.1), then checks:
#   - curl --http2-prior-knowledge, curl --http2 over TLS, nghttp, and h2load (a short burst)
#     answer 200, and curl over TLS without h2 still gets HTTP/1.1;
#   - scripts/h2_live.py: ALPN, every route the same over HTTP/1.1 and HTTP/2, malformed requests,
#     concurrency limit, rapid reset, CONTINUATION flood, HPACK bomb, SETTINGS/PING/empty-DATA/
#     WINDOW_UPDATE floods, peers that never open their window — each while another client must
#     still get prompt answers, with the server's RSS bounded;
#   - scripts/h2_shutdown.py: SIGTERM mid-stream → two-step GOAWAY, the stream is answered, exit.
# Usage: scripts/h2-tests.sh   (H2_BINARY=path picks the server binary; default: the release build,
# else the debug build). Stops everything it started (by PID). Exit 1 if any check failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.local/bin:$PATH"

BIN="${H2_BINARY:-}"
[ -z "$BIN" ] && for candidate in .build/release/rights-api .build/debug/rights-api; do
    [ -x "$candidate" ] && { BIN=$candidate; break; }
done
[ -x "$BIN" ] || { echo "no server binary: build first (swift build -c release --product rights-api)"; exit 2; }

need_apt=()
command -v nghttp >/dev/null || need_apt+=(nghttp2-client)
command -v curl >/dev/null || need_apt+=(curl)
command -v openssl >/dev/null || need_apt+=(openssl)
if [ ${#need_apt[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -c 'import h2, hpack, hyperframe' 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check h2 2>&1 | grep -v 'Running pip as the' || true
python3 -c 'import h2, hpack, hyperframe' || { echo "python h2 is missing"; exit 2; }

TMP=$(mktemp -d /tmp/rights-h2-tests.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null

# start PORT [TLS]: starts a server, waits until /readyz answers; sets STARTED_PID.
start() {
    local port=$1 args=(serve --port "$1" --log-level warning)
    [ "${2:-}" = tls ] && args+=(--tls-cert "$TMP/cert.pem" --tls-key "$TMP/key.pem")
    "$BIN" "${args[@]}" >"$TMP/server-$port.log" 2>&1 &
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
    local scheme=http; [ "${2:-}" = tls ] && scheme=https
    for _ in $(seq 300); do
        curl -skf -o /dev/null "$scheme://127.0.0.1:$port/readyz" && return 0
        kill -0 "$STARTED_PID" 2>/dev/null || { cat "$TMP/server-$port.log"; return 1; }
        sleep 0.1
    done
    return 1
}

FAILED=0
expect() {   # expect NAME EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "PASS  $1"; else echo "FAIL  $1 (expected '$2', got '$3')"; FAILED=1; fi
}

PLAIN=$(free_port); TLS=$(free_port)
start "$PLAIN" || { echo "server did not start"; exit 1; }
PLAIN_PID=$STARTED_PID
start "$TLS" tls || { echo "TLS server did not start"; exit 1; }

A14=/v1/documents/iccpr/articles/14
expect "curl --http2-prior-knowledge (cleartext, same port as HTTP/1.1)" "2 200" \
    "$(curl -s --max-time 10 --http2-prior-knowledge -o /dev/null -w '%{http_version} %{http_code}' "http://127.0.0.1:$PLAIN$A14")"
expect "curl over cleartext without prior knowledge gets HTTP/1.1 (no h2c upgrade)" "1.1 200" \
    "$(curl -s --max-time 10 --http2 -o /dev/null -w '%{http_version} %{http_code}' "http://127.0.0.1:$PLAIN$A14")"
expect "curl --http2 over TLS negotiates h2 by ALPN" "2 200" \
    "$(curl -sk --max-time 10 --http2 -o /dev/null -w '%{http_version} %{http_code}' "https://127.0.0.1:$TLS$A14")"
expect "curl --http1.1 over TLS gets HTTP/1.1" "1.1 200" \
    "$(curl -sk --max-time 10 --http1.1 -o /dev/null -w '%{http_version} %{http_code}' "https://127.0.0.1:$TLS$A14")"
expect "HTTP/2 body is byte-identical to HTTP/1.1's" "" \
    "$(cmp <(curl -s --max-time 10 --http2-prior-knowledge "http://127.0.0.1:$PLAIN/v1/documents/iccpr/full") \
           <(curl -s --max-time 10 "http://127.0.0.1:$PLAIN/v1/documents/iccpr/full") 2>&1)"
expect "nghttp fetches over TLS (h2)" "200" \
    "$(timeout 20 nghttp -v "https://127.0.0.1:$TLS$A14" 2>&1 | sed -n 's/.*recv (stream_id=[0-9]*) :status: \([0-9]*\).*/\1/p' | head -1)"
expect "h2load: 2000 requests, 16 connections × 10 streams, all 2xx" "2000" \
    "$(timeout 60 h2load -n 2000 -c 16 -m 10 "https://127.0.0.1:$TLS$A14" 2>&1 | sed -n 's/^status codes: \([0-9]*\) 2xx.*/\1/p')"

python3 scripts/h2_live.py "$PLAIN" "$TLS" "$PLAIN_PID" || FAILED=1

SHUT=$(free_port)
start "$SHUT" || { echo "server did not start"; exit 1; }
python3 scripts/h2_shutdown.py "$SHUT" "$STARTED_PID" || FAILED=1

if [ "$FAILED" -ne 0 ]; then echo "h2 tests: FAIL"; exit 1; fi
echo "h2 tests: PASS"

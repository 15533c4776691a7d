#!/usr/bin/env bash
# idle-connections.sh - holds N idle keep-alive connections open against the server and checks that
# it still answers new requests promptly and how much memory it uses.
#
# Starts the server (SERVER_CMD, `{port}` replaced; default: the release `rights-api serve`), opens
# N connections (default 10000), sends one request on each and reads the answer (so each one is a
# real keep-alive connection), then, with all of them still open and idle:
#   - reads the server's resident memory (VmRSS and VmHWM of its process),
#   - times REQUESTS requests on a fresh keep-alive connection and one request on each of 100 new
#     connections (p50 / p99 / max),
# and prints the figures. Everything it started is stopped by PID on exit.
#
#   scripts/idle-connections.sh
#   N=10000 SERVER_CMD='/path/to/server {port}' scripts/idle-connections.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=${N:-10000}
PORT=${PORT:-18090}
REQUESTS=${REQUESTS:-2000}
REQUEST_PATH=${REQUEST_PATH:-/v1/documents/iccpr/articles/14}

# Each side needs N descriptors and a few more: raise the soft limit up to the hard one.
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((N + 100)) ]; then
    echo "error: ulimit -n is $(ulimit -n); need at least $((N + 100)) (raise the hard limit)" >&2
    exit 1
fi

if [ -z "${SERVER_CMD:-}" ]; then
    swift build -c release --package-path "$ROOT" --product rights-api >&2
    SERVER_CMD="$(swift build -c release --package-path "$ROOT" --show-bin-path)/rights-api serve --host 127.0.0.1 --port {port} --log-level warning"
fi

SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT INT TERM

cd "$ROOT"
bash -c "exec ${SERVER_CMD//\{port\}/$PORT}" > /tmp/idle-connections-server.log 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break
    sleep 0.1
done

python3 - "$PORT" "$N" "$REQUESTS" "$REQUEST_PATH" "$SERVER_PID" <<'PY'
import socket, sys, time

port, n, requests, path, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()

def status_memory():
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields.get("VmRSS"), fields.get("VmHWM"), fields.get("Threads")

def read_response(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before a response")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed inside a body")
        body += chunk
    return int(head.split(b" ")[1])

def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]

rss_before, _, _ = status_memory()
held = []
started = time.time()
for i in range(n):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(request)
    held.append(s)
    if len(held) % 500 == 0:          # read the answers in batches: keeps the backlog short
        for t in held[-500:]:
            assert read_response(t) == 200
for t in held[len(held) - len(held) % 500:]:
    assert read_response(t) == 200
opened = time.time() - started
time.sleep(1)
rss, hwm, threads = status_memory()

probe = socket.create_connection(("127.0.0.1", port), timeout=10)
latencies = []
for _ in range(requests):
    t0 = time.perf_counter()
    probe.sendall(request)
    assert read_response(probe) == 200
    latencies.append((time.perf_counter() - t0) * 1000)
probe.close()
fresh = []
for _ in range(100):
    t0 = time.perf_counter()
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(request)
    assert read_response(s) == 200
    fresh.append((time.perf_counter() - t0) * 1000)
    s.close()

alive = 0
for s in held[:: max(1, n // 200)]:    # are the idle ones still open? (a sample of 200)
    s.sendall(request)
    alive += read_response(s) == 200

print(f"idle keep-alive connections held: {n} (opened and answered in {opened:.1f} s)")
print(f"server memory: VmRSS {rss} (before: {rss_before}), peak VmHWM {hwm}, threads {threads}")
print(f"new requests on a keep-alive connection while {n} are idle: {requests} requests, "
      f"p50 {percentile(latencies, 50):.3f} ms, p99 {percentile(latencies, 99):.3f} ms, max {max(latencies):.3f} ms")
print(f"new connections (connect + one request): 100, p50 {percentile(fresh, 50):.3f} ms, "
      f"p99 {percentile(fresh, 99):.3f} ms, max {max(fresh):.3f} ms")
print(f"sampled idle connections still served afterwards: {alive}/{len(held[:: max(1, n // 200)])}")
for s in held:
    s.close()
PY

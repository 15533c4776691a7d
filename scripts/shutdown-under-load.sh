#!/usr/bin/env bash
# Graceful shutdown under load: with wrk and a tracking client sending requests, the server gets
# SIGTERM. Passes when
#   - every request the server received was answered completely: the tracking client tags each
#     request with X-Request-Id; a request without a complete response must not appear in the
#     server's access log (appearing there means the server read and handled it, so losing its
#     response would be a failure). Requests the server never handled are counted and reported, not
#     failed, in two kinds: pipelined behind a response that announced Connection: close (RFC 9112
#     §9.6: the server must not process them; the client retries), and sent on a connection the
#     server closed as idle at that moment (a race every HTTP/1.1 client must handle by retrying);
#   - every answered request is in the access log (otherwise the log-based check is not sound);
#   - no response is truncated;
#   - new connections are refused soon after SIGTERM;
#   - the process exits with status 0 within the grace period (+1 s).
#
# Usage: scripts/shutdown-under-load.sh   (SHUTDOWN_GRACE=S, default 10; SKIP_BUILD=1)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

GRACE="${SHUTDOWN_GRACE:-10}"
rs_require wrk
rs_build
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
rs_start --shutdown-grace "$GRACE" --log-level info

cat >"$RS_TMP/tracker.py" <<'PY'
"""Connections that send tagged requests (one at a time, or pipelined in batches) until the server
closes them. Writes one JSON line per request: id, sent (fully written), answered (complete
response), truncated (response started, not complete), status."""
import json, os, random, socket, sys, threading, time
port, workers, out_path, stop_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
PATHS = ["/v1/documents/iccpr/provisions/art_14", "/v1/documents/iccpr/full", "/v1/search?q=%E9%85%B7%E5%88%91",
         "/v1/resolve?cite=ICCPR%20art.%2014(3)(g)", "/healthz"]
records, lock = [], threading.Lock()

class Reader:
    def __init__(self, s): self.s, self.buf, self.close_announced = s, b"", False
    def fill(self):
        d = self.s.recv(65536)
        if not d: raise EOFError
        self.buf += d
    def response(self):
        """Returns (status, complete); sets self.close_announced when the response says Connection: close.
        Raises EOFError when nothing of a response arrived."""
        started = bool(self.buf)
        try:
            while b"\r\n\r\n" not in self.buf: self.fill(); started = True
        except (EOFError, OSError):
            if started: return None, False
            raise EOFError
        head, _, rest = self.buf.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n"); status = int(lines[0].split()[1]); n = 0
        for l in lines[1:]:
            k, _, v = l.partition(b":")
            if k.strip().lower() == b"content-length": n = int(v)
            if k.strip().lower() == b"connection" and v.strip().lower() == b"close": self.close_announced = True
        self.buf = rest
        try:
            while len(self.buf) < n: self.fill()
        except (EOFError, OSError): return status, False
        self.buf = self.buf[n:]
        return status, True

def worker(wid):
    rng = random.Random(wid); seq = 0
    pipelined = wid % 2 == 1
    while not os.path.exists(stop_file):
        try: s = socket.create_connection(("127.0.0.1", port), timeout=30)
        except OSError: return            # refused: the server stopped accepting
        r = Reader(s)
        try:
            while True:
                batch = rng.randint(2, 8) if pipelined else 1
                ids = [f"sd-{wid}-{seq + i}" for i in range(batch)]; seq += batch
                data = b"".join(f"GET {rng.choice(PATHS)} HTTP/1.1\r\nHost: x\r\nX-Request-Id: {i}\r\n\r\n".encode() for i in ids)
                try: s.sendall(data); sent = True
                except OSError: sent = False
                batch_records = []
                for i in ids:
                    rec = {"id": i, "sent": sent, "answered": False, "truncated": False, "status": None,
                           "after_close": r.close_announced}
                    if sent:
                        try:
                            status, complete = r.response()
                            rec.update(status=status, answered=complete, truncated=not complete)
                        except (EOFError, OSError): pass
                    batch_records.append(rec)
                with lock: records.extend(batch_records)
                if not all(x["answered"] for x in batch_records): break
                if os.path.exists(stop_file): break
        finally: s.close()

threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
for t in threads: t.start()
for t in threads: t.join()
with open(out_path, "w") as f:
    for rec in records: f.write(json.dumps(rec) + "\n")
PY

python3 "$RS_TMP/tracker.py" "$RS_PORT" 24 "$RS_TMP/records.jsonl" "$RS_TMP/stop" 2>"$RS_TMP/tracker.err" &
TRACKER=$!; rs_track "$TRACKER"
wrk -t2 -c64 -d8s --timeout 5s "http://127.0.0.1:$RS_PORT/v1/documents/iccpr/provisions/art_14" >"$RS_TMP/wrk.txt" 2>&1 &
WRK=$!; rs_track "$WRK"
sleep 5
SERVER_PID=$RS_PID
rs_log "SIGTERM to $SERVER_PID under load"
T0=$(date +%s.%N)
# SIGTERM, then try a new connection every 10 ms: it must be refused soon (prints seconds or "never")
REFUSED_AFTER=$(python3 - "$SERVER_PID" "$RS_PORT" <<'PY'
import os, signal, socket, sys, time
pid, port = int(sys.argv[1]), int(sys.argv[2])
t0 = time.monotonic(); os.kill(pid, signal.SIGTERM)
while time.monotonic() - t0 < 4:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        print(f"{time.monotonic() - t0:.3f}"); break
    time.sleep(0.01)
else:
    print("never")
PY
)
EXIT_STATUS="timeout"
while kill -0 "$SERVER_PID" 2>/dev/null; do
    if awk -v a="$T0" -v b="$(date +%s.%N)" -v g="$GRACE" 'BEGIN { exit !(b - a > g + 5) }'; then break; fi
    sleep 0.05
done
if ! kill -0 "$SERVER_PID" 2>/dev/null; then EXIT_STATUS=0; wait "$SERVER_PID" 2>/dev/null || EXIT_STATUS=$?; fi
EXIT_SECONDS=$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
RS_PID=""
touch "$RS_TMP/stop"
wait "$TRACKER" 2>/dev/null || true
wait "$WRK" 2>/dev/null || true   # wrk ends by itself 3 s after the SIGTERM

python3 - "$RS_TMP/records.jsonl" "$RS_LOG" >"$RS_TMP/analysis.txt" <<'PY'
import json, re, sys
records = [json.loads(l) for l in open(sys.argv[1])]
log = open(sys.argv[2], errors="replace").read()
logged = set(re.findall(r"sd-\d+-\d+", log))
answered = [r for r in records if r["answered"]]
unanswered = [r for r in records if r["sent"] and not r["answered"]]
bad_status = [r for r in answered if not (200 <= r["status"] < 400)]
lost = [r for r in unanswered if r["id"] in logged]          # handled by the server, response lost
unlogged_answered = [r for r in answered if r["id"] not in logged]
print("sent", sum(r["sent"] for r in records))
print("answered", len(answered))
print("bad_status", len(bad_status))
print("truncated", sum(r["truncated"] for r in records))
print("unanswered_unread", len(unanswered) - len(lost))
print("unanswered_after_close", sum(1 for r in unanswered if r["after_close"] and r not in lost))
print("lost", len(lost))
print("answered_not_logged", len(unlogged_answered))
for r in lost[:5]: print("lost-example", r["id"], file=sys.stderr)
PY
aget() { awk -v k="$1" '$1 == k {print $2}' "$RS_TMP/analysis.txt"; }
WRK_N=$(awk '/requests in/ {print $1}' "$RS_TMP/wrk.txt" || true)
WRK_ERR=$(awk '/Socket errors/ {print}' "$RS_TMP/wrk.txt" | sed 's/^ *Socket errors: //' || true)

rs_figure "tracking client: requests sent" "$(aget sent)"
rs_check "answered completely, 2xx/3xx" "$(aget answered) (bad status $(aget bad_status))" "all received" "$([ "$(aget bad_status)" = 0 ]; echo $?)"
rs_check "received by the server but not answered" "$(aget lost)" "0" "$([ "$(aget lost)" = 0 ]; echo $?)"
rs_check "truncated responses" "$(aget truncated)" "0" "$([ "$(aget truncated)" = 0 ]; echo $?)"
rs_check "answered requests missing from the access log" "$(aget answered_not_logged)" "0" "$([ "$(aget answered_not_logged)" = 0 ]; echo $?)"
rs_figure "not handled, after a Connection: close answer" "$(aget unanswered_after_close) (RFC 9112 §9.6: client retries)"
rs_figure "not handled, idle connection closed (race)" "$(( $(aget unanswered_unread) - $(aget unanswered_after_close) ))"
rs_figure "wrk requests / socket errors (expected)" "${WRK_N:-?} / ${WRK_ERR:-none}"
rs_check "new connections refused after SIGTERM (s)" "$REFUSED_AFTER" "< 0.5" "$([ "$REFUSED_AFTER" != never ] && rs_le "$REFUSED_AFTER" 0.5; echo $?)"
rs_check "exit status" "$EXIT_STATUS" "0" "$([ "$EXIT_STATUS" = 0 ]; echo $?)"
rs_check "exit after SIGTERM (s)" "$EXIT_SECONDS" "<= $((GRACE + 1))" "$(rs_le "$EXIT_SECONDS" $((GRACE + 1)); echo $?)"

rs_report "graceful shutdown under load"

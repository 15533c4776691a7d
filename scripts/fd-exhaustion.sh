#!/usr/bin/env bash
# File-descriptor exhaustion: the server runs under `ulimit -n 256`; 8 "veteran" keep-alive
# connections are opened first, then FDX_CONNECTIONS (default 1,000) connections each send a
# request and stay open. Checks, while the server is out of descriptors:
#   - it keeps serving what it can: the accepted flood connections are answered, and a request on
#     each veteran connection is answered;
#   - it logs the condition at most once per interval, not once per failed accept (log lines
#     mentioning EMFILE / "too many open files" / descriptors over FDX_HOLD_SECONDS);
#   - it does not spin: CPU over 5 s stays well below one core;
# and after the flood connections close, a new request succeeds and the fds return to their value.
#
# Usage: scripts/fd-exhaustion.sh   (FDX_CONNECTIONS=N, FDX_HOLD_SECONDS=S, SKIP_BUILD=1)
set -euo pipefail
SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$SCRIPTS_DIR/lib-server.sh"

N="${FDX_CONNECTIONS:-1000}"
HOLD="${FDX_HOLD_SECONDS:-15}"
SERVER_FD_LIMIT=256
VETERANS=8

rs_build
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
HARD=$(ulimit -n)
ulimit -Sn "$SERVER_FD_LIMIT"
rs_start --max-connections 16384 --idle-timeout 120 --header-timeout 60 --log-level info
ulimit -Sn "$HARD"
rs_log "server soft limit: $(awk '/Max open files/ {print $4}' "/proc/$RS_PID/limits")"
rs_write_holder

# Veteran keep-alive connections, opened before the flood; they make a request on demand.
cat >"$RS_TMP/veterans.py" <<'PY'
import os, socket, sys, time
port, n, ready, go, result = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
from http_exchange import exchange
socks = []
for _ in range(n):
    s = socket.create_connection(("127.0.0.1", port), timeout=5); exchange(s); socks.append(s)
open(ready, "w").close()
while not os.path.exists(go): time.sleep(0.1)
ok = 0; t0 = time.monotonic()
for s in socks:
    try: ok += exchange(s) == 200
    except Exception as e: print("veteran error:", repr(e), file=sys.stderr)
with open(result, "w") as f: f.write(f"{ok} {time.monotonic() - t0:.3f}\n")
PY

PYTHONPATH="$SCRIPTS_DIR" python3 "$RS_TMP/veterans.py" "$RS_PORT" "$VETERANS" "$RS_TMP/vet-ready" "$RS_TMP/vet-go" "$RS_TMP/vet-result" 2>"$RS_TMP/veterans.err" &
VET=$!; rs_track "$VET"
for _ in $(seq 1 100); do [ -e "$RS_TMP/vet-ready" ] && break; sleep 0.1; done
[ -e "$RS_TMP/vet-ready" ] || { echo "veterans did not connect:" >&2; cat "$RS_TMP/veterans.err" >&2; exit 1; }
FD0=$(rs_fds)
LOG_LINES0=$(wc -l <"$RS_LOG")
rs_log "before: fds $FD0 (limit $SERVER_FD_LIMIT), $VETERANS veterans connected; flooding with $N connections"

PYTHONPATH="$SCRIPTS_DIR" python3 "$RS_TMP/holder.py" "$RS_PORT" "$N" request "$RS_TMP/status" "$RS_TMP/release" 20 8 2>"$RS_TMP/holder.err" &
HOLDER=$!; rs_track "$HOLDER"
for _ in $(seq 1 400); do [ -s "$RS_TMP/status" ] && break; kill -0 "$HOLDER" 2>/dev/null || break; sleep 0.1; done
[ -s "$RS_TMP/status" ] || { echo "holder failed:" >&2; cat "$RS_TMP/holder.err" >&2; exit 1; }
T_EXHAUSTED=$SECONDS
CONNECTED=$(rs_json "$RS_TMP/status" 1 connected)
ANSWERED=$(rs_json "$RS_TMP/status" 1 ok)
UNANSWERED=$(rs_json "$RS_TMP/status" 1 unanswered)
FD_FULL=$(rs_fds)
rs_log "flood held: client connected $CONNECTED, answered $ANSWERED, unanswered $UNANSWERED; server fds $FD_FULL"

CPU=$(rs_cpu_percent 5)
touch "$RS_TMP/vet-go"
for _ in $(seq 1 100); do [ -s "$RS_TMP/vet-result" ] && break; sleep 0.1; done
read -r VET_OK VET_SECONDS <"$RS_TMP/vet-result" || { VET_OK=0; VET_SECONDS=n/a; }
# hold until HOLD seconds of exhaustion have passed, then count the log lines of that window
while [ $((SECONDS - T_EXHAUSTED)) -lt "$HOLD" ]; do sleep 0.5; done
WINDOW=$((SECONDS - T_EXHAUSTED + 1))
LOG_LINES=$(tail -n +"$((LOG_LINES0 + 1))" "$RS_LOG" | grep -Eic 'emfile|enfile|too many open files|descriptor' || true)
LOG_SAMPLE=$(tail -n +"$((LOG_LINES0 + 1))" "$RS_LOG" | grep -Ei 'emfile|enfile|too many open files|descriptor' | head -1 | cut -c1-160 || true)
ALIVE_DURING=$(rs_alive && echo yes || echo no)

touch "$RS_TMP/release"
wait "$HOLDER" 2>/dev/null || true
RECOVER_T0=$(date +%s.%N)
RECOVERED=000
for _ in $(seq 1 50); do
    RECOVERED=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$RS_PORT/healthz" || true)
    [ "$RECOVERED" = 200 ] && break; sleep 0.2
done
RECOVER_S=$(awk -v a="$RECOVER_T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
kill "$VET" 2>/dev/null || true; wait "$VET" 2>/dev/null || true
for _ in $(seq 1 100); do [ "$(rs_fds)" -le $((FD0 - VETERANS)) ] && break; sleep 0.1; done
FD_AFTER=$(rs_fds)

rs_figure "server fds before flood / exhausted (limit)" "$FD0 / $FD_FULL ($SERVER_FD_LIMIT)"
rs_figure "flood: connected (kernel) / answered / waiting" "$CONNECTED / $ANSWERED / $UNANSWERED"
rs_check "flood connections answered while exhausted" "$ANSWERED" "> 0" "$([ "$ANSWERED" -gt 0 ]; echo $?)"
rs_check "veteran keep-alive requests answered" "$VET_OK of $VETERANS in ${VET_SECONDS}s" "all" "$([ "$VET_OK" -eq "$VETERANS" ]; echo $?)"
rs_check "server CPU while exhausted (5 s, % of a core)" "$CPU" "< 50" "$(rs_le "$CPU" 49.99; echo $?)"
rs_check "exhaustion log lines in ${WINDOW}s window" "$LOG_LINES" "1 .. $WINDOW" "$([ "$LOG_LINES" -ge 1 ] && [ "$LOG_LINES" -le "$WINDOW" ]; echo $?)"
[ -n "$LOG_SAMPLE" ] && rs_figure "  e.g." "${LOG_SAMPLE:0:60}"
rs_check "server alive while exhausted" "$ALIVE_DURING" "yes" "$([ "$ALIVE_DURING" = yes ]; echo $?)"
rs_check "request after the flood closes" "$RECOVERED after ${RECOVER_S}s" "200" "$([ "$RECOVERED" = 200 ]; echo $?)"
rs_check "server fds after (veterans closed too)" "$FD_AFTER" "<= $((FD0 - VETERANS))" "$([ "$FD_AFTER" -le $((FD0 - VETERANS)) ]; echo $?)"

rs_report "fd exhaustion"

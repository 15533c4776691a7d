#!/usr/bin/env bash
# Soak test: at least SOAK_REQUESTS (default 2,000,000) requests over the API's main endpoints with
# varied keep-alive patterns, then checks that the server's resident memory has not grown by more
# than 5% over its post-warm-up value (the signed drift is printed), its open file descriptors are exactly back, every answer was 2xx/3xx,
# no socket errors occurred and the process is alive.
#
# Phases, repeated until the request target is met (or SOAK_MAX_SECONDS pass):
#   keep-alive wrk -c16, -c64, -c256 (a Lua script rotating over 9 request kinds, gzip, pretty),
#   wrk -H 'Connection: close' -c8 (a new connection per request),
#   a Python client mixing HTTP/1.0, short keep-alive sessions, pipelined bursts and early closes.
#
# Usage: scripts/soak.sh            (SOAK_REQUESTS=N, SOAK_MAX_SECONDS=S, SKIP_BUILD=1 to reuse the binary)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

TARGET="${SOAK_REQUESTS:-2000000}"
MAX_SECONDS="${SOAK_MAX_SECONDS:-420}"
PHASE_SECONDS="${SOAK_PHASE_SECONDS:-15}"

rs_require wrk
rs_build
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
rs_start --log-level warning

cat >"$RS_TMP/mix.lua" <<'LUA'
-- Rotates over the API's main request kinds; each wrk thread starts at a different offset.
-- (No HEAD here: wrk 4.1 waits for a HEAD response's body and stalls; the Python phase sends HEAD.)
local requests = {
  {"GET",  "/v1/documents/iccpr/provisions/art_14", nil},
  {"GET",  "/v1/documents/iccpr/articles/14", nil},
  {"GET",  "/v1/documents/iccpr/full", {["Accept-Encoding"] = "gzip"}},
  {"GET",  "/v1/search?q=%E9%85%B7%E5%88%91", nil},
  {"GET",  "/v1/resolve?cite=ICCPR%20art.%2014(3)(g)", nil},
  {"GET",  "/v1/documents/a-res-62-148/operative/10", nil},
  {"GET",  "/healthz", nil},
  {"GET",  "/v1/documents/iccpr/articles/7?pretty=true", nil},
  {"GET",  "/v1/documents/iccpr/full", nil},
}
local formatted = {}
local counter = 0
init = function(args)
  for i, r in ipairs(requests) do formatted[i] = wrk.format(r[1], r[2], r[3]) end
  counter = math.random(#formatted)
end
request = function()
  counter = counter + 1
  return formatted[(counter % #formatted) + 1]
end
LUA

cat >"$RS_TMP/patterns.py" <<'PY'
"""Varied connection patterns: HTTP/1.0, short keep-alive sessions, pipelined bursts, early close.
Prints: requests statuses_ok statuses_bad errors."""
import asyncio, random, sys

PORT = int(sys.argv[1]); DURATION = float(sys.argv[2]); WORKERS = int(sys.argv[3])
PATHS = ["/v1/documents/iccpr/provisions/art_14", "/v1/documents/iccpr/articles/14",
         "/v1/search?q=%E9%85%B7%E5%88%91", "/v1/resolve?cite=ICCPR%20art.%2014(3)(g)",
         "/v1/documents/a-res-62-148/operative/10", "/healthz", "/v1/documents/iccpr/full"]
stats = {"requests": 0, "ok": 0, "bad": 0, "errors": 0}

async def read_response(reader, head_only):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    close = False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length": length = int(value.strip())
        if name == b"connection" and value.strip().lower() == b"close": close = True
    if not head_only and length: await reader.readexactly(length)
    return status, close

async def session(rng):
    pattern = rng.choice(["http10", "keepalive", "pipelined", "early-close"])
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    try:
        if pattern == "http10":
            writer.write(f"GET {rng.choice(PATHS)} HTTP/1.0\r\n\r\n".encode()); await writer.drain()
            status, _ = await read_response(reader, False); count(status)
            await reader.read()            # the server closes an HTTP/1.0 connection
        elif pattern == "keepalive":
            n = rng.randint(1, 20)
            for i in range(n):
                last = i == n - 1 and rng.random() < 0.5
                conn = "Connection: close\r\n" if last else ""
                method = "HEAD" if rng.random() < 0.1 else "GET"
                writer.write(f"{method} {rng.choice(PATHS)} HTTP/1.1\r\nHost: x\r\n{conn}\r\n".encode()); await writer.drain()
                status, _ = await read_response(reader, method == "HEAD"); count(status)
        elif pattern == "pipelined":
            n = rng.randint(2, 30)
            writer.write(b"".join(f"GET {rng.choice(PATHS)} HTTP/1.1\r\nHost: x\r\n\r\n".encode() for _ in range(n)))
            await writer.drain()
            for _ in range(n):
                status, _ = await read_response(reader, False); count(status)
        else:  # early close: send a request, read only part of the answer, close
            writer.write(b"GET /v1/documents/iccpr/full HTTP/1.1\r\nHost: x\r\n\r\n"); await writer.drain()
            await reader.read(100)
            stats["requests"] += 1; stats["ok"] += 1   # sent and answered (partly read on purpose)
    finally:
        writer.close()
        try: await writer.wait_closed()
        except Exception: pass

def count(status):
    stats["requests"] += 1
    if 200 <= status < 400: stats["ok"] += 1
    else: stats["bad"] += 1

async def worker(seed, deadline):
    rng = random.Random(seed)
    loop = asyncio.get_running_loop()
    while loop.time() < deadline:
        try: await session(rng)
        except Exception as e:
            stats["errors"] += 1
            if stats["errors"] <= 3: print("error:", repr(e), file=sys.stderr)

async def main():
    deadline = asyncio.get_running_loop().time() + DURATION
    await asyncio.gather(*(worker(i, deadline) for i in range(WORKERS)))
    print(stats["requests"], stats["ok"], stats["bad"], stats["errors"])

asyncio.run(main())
PY

TOTAL=0; BAD=0; SOCKERR=0; PY_ERR=0
declare -A PHASE_REQ=()

# run_wrk NAME CONNECTIONS SECONDS [extra wrk args]: adds the phase's figures to the totals.
run_wrk() {
    local name="$1" conns="$2" secs="$3"; shift 3
    local out="$RS_TMP/wrk-$name-$conns.txt"
    wrk -t2 -c"$conns" -d"${secs}s" --timeout 5s -s "$RS_TMP/mix.lua" "$@" "http://127.0.0.1:$RS_PORT" >"$out" 2>&1 || true
    local n bad e
    n=$(awk '/requests in/ {print $1}' "$out")
    bad=$(awk -F': ' '/Non-2xx or 3xx/ {print $2}' "$out"); bad=${bad:-0}
    e=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, ""); s=0; for (i = 1; i <= NF; i++) s += $i; print s}' "$out"); e=${e:-0}
    [ -n "$n" ] || { echo "wrk produced no summary:" >&2; cat "$out" >&2; n=0; e=$((e + 1)); }
    TOTAL=$((TOTAL + n)); BAD=$((BAD + bad)); SOCKERR=$((SOCKERR + e))
    PHASE_REQ[$name]=$(( ${PHASE_REQ[$name]:-0} + n ))
    rs_log "$name c=$conns ${secs}s: $n requests ($(awk '/Requests\/sec/ {print $2}' "$out") req/s), non-2xx/3xx $bad, socket errors $e; total $TOTAL"
}

run_patterns() {
    local secs="$1" out="$RS_TMP/patterns.txt"
    python3 "$RS_TMP/patterns.py" "$RS_PORT" "$secs" 32 >"$out" 2>"$RS_TMP/patterns.err" || true
    local n ok bad e
    read -r n ok bad e <"$out" || { n=0; bad=0; e=1; }
    TOTAL=$((TOTAL + n)); BAD=$((BAD + bad)); PY_ERR=$((PY_ERR + e))
    PHASE_REQ[patterns]=$(( ${PHASE_REQ[patterns]:-0} + n ))
    rs_log "patterns ${secs}s: $n requests, bad $bad, errors $e; total $TOTAL"
}

# settle: wait until the server's fds stop changing (clients gone), up to 10 s.
settle() {
    local prev=-1 now i
    for i in $(seq 1 50); do
        now=$(rs_fds); [ "$now" = "$prev" ] && [ "$i" -gt 5 ] && break; prev=$now; sleep 0.2
    done
}

# The warm-up is one full round: the allocator's arenas (one per event-loop thread) and the
# per-loop output buffers grow to their working size during the first ~1M requests; measured
# from a 3-second warm-up, RSS rose 8% in round 1, 7% in round 2 and 0.2% in round 3, a plateau
# rather than a per-request leak (which would grow every round).
WARMUP_SECONDS="${SOAK_WARMUP_SECONDS:-10}"
rs_log "warm-up: one round of every phase, ${WARMUP_SECONDS}s each"
run_wrk warmup 16 "$WARMUP_SECONDS"; run_wrk warmup 64 "$WARMUP_SECONDS"; run_wrk warmup 256 "$WARMUP_SECONDS"
run_wrk warmup-close 8 "$WARMUP_SECONDS" -H "Connection: close"; run_patterns "$WARMUP_SECONDS"
WARMUP_REQUESTS=$TOTAL
settle
RSS0=$(rs_rss_kb); FD0=$(rs_fds); THREADS0=$(rs_threads)
TOTAL=0; BAD=0; SOCKERR=0; PY_ERR=0; PHASE_REQ=()
rs_log "baseline after warm-up: RSS ${RSS0} KiB, fds $FD0, threads $THREADS0"

START=$SECONDS
ROUND=0
ROUND_RSS=()
while [ "$TOTAL" -lt "$TARGET" ] && [ $((SECONDS - START)) -lt "$MAX_SECONDS" ]; do
    ROUND=$((ROUND + 1))
    run_wrk keepalive 16 "$PHASE_SECONDS"
    run_wrk keepalive 64 "$PHASE_SECONDS"
    run_wrk keepalive 256 "$PHASE_SECONDS"
    run_wrk close 8 "$PHASE_SECONDS" -H "Connection: close"
    run_patterns "$PHASE_SECONDS"
    rs_alive || break
    RSS_MID=$(rs_rss_kb); ROUND_RSS+=("$RSS_MID"); rs_log "after round $ROUND: RSS ${RSS_MID} KiB, fds $(rs_fds)"
done
ELAPSED=$((SECONDS - START))

ALIVE=1; rs_alive && ALIVE=0
if [ "$ALIVE" -eq 0 ]; then
    settle
    RSS1=$(rs_rss_kb); FD1=$(rs_fds); HWM=$(rs_hwm_kb); THREADS1=$(rs_threads)
else
    RSS1=0; FD1=-1; HWM=0; THREADS1=0
fi
DRIFT=$(awk -v a="$RSS0" -v b="$RSS1" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')

rs_figure "warm-up requests (not counted below)" "$WARMUP_REQUESTS"
rs_figure "duration (s), rounds" "$ELAPSED s, $ROUND rounds"
rs_figure "RSS after each round (KiB)" "$(IFS=' '; echo "${ROUND_RSS[*]}")"
rs_figure "rate (req/s, all phases)" "$(( TOTAL / (ELAPSED > 0 ? ELAPSED : 1) ))"
rs_figure "requests keep-alive (wrk c16/64/256)" "${PHASE_REQ[keepalive]:-0}"
rs_figure "requests Connection: close (wrk c8)" "${PHASE_REQ[close]:-0}"
rs_figure "requests mixed patterns (python, 32)" "${PHASE_REQ[patterns]:-0}"
rs_check "requests answered" "$TOTAL" ">= $TARGET" "$([ "$TOTAL" -ge "$TARGET" ]; echo $?)"
rs_check "non-2xx/3xx responses" "$BAD" "0" "$([ "$BAD" -eq 0 ]; echo $?)"
rs_check "wrk socket errors (connect/read/write/timeout)" "$SOCKERR" "0" "$([ "$SOCKERR" -eq 0 ]; echo $?)"
rs_check "python client errors" "$PY_ERR" "0" "$([ "$PY_ERR" -eq 0 ]; echo $?)"
rs_check "server alive" "$([ "$ALIVE" -eq 0 ] && echo yes || echo no)" "yes" "$ALIVE"
# A leak shows as growth; RSS also moves a few MB either way with what the last phase left in the
# allocator's arenas and the per-loop output buffers (seen: +0.2% and -7.5% on two runs), and a
# shrink is memory handed back, not lost. So the ±5% bound is applied to growth.
rs_check "RSS after warm-up -> after soak (KiB)" "$RSS0 -> $RSS1 ($DRIFT%)" "growth <= 5%" "$(rs_le "$DRIFT" 5; echo $?)"
rs_figure "peak RSS (VmHWM, KiB)" "$HWM"
rs_check "open fds after warm-up -> after soak" "$FD0 -> $FD1" "equal" "$([ "$FD0" -eq "$FD1" ]; echo $?)"
rs_figure "threads after warm-up -> after soak" "$THREADS0 -> $THREADS1"

rs_report "soak"

#!/usr/bin/env bash
# Memory held by clients that never read (issue 12): CONNECTIONS (default 1,000) connections each
# pipeline PIPELINE (default 8) requests for the 239 KB full document and never read. Since the
# server queues a response as its head plus a reference to the precomputed body (no copy), they
# must add less than 20 MB of RSS in total, and a normal client (wrk -c4 --latency on a unit)
# must keep its p99 under 10 ms meanwhile. Prints RSS before / while held / after release.
#
# The minimum response rate is disabled and the write timeout raised for this run, so that the
# non-readers stay connected for the whole measurement (the point is the memory they pin).
#
#   bash scripts/slow-reader-memory.sh            # SKIP_BUILD=1 to reuse .build/release
#   CONNECTIONS=50 HOLD_SECONDS=3 bash scripts/slow-reader-memory.sh   # smoke test
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

CONNECTIONS="${CONNECTIONS:-1000}"
PIPELINE="${PIPELINE:-8}"
HOLD_SECONDS="${HOLD_SECONDS:-10}"
RSS_LIMIT_KB="${RSS_LIMIT_KB:-20480}"
P99_LIMIT_MS="${P99_LIMIT_MS:-10}"
FULL="/v1/documents/iccpr/full"
NORMAL_PATH="/v1/documents/iccpr/provisions/art_14"

rs_require wrk
rs_build
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
rs_start --max-connections 16000 --write-timeout 300 --idle-timeout 300 --min-response-rate 0 --log-level warning

# Warm the server (every loop answers /full once, allocator arenas settle) before "before".
for _ in 1 2 3 4; do curl -s -o /dev/null "http://127.0.0.1:$RS_PORT$FULL"; done
wrk -t1 -c4 -d2s "http://127.0.0.1:$RS_PORT$NORMAL_PATH" >/dev/null 2>&1 || true
sleep 1
rss_before=$(rs_rss_kb)
# Kernel memory of all TCP sockets, in pages (what the server handed to the kernel but the
# clients did not read sits there, not in the server's RSS).
tcp_mem_pages() { awk '$1 == "TCP:" { for (i = 2; i < NF; i++) if ($i == "mem") print $(i + 1) }' /proc/net/sockstat; }
tcp_before=$(tcp_mem_pages)

cat >"$RS_TMP/nonreaders.py" <<'PY'
import os, socket, sys, time
port, count, pipeline, path, ready, release = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
request = (f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n" * pipeline).encode()
sockets = []
for _ in range(count):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)   # a small window: the server's queue fills
    s.connect(("127.0.0.1", port))
    s.sendall(request)
    sockets.append(s)
open(ready, "w").write(str(len(sockets)))
while not os.path.exists(release): time.sleep(0.1)
for s in sockets: s.close()
PY
READY="$RS_TMP/ready"; RELEASE="$RS_TMP/release"
python3 "$RS_TMP/nonreaders.py" "$RS_PORT" "$CONNECTIONS" "$PIPELINE" "$FULL" "$READY" "$RELEASE" &
HOLDER=$!
rs_track "$HOLDER"
for _ in $(seq 1 600); do [ -f "$READY" ] && break; sleep 0.1; done
[ -f "$READY" ] || { echo "the non-readers did not connect" >&2; exit 1; }
sleep "$HOLD_SECONDS"
held=$(rs_established)
rss_held=$(rs_rss_kb)
tcp_held=$(tcp_mem_pages)

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
wrk -t1 -c4 -d10s --timeout 2s --latency "http://127.0.0.1:$RS_PORT$NORMAL_PATH" >"$RS_TMP/normal.wrk" 2>&1 || true
p50=$(awk '$1 == "50%" {print $2}' "$RS_TMP/normal.wrk"); p99=$(awk '$1 == "99%" {print $2}' "$RS_TMP/normal.wrk")
n=$(awk '/requests in/ {print $1}' "$RS_TMP/normal.wrk")
errors=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, ""); s=0; for (i = 1; i <= NF; i++) s += $i; print s}' "$RS_TMP/normal.wrk"); errors=${errors:-0}
rss_after_load=$(rs_rss_kb)

touch "$RELEASE"
wait "$HOLDER" || true
sleep 2
rss_released=$(rs_rss_kb)

added=$((rss_held - rss_before))
p99ms="n/a"; [ -n "$p99" ] && p99ms=$(to_ms "$p99")
rs_figure "non-readers connected (ss ESTABLISHED)" "$held of $CONNECTIONS"
rs_figure "requests queued for them" "$((CONNECTIONS * PIPELINE)) x $FULL"
rs_figure "server RSS before / held / after wrk / released (KiB)" "$rss_before / $rss_held / $rss_after_load / $rss_released"
rs_figure "kernel TCP memory before / held (pages of $(getconf PAGESIZE) B)" "$tcp_before / $tcp_held"
rs_check "RSS added by the non-readers (KiB)" "$added" "< ${RSS_LIMIT_KB}" "$([ "$added" -lt "$RSS_LIMIT_KB" ]; echo $?)"
rs_figure "normal client requests, p50" "${n:-0}, $(to_ms "${p50:-0}") ms"
rs_check "normal client p99 (ms)" "$p99ms" "< $P99_LIMIT_MS" "$([ -n "$p99" ] && rs_le "$p99ms" "$P99_LIMIT_MS" && [ "${n:-0}" -gt 0 ]; echo $?)"
rs_check "normal client socket errors" "$errors" "0" "$([ "$errors" -eq 0 ]; echo $?)"
rs_report "Memory held by non-reading clients"

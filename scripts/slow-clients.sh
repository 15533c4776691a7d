#!/usr/bin/env bash
# Slow clients: slowhttptest with SLOW_CONNECTIONS (default 1,000) connections in slowloris (-H),
# slow-body (-B) and slow-read (-X; once with one request per connection, once with 8 pipelined
# requests for the 239 KB full document) modes, one after the other, against the release server.
# During each attack a normal client (wrk -c4 --latency) measures latency: p99 must be < 100 ms
# with no errors. After each attack every attack connection must be gone (no ESTABLISHED socket
# left on the server's port), and the server must be alive.
#
# The server runs with --header-timeout 5 --write-timeout 10 --idle-timeout 15 and the minimum
# response rate (240 B/s) averaged over 5 s windows, so its timeouts act within the attack;
# slowhttptest's own statistics show how many connections the server closed. The slow readers
# (32 bytes every 2 s) must be reset by the minimum rate: the server's
# rightsapi_slow_readers_closed_total must grow by at least 90 % of the attack's connections.
#
# Usage: scripts/slow-clients.sh   (SLOW_CONNECTIONS=N, SLOW_ATTACK_SECONDS=S, SKIP_BUILD=1)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

CONNS="${SLOW_CONNECTIONS:-1000}"
ATTACK="${SLOW_ATTACK_SECONDS:-30}"
P99_LIMIT_MS=100

rs_require slowhttptest
rs_require wrk
rs_build
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
rs_log "ulimit -n $(ulimit -n)"
# The server and slowhttptest each hold one descriptor per attack connection, plus their own.
fd_room=$(( $(ulimit -n) - 200 ))
if [ "$CONNS" -gt "$fd_room" ]; then rs_log "only $fd_room connections fit under ulimit -n"; CONNS=$fd_room; fi
rs_start --max-connections 16000 --header-timeout 5 --write-timeout 10 --idle-timeout 15 \
    --min-response-rate 240 --min-response-rate-window 5 --log-level warning

NORMAL_PATH="/v1/documents/iccpr/provisions/art_14"

# to_ms VALUE-WITH-UNIT (wrk: 850.00us, 1.23ms, 2.01s) → milliseconds
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# The server's count of connections reset for reading below the minimum rate.
slow_reader_resets() {
    curl -sf "http://127.0.0.1:$RS_PORT/metrics" | awk '$1 == "rightsapi_slow_readers_closed_total" {print $2 + 0; found = 1} END {if (!found) print 0}'
}

# attack MODE-NAME slowhttptest-args...
attack() {
    local name="$1"; shift
    local prefix="$RS_TMP/$name"
    rs_log "$name: slowhttptest $* (c=$CONNS, ${ATTACK}s)"
    local resets_before; resets_before=$(slow_reader_resets)
    slowhttptest "$@" -c "$CONNS" -r 250 -l "$ATTACK" -p 3 -g -o "$prefix" >"$prefix.out" 2>&1 &
    local attacker=$!
    rs_track "$attacker"
    sleep 8   # 1,000 connections at 250/s, plus margin
    local held rss_during; held=$(rs_established)
    wrk -t1 -c4 -d10s --timeout 2s --latency "http://127.0.0.1:$RS_PORT$NORMAL_PATH" >"$prefix.wrk" 2>&1 || true
    local p99 p50 n errors non2xx
    p50=$(awk '$1 == "50%" {print $2}' "$prefix.wrk"); p99=$(awk '$1 == "99%" {print $2}' "$prefix.wrk")
    n=$(awk '/requests in/ {print $1}' "$prefix.wrk")
    rss_during=$(rs_rss_kb)
    errors=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, ""); s=0; for (i = 1; i <= NF; i++) s += $i; print s}' "$prefix.wrk"); errors=${errors:-0}
    non2xx=$(awk -F': ' '/Non-2xx or 3xx/ {print $2}' "$prefix.wrk"); non2xx=${non2xx:-0}
    wait "$attacker" 2>/dev/null || true
    # slowhttptest's CSV: Seconds,Closed,Pending,Connected,Service Available
    local maxconn closed
    maxconn=$(awk -F, 'NR > 1 && $4 > m {m = $4} END {print m + 0}' "$prefix.csv" 2>/dev/null || echo "?")
    closed=$(awk -F, 'NR > 1 {c = $2} END {print c + 0}' "$prefix.csv" 2>/dev/null || echo "?")
    local left waited=0
    left=$(rs_established)
    while [ "$left" -gt 0 ] && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); left=$(rs_established); done
    local p99ms="n/a"; [ -n "$p99" ] && p99ms=$(to_ms "$p99")
    rs_figure "$name: attack connections held (ss / tool)" "$held / $maxconn"
    rs_figure "$name: closed by the server during attack" "$closed"
    if [[ "$name" == slow-read* ]]; then
        # The server resets a slow reader (SO_LINGER 0): slowhttptest sees a reset, not a close,
        # and opens a new connection, so its "closed" column stays 0. Count the server's resets.
        local resets=$(( $(slow_reader_resets) - resets_before ))
        rs_check "$name: slow readers reset by the server (minimum rate)" "$resets" ">= $((CONNS * 9 / 10))" "$([ "$resets" -ge $((CONNS * 9 / 10)) ]; echo $?)"
    fi
    rs_figure "$name: server RSS during attack (KiB)" "$rss_during"
    rs_figure "$name: normal client requests, p50" "${n:-0}, $(to_ms "${p50:-0}") ms"
    rs_check "$name: normal client p99 (ms)" "$p99ms" "< $P99_LIMIT_MS" "$([ -n "$p99" ] && rs_le "$p99ms" "$((P99_LIMIT_MS - 1)).999" && [ "${n:-0}" -gt 0 ]; echo $?)"
    rs_check "$name: normal client errors, non-2xx" "$errors, $non2xx" "0, 0" "$([ "$errors" -eq 0 ] && [ "$non2xx" -eq 0 ]; echo $?)"
    rs_check "$name: ESTABLISHED after attack (${waited}s)" "$left" "0" "$([ "$left" -eq 0 ]; echo $?)"
    rs_check "$name: server alive" "$(rs_alive && echo yes || echo no)" "yes" "$(rs_alive; echo $?)"
    rs_alive || { rs_report "slow clients"; exit 1; }
}

attack slowloris -H -i 2 -x 24 -u "http://127.0.0.1:$RS_PORT$NORMAL_PATH"
attack slow-body -B -i 2 -x 24 -s 65536 -u "http://127.0.0.1:$RS_PORT/v1/search"
attack slow-read -X -k 1 -n 2 -w 16 -y 64 -z 32 -u "http://127.0.0.1:$RS_PORT/v1/documents/iccpr/full"
# the same with 8 pipelined requests per connection: 8 responses of 239 KB wait for each slow reader
attack slow-read-pipelined -X -k 8 -n 2 -w 16 -y 64 -z 32 -u "http://127.0.0.1:$RS_PORT/v1/documents/iccpr/full"

rs_figure "server RSS after (KiB), peak, fds" "$(rs_rss_kb), $(rs_hwm_kb), $(rs_fds)"
rs_report "slow clients"

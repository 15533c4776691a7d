#!/usr/bin/env bash
# bench.sh - throughput and latency of the product's main endpoints under wrk, one server, one run.
#
# Builds `rights-api` in release if the binary is missing or older than the sources, starts it on a
# free loopback port (from the repo root, with absolute --data and --openapi, access log off), and
# runs wrk (keep-alive) against each endpoint in turn:
#
#   healthz      /healthz                                   cheapest route: the raw HTTP core's floor
#   unit         /v1/documents/iccpr/provisions/art_14      a unit by eId (precomputed body, a lookup)
#   alias        /v1/documents/iccpr/articles/14            friendly alias, same body
#   full         /v1/documents/iccpr/full                   the whole ICCPR
#   search       /v1/search?q=酷刑                           2-character CJK phrase query
#   resolve      /v1/resolve?cite=ICCPR art. 14(3)(g)        citation parser + lookup
#   unit-304     unit with If-None-Match: <its real ETag>   revalidation, no body
#   unit-gzip    unit with Accept-Encoding: gzip
#   full-gzip    full document with Accept-Encoding: gzip
#
# and prints one table: response bytes (identity and gzip, from curl's size_download), requests/s,
# p50, p99, non-2xx/3xx responses + socket errors, the ratio of each endpoint's req/s to /healthz's,
# and "other": CPU (in cores) used during that wrk run by anything except this server and wrk, plus
# steal. Runs above NOISE_WARN cores of other activity are flagged: the machine was busy; rerun.
#
# Usage:
#   scripts/bench.sh
#   CONNS=256 DUR=10 ROUNDS=3 scripts/bench.sh
#   ENDPOINTS="healthz unit search" scripts/bench.sh
#
# Environment (default in brackets):
#   CONNS [64]  wrk -c     DUR [8]  wrk -d seconds     THREADS [1]  wrk -t
#   ROUNDS [1]  interleaved rounds over all endpoints; the table shows medians (ratio of medians)
#   WARMUP [1]  seconds of unmeasured wrk per endpoint before the first round (0 = none)
#   PAUSE [1]   idle seconds between wrk runs
#   ENDPOINTS   subset/order of the names above [all]
#   NOISE_WARN [0.25]   cores of other activity above which a run is marked disturbed
#   PORT        fixed port instead of a free one       SERVE_ARGS   extra `serve` flags (e.g. --event-loops 2)
#   BIN         server binary [<repo>/.build/release/rights-api]; FORCE_BUILD=1 always runs swift build
#   OUT_DIR     raw wrk output, server log, results.tsv, summary.txt [/tmp/rights-bench-<time>]
#   QUIET_WAIT [0]  before starting, wait up to this many seconds until no other benchmark (the shared
#               compare.sh or any wrk) runs and the 1-min load average is below QUIET_LOAD [1.0];
#               0 = check once and warn. Two benchmarks at once on 2 cores measure nothing.
#
# Time bound: one round takes about (#endpoints x (DUR + PAUSE + 1)) s (~90 s at the defaults), plus a
# one-time WARMUP per endpoint. The server is stopped by PID on exit, error, Ctrl-C or SIGTERM.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNS=${CONNS:-64}
DUR=${DUR:-8}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-1}
WARMUP=${WARMUP:-1}
PAUSE=${PAUSE:-1}
NOISE_WARN=${NOISE_WARN:-0.25}
ENDPOINTS=${ENDPOINTS:-"healthz unit alias full search resolve unit-304 unit-gzip full-gzip"}
BIN=${BIN:-"$ROOT/.build/release/rights-api"}
SERVE_ARGS=${SERVE_ARGS:-}
OUT_DIR=${OUT_DIR:-/tmp/rights-bench-$(date +%Y%m%d-%H%M%S)}
QUIET_WAIT=${QUIET_WAIT:-0}
QUIET_LOAD=${QUIET_LOAD:-1.0}

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ------------------------------------------------------------------ endpoints
# name -> "path|extra header" (the header is filled in for unit-304 once the ETag is known)
declare -A EP_PATH=(
    [healthz]="/healthz"
    [unit]="/v1/documents/iccpr/provisions/art_14"
    [alias]="/v1/documents/iccpr/articles/14"
    [full]="/v1/documents/iccpr/full"
    [search]="/v1/search?q=%E9%85%B7%E5%88%91"
    [resolve]="/v1/resolve?cite=ICCPR%20art.%2014(3)(g)"
    [unit-304]="/v1/documents/iccpr/provisions/art_14"
    [unit-gzip]="/v1/documents/iccpr/provisions/art_14"
    [full-gzip]="/v1/documents/iccpr/full"
)
declare -A EP_HEADER=(
    [unit-gzip]="Accept-Encoding: gzip"
    [full-gzip]="Accept-Encoding: gzip"
)
for e in $ENDPOINTS; do [ -n "${EP_PATH[$e]:-}" ] || die "unknown endpoint '$e' in ENDPOINTS"; done

# ------------------------------------------------------------------ tools and build
ensure_tools() {
    local missing=()
    command -v wrk  >/dev/null || missing+=(wrk)
    command -v curl >/dev/null || missing+=(curl)
    if [ "${#missing[@]}" -gt 0 ]; then
        log "installing ${missing[*]} with apt-get"
        local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

build_if_needed() {
    if [ "${FORCE_BUILD:-0}" != 1 ] && [ -x "$BIN" ] &&
        [ -z "$(find "$ROOT/Package.swift" "$ROOT/Sources" -newer "$BIN" -print -quit)" ]; then
        return 0
    fi
    [ "$BIN" = "$ROOT/.build/release/rights-api" ] || die "$BIN is missing or stale (unset BIN to build)"
    log "building rights-api (release) ..."
    swift build -c release --package-path "$ROOT" --product rights-api >&2
}

# ------------------------------------------------------------------ a quiet machine
others_running() { pgrep -af 'bench/compare\.sh' || true; pgrep -ax wrk || true; }
load1() { cut -d' ' -f1 /proc/loadavg; }
wait_quiet() {
    local waited=0 busy
    while :; do
        busy=$(others_running)
        if [ -z "$busy" ] && awk -v l="$(load1)" -v m="$QUIET_LOAD" 'BEGIN { exit !(l < m) }'; then return 0; fi
        if [ "$waited" -ge "$QUIET_WAIT" ]; then
            log "warning: measuring on a busy machine (load $(load1))${busy:+; other benchmarks: $(echo "$busy" | head -n 3 | tr '\n' ' ')}"
            return 0
        fi
        log "waiting for a quiet machine (load $(load1))${busy:+; another benchmark runs}; ${waited}/${QUIET_WAIT} s"
        sleep 30; waited=$((waited + 30))
    done
}

# ------------------------------------------------------------------ server
SERVER_PID=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            log "warning: server PID $SERVER_PID ignored SIGTERM for 10 s, sending SIGKILL"
            kill -KILL "$SERVER_PID" 2>/dev/null || true
        fi
        log "stopped server PID $SERVER_PID"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
    local p _
    for _ in $(seq 200); do
        p=$((20000 + RANDOM % 20000))
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    die "no free port found"
}

start_server() {
    PORT=${PORT:-$(pick_port)}
    port_in_use "$PORT" && die "port $PORT is already in use"
    BASE="http://127.0.0.1:$PORT"
    # The binary itself is exec'd (no wrapper shell), so $! is the server's PID.
    # shellcheck disable=SC2086  # SERVE_ARGS is a list of flags
    (cd "$ROOT" && exec "$BIN" serve --host 127.0.0.1 --port "$PORT" --log-level warning \
        --data "$ROOT/Data" --openapi "$ROOT/openapi.yaml" $SERVE_ARGS) \
        >"$OUT_DIR/server.log" 2>&1 </dev/null &
    SERVER_PID=$!
    local _
    for _ in $(seq 300); do      # up to 30 s (loading Data/ and precomputing bodies)
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 20 "$OUT_DIR/server.log" >&2; die "server exited during startup"; }
        curl -sf -o /dev/null --max-time 1 "$BASE/healthz" && { log "server PID $SERVER_PID on $BASE"; return 0; }
        sleep 0.1
    done
    die "server did not answer $BASE/healthz within 30 s"
}

# ------------------------------------------------------------------ probes
header_args() { local h=${EP_HEADER[$1]:-}; [ -z "$h" ] || printf '%s\n' "-H" "$h"; }

# "status size" of one request to PATH with optional header (no decoding: gzip size is on-the-wire size)
probe() {
    local path=$1; shift
    curl -s -o /dev/null --max-time 10 -w '%{http_code} %{size_download}\n' "$@" "$BASE$path"
}

fetch_etag() {
    curl -s -D - -o /dev/null --max-time 10 "$BASE${EP_PATH[unit]}" |
        tr -d '\r' | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print; exit }'
}

# ------------------------------------------------------------------ noise accounting
HZ=$(getconf CLK_TCK)
NCPU=$(nproc)
sys_ticks()  { awk '/^cpu /{ print $2+$3+$4+$7+$8, $9 }' /proc/stat; }              # busy steal
proc_ticks() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12+$13 }'; } # utime+stime, all threads
# CPU seconds of this shell's finished children (wrk); `times` must run in this shell, hence the file.
# shellcheck disable=SC2016
TIMES_AWK='NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] } print t }'

# Parse wrk --latency output -> "rps p50_ms p99_ms errors"
parse_wrk() {
    awk '
    function ms(v) {
        if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
        if (v ~ /m$/)  return v * 60000; if (v ~ /s$/)  return v * 1000; return v + 0 }
    /^Requests\/sec:/           { rps = $2 }
    $1 == "50%"                 { p50 = ms($2) }
    $1 == "99%"                 { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { err += $NF }
    /Socket errors:/            { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%s %.3f %.3f %d\n", rps, p50, p99, err }' "$1"
}

# run_wrk NAME DURATION OUTFILE: sets rps p50 p99 err other
run_wrk() {
    local name=$1 dur=$2 out=$3 hdr=() b0 st0 b1 st1 s0 s1 c0 c1 t0 t1
    mapfile -t hdr < <(header_args "$name")
    read -r b0 st0 < <(sys_ticks); s0=$(proc_ticks "$SERVER_PID")
    times >"$TIMES_F"; c0=$(awk "$TIMES_AWK" "$TIMES_F"); t0=$(date +%s.%N)
    timeout $((dur + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${dur}s" --timeout 5s --latency "${hdr[@]}" \
        "$BASE${EP_PATH[$name]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed against $name"; }
    t1=$(date +%s.%N); times >"$TIMES_F"; c1=$(awk "$TIMES_AWK" "$TIMES_F")
    s1=$(proc_ticks "$SERVER_PID"); read -r b1 st1 < <(sys_ticks)
    kill -0 "$SERVER_PID" 2>/dev/null || die "server died during $name (log: $OUT_DIR/server.log)"
    other=$(awk -v b="$((b1 - b0))" -v st="$((st1 - st0))" -v srv="$((s1 - s0))" -v hz="$HZ" \
        -v c="$c0" -v C="$c1" -v t="$t0" -v T="$t1" \
        'BEGIN { o = (b - srv) / hz - (C - c); if (o < 0) o = 0; printf "%.2f", (o + st / hz) / (T - t) }')
    read -r rps p50 p99 err < <(parse_wrk "$out")
    [ -n "$rps" ] || die "could not parse $out"
}

# ------------------------------------------------------------------ main
mkdir -p "$OUT_DIR"
TIMES_F="$OUT_DIR/.times"
ensure_tools
build_if_needed
wait_quiet
[ -d "$ROOT/Data" ] || die "no Data/ in $ROOT"
start_server

ETAG=$(fetch_etag)
[ -n "$ETAG" ] || die "the unit ${EP_PATH[unit]} sent no ETag"
EP_HEADER[unit-304]="If-None-Match: $ETAG"

SUMMARY="$OUT_DIR/summary.txt"
{
    echo "== bench.sh  $(date -u +%Y-%m-%dT%H:%M:%SZ)  $(hostname)  $NCPU cores  load avg $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "   $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')  $BIN  $SERVE_ARGS"
    echo "   wrk -t$THREADS -c$CONNS -d${DUR}s --latency, $ROUNDS round(s), warmup ${WARMUP}s; unit ETag $ETAG"
    echo "   raw output: $OUT_DIR"
    echo "-- probes (one curl each; bytes = size_download as sent, gzip = with Accept-Encoding: gzip)"
} | tee "$SUMMARY"

declare -A STATUS=() BYTES=() GZBYTES=()
for e in $ENDPOINTS; do
    mapfile -t hdr < <(header_args "$e")
    read -r STATUS[$e] BYTES[$e] < <(probe "${EP_PATH[$e]}" "${hdr[@]}")
    read -r _ GZBYTES[$e] < <(probe "${EP_PATH[$e]}" -H "Accept-Encoding: gzip")
    [ "$e" = unit-304 ] && GZBYTES[$e]=0
    printf '  %-10s HTTP %s  %8s bytes  gzip %7s  %s%s\n' "$e" "${STATUS[$e]}" "${BYTES[$e]}" "${GZBYTES[$e]}" \
        "${EP_PATH[$e]}" "${EP_HEADER[$e]:+  [${EP_HEADER[$e]}]}" | tee -a "$SUMMARY"
done
[ "${STATUS[unit-304]:-304}" = 304 ] || log "warning: revalidation answered ${STATUS[unit-304]}, not 304"

if [ "$WARMUP" != 0 ]; then
    for e in $ENDPOINTS; do run_wrk "$e" "$WARMUP" "$OUT_DIR/warmup-$e.txt"; done
fi

RESULTS="$OUT_DIR/results.tsv"
printf 'endpoint\tround\trps\tp50_ms\tp99_ms\terrors\tother_cores\n' >"$RESULTS"
echo "-- runs" | tee -a "$SUMMARY"
for r in $(seq "$ROUNDS"); do
    for e in $ENDPOINTS; do
        sleep "$PAUSE"
        run_wrk "$e" "$DUR" "$OUT_DIR/wrk-$e-r$r.txt"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$e" "$r" "$rps" "$p50" "$p99" "$err" "$other" >>"$RESULTS"
        flag=""; awk -v o="$other" -v w="$NOISE_WARN" 'BEGIN { exit !(o > w) }' && flag="  <- disturbed"
        printf '  round %d/%d  %-10s %9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  errors %-5s other %.2f cores%s\n' \
            "$r" "$ROUNDS" "$e" "$rps" "$p50" "$p99" "$err" "$other" "$flag" | tee -a "$SUMMARY"
    done
done

RSS_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")

# Table: medians per endpoint; "vs healthz" = median req/s / median req/s of /healthz.
{
    echo "-- summary: medians over $ROUNDS round(s), wrk -t$THREADS -c$CONNS -d${DUR}s; server peak RSS $((RSS_KB / 1024)) MiB"
    for e in $ENDPOINTS; do
        awk -F'\t' -v e="$e" '
            function median(a, n,   i, j, t) {
                for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j+1] = a[j]; a[j+1] = t }
                return (n % 2) ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2 }
            $1 == e { n++; r[n] = $3; p5[n] = $4; p9[n] = $5; err += $6; if ($7 > mo) mo = $7 }
            END { printf "%s\t%.0f\t%.3f\t%.3f\t%d\t%.2f\n", e, median(r, n), median(p5, n), median(p9, n), err, mo }' "$RESULTS"
    done >"$OUT_DIR/medians.tsv"
    printf '%-10s %6s %9s %8s %10s %9s %9s %9s %10s %7s\n' \
        endpoint status bytes gzip req/s "p50 ms" "p99 ms" non-2xx "vs healthz" other
    base=$(awk -F'\t' '$1 == "healthz" { print $2 }' "$OUT_DIR/medians.tsv")
    while IFS=$'\t' read -r e rps p50 p99 err mo; do
        ratio="-"; [ -n "$base" ] && ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN { printf "%.2fx", a / b }')
        printf '%-10s %6s %9s %8s %10s %9s %9s %9s %10s %7s\n' \
            "$e" "${STATUS[$e]}" "${BYTES[$e]}" "${GZBYTES[$e]}" "$rps" "$p50" "$p99" "$err" "$ratio" "$mo"
    done <"$OUT_DIR/medians.tsv"
    echo "(bytes: body as sent for that row's request; gzip: body with Accept-Encoding: gzip; non-2xx = wrk's"
    echo " non-2xx/3xx responses + socket errors; other = most CPU in cores used by other processes + steal in any run)"
    n=$(awk -F'\t' -v w="$NOISE_WARN" 'NR > 1 && $7 > w { n++ } END { print n + 0 }' "$RESULTS")
    [ "$n" -eq 0 ] || echo "WARNING: $n run(s) had more than $NOISE_WARN cores of other activity: disturbed, rerun when quiet"
} | tee -a "$SUMMARY"

# shellcheck shell=bash
# Shared helpers for the hardening scripts (soak, slow-clients, flood, fd-exhaustion, tls-scan,
# shutdown-under-load): build and start the release server on 127.0.0.1, sample its RSS, fds and
# CPU, and stop everything a script started, by PID, on exit, error, Ctrl-C or SIGTERM.
#
# Source it:  . "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"
#
# Environment:
#   SKIP_BUILD=1      use the existing .build/release/rights-api without running `swift build`
#   RS_BINARY=path    the server binary (default .build/release/rights-api)
#   RS_SERVER_CMD=... run this instead of the server ({port} is replaced); for checking a script's
#                     mechanics against another server
#   RS_KEEP_TMP=1     keep the run directory (logs) after exit

RS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RS_BINARY="${RS_BINARY:-$RS_ROOT/.build/release/rights-api}"
RS_TMP="$(mktemp -d "/tmp/rights-api-$(basename "${0%.sh}")-XXXXXX")"
RS_PIDS=()        # every background process a script started (server, load generators, attackers)
RS_PID=""         # the server
RS_PORT=""
RS_LOG=""
RS_FAILURES=0
RS_ROWS=()

rs_log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# Remembers a background process so rs_cleanup stops it.
rs_track() { RS_PIDS+=("$1"); }

# Stops every tracked process (TERM, then KILL after 5 s), newest first.
rs_cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local i pid
    for ((i = ${#RS_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${RS_PIDS[$i]}"
        kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null
    done
    for ((i = ${#RS_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${RS_PIDS[$i]}"
        local waited=0
        while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 50 ]; do sleep 0.1; waited=$((waited + 1)); done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    done
    if [ -z "${RS_KEEP_TMP:-}" ] && [ "$status" -eq 0 ]; then rm -rf "$RS_TMP"; else echo "logs kept in $RS_TMP" >&2; fi
    exit "$status"
}
trap rs_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rs_require() {
    local cmd="$1" package="${2:-$1}"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    rs_log "installing $package (for $cmd)"
    local sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null 2>&1 ||
        { $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
    command -v "$cmd" >/dev/null 2>&1 || { echo "cannot install $package" >&2; exit 2; }
}

# Builds the release server unless SKIP_BUILD=1 or RS_SERVER_CMD is set.
rs_build() {
    [ -n "${RS_SERVER_CMD:-}" ] && return 0
    if [ -z "${SKIP_BUILD:-}" ]; then
        rs_log "swift build -c release --product rights-api"
        (cd "$RS_ROOT" && swift build -c release --product rights-api >"$RS_TMP/build.log" 2>&1) ||
            { tail -30 "$RS_TMP/build.log" >&2; echo "release build failed" >&2; exit 2; }
    fi
    [ -x "$RS_BINARY" ] || { echo "no server binary at $RS_BINARY" >&2; exit 2; }
}

# Prints a free TCP port on 127.0.0.1.
rs_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# rs_start [serve options...]: starts the server on a free port (RS_PORT) with the bundled Data,
# logging to $RS_LOG, and waits until /healthz answers (or the port accepts, for TLS: set
# RS_SCHEME=https). Honour `ulimit -n` set by the caller before calling.
rs_start() {
    RS_PORT="${RS_PORT_WANTED:-$(rs_free_port)}"
    RS_LOG="$RS_TMP/server-$RS_PORT.log"
    if [ -n "${RS_SERVER_CMD:-}" ]; then
        (cd "$RS_ROOT" && exec ${RS_SERVER_CMD//\{port\}/$RS_PORT}) >"$RS_LOG" 2>&1 &
    else
        (cd "$RS_ROOT" && exec "$RS_BINARY" serve --host 127.0.0.1 --port "$RS_PORT" --data Data "$@") >"$RS_LOG" 2>&1 &
    fi
    RS_PID=$!
    rs_track "$RS_PID"
    local scheme="${RS_SCHEME:-http}" i
    for i in $(seq 1 300); do
        if ! kill -0 "$RS_PID" 2>/dev/null; then
            echo "server exited during startup:" >&2; tail -20 "$RS_LOG" >&2; exit 2
        fi
        if curl -sk -o /dev/null --max-time 1 "$scheme://127.0.0.1:$RS_PORT/healthz"; then
            rs_log "server pid $RS_PID listening on $scheme://127.0.0.1:$RS_PORT"
            return 0
        fi
        sleep 0.1
    done
    echo "server did not answer /healthz within 30 s" >&2; tail -20 "$RS_LOG" >&2; exit 2
}

# rs_stop [grace seconds]: SIGTERM the server, wait for it; prints its exit status.
rs_stop() {
    local grace="${1:-15}" waited=0
    [ -n "$RS_PID" ] || return 0
    kill -TERM "$RS_PID" 2>/dev/null || true
    while kill -0 "$RS_PID" 2>/dev/null && [ "$waited" -lt $((grace * 10)) ]; do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$RS_PID" 2>/dev/null; then
        kill -KILL "$RS_PID" 2>/dev/null; wait "$RS_PID" 2>/dev/null; echo "killed"
    else
        local rc=0; wait "$RS_PID" 2>/dev/null || rc=$?; echo "$rc"
    fi
    RS_PID=""
}

rs_alive() { [ -n "$RS_PID" ] && kill -0 "$RS_PID" 2>/dev/null; }
# Resident set size in KiB (VmRSS) and its peak (VmHWM).
rs_rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/${1:-$RS_PID}/status"; }
rs_hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/${1:-$RS_PID}/status"; }
rs_threads() { awk '/^Threads:/ {print $2}' "/proc/${1:-$RS_PID}/status"; }
# Open file descriptors of a process.
rs_fds() { ls "/proc/${1:-$RS_PID}/fd" | wc -l; }
# utime+stime in clock ticks.
rs_cpu_ticks() { awk '{print $14 + $15}' "/proc/${1:-$RS_PID}/stat"; }
# rs_cpu_percent SECONDS [pid]: CPU use of the process over the interval (100 = one core).
rs_cpu_percent() {
    local seconds="$1" pid="${2:-$RS_PID}" hz a b
    hz=$(getconf CLK_TCK)
    a=$(rs_cpu_ticks "$pid"); sleep "$seconds"; b=$(rs_cpu_ticks "$pid")
    awk -v a="$a" -v b="$b" -v hz="$hz" -v s="$seconds" 'BEGIN { printf "%.1f", (b - a) * 100 / hz / s }'
}
# ESTABLISHED TCP connections whose server side is the port.
rs_established() { ss -Htn state established "( sport = :${1:-$RS_PORT} )" | wc -l; }

# rs_check NAME MEASURED REQUIRED OK: records one row of the result table; OK is 0 for pass.
rs_check() {
    local name="$1" value="$2" limit="$3" ok="$4" verdict="PASS"
    if [ "$ok" != "0" ]; then verdict="FAIL"; RS_FAILURES=$((RS_FAILURES + 1)); fi
    RS_ROWS+=("$(printf '%-50s %-24s %-14s %s' "$name" "$value" "$limit" "$verdict")")
}
# rs_figure NAME VALUE: a measured figure without a pass/fail condition.
rs_figure() { RS_ROWS+=("$(printf '%-50s %-24s %-14s %s' "$1" "$2" "" "")"); }

# Prints the table and the verdict; returns non-zero on any failed check.
rs_report() {
    local title="$1"
    echo
    echo "== $title =="
    printf '%-50s %-24s %-14s %s\n' "check" "measured" "required" "result"
    printf '%s\n' "${RS_ROWS[@]}"
    echo
    if [ "$RS_FAILURES" -eq 0 ]; then echo "$title: PASS"; return 0; fi
    echo "$title: FAIL ($RS_FAILURES failed checks)"; return 1
}

# Floating-point comparison helper: rs_le A B → exit 0 when A <= B.
rs_le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }

# rs_write_holder: writes $RS_TMP/holder.py, a client that opens and holds many connections.
#   python3 holder.py PORT COUNT MODE STATUS-FILE RELEASE-FILE [OPEN-DEADLINE-S] [RESPONSE-DEADLINE-S]
#   MODE: request (send GET /healthz on each and read the answer, then hold it idle) or connect.
# It writes one JSON line to STATUS-FILE when the connections are held, holds them until
# RELEASE-FILE exists, counts the ones the server closed meanwhile, closes all and writes a
# second line.
rs_write_holder() {
    cat >"$RS_TMP/holder.py" <<'PY'
import errno, json, os, selectors, socket, sys, time

port, count, mode, status_file, release_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
open_deadline = float(sys.argv[6]) if len(sys.argv) > 6 else 60.0
response_deadline = float(sys.argv[7]) if len(sys.argv) > 7 else 30.0
REQUEST = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
sel = selectors.DefaultSelector()
socks, connected, failed, pending = [], set(), 0, set()
t0 = time.monotonic()

def status(**extra):
    with open(status_file, "a") as f:
        f.write(json.dumps(extra) + "\n")

# 1. connect in batches so the listen backlog is not the bottleneck being measured
batch = 500
deadline = t0 + open_deadline
i = 0
while i < count and time.monotonic() < deadline:
    for _ in range(min(batch, count - i)):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        rc = s.connect_ex(("127.0.0.1", port))
        socks.append(s); i += 1
        if rc in (0,):
            connected.add(s)
        elif rc in (errno.EINPROGRESS, errno.EAGAIN):
            pending.add(s); sel.register(s, selectors.EVENT_WRITE)
        else:
            failed += 1; s.close()
    # wait for this batch (bounded), then go on
    batch_deadline = min(deadline, time.monotonic() + 5)
    while pending and time.monotonic() < batch_deadline:
        for key, _ in sel.select(timeout=0.2):
            s = key.fileobj; sel.unregister(s); pending.discard(s)
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err == 0: connected.add(s)
            else: failed += 1; s.close()
open_seconds = time.monotonic() - t0

# 2. one request per connection, read each answer (Content-Length framed)
ok = bad = 0
if mode == "request":
    bufs = {}
    for s in list(connected):
        try:
            s.send(REQUEST); bufs[s] = b""; sel.register(s, selectors.EVENT_READ)
        except OSError:
            connected.discard(s); failed += 1
    rdeadline = time.monotonic() + response_deadline
    while bufs and time.monotonic() < rdeadline:
        for key, _ in sel.select(timeout=0.2):
            s = key.fileobj
            try: data = s.recv(65536)
            except BlockingIOError: continue
            except OSError: data = b""
            if not data:
                sel.unregister(s); bufs.pop(s, None); bad += 1; continue
            bufs[s] += data
            head, sep, body = bufs[s].partition(b"\r\n\r\n")
            if sep:
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    n, _, v = line.partition(b":")
                    if n.strip().lower() == b"content-length": length = int(v)
                if len(body) >= length:
                    code = int(head.split()[1])
                    ok += 1 if 200 <= code < 300 else 0; bad += 0 if 200 <= code < 300 else 1
                    sel.unregister(s); bufs.pop(s)
    unanswered = len(bufs)
    for s in bufs: sel.unregister(s)
else:
    unanswered = 0
status(phase="held", attempted=i, connected=len(connected), failed=failed, pending=len(pending),
       open_seconds=round(open_seconds, 2), ok=ok, bad=bad, unanswered=unanswered,
       response_seconds=round(time.monotonic() - t0 - open_seconds, 2))

# 3. hold until released; then count connections the server closed, close everything
while not os.path.exists(release_file):
    time.sleep(0.2)
closed_by_server = 0
for s in connected:
    try:
        if s.recv(1, socket.MSG_PEEK) == b"": closed_by_server += 1
    except BlockingIOError: pass
    except OSError: closed_by_server += 1
for s in socks:
    try: s.close()
    except OSError: pass
status(phase="released", closed_by_server=closed_by_server)
PY
}

# rs_json FILE LINE-NO KEY: a field of the holder's status file.
rs_json() { sed -n "${2}p" "$1" | python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$3"; }

#!/usr/bin/env bash
# Live data reload under load (issue 12): a copy of Data/ is served with --pid-file; while
# keep-alive clients request mixed endpoints, the data is reloaded RELOADS times (default 20):
# half with unchanged files (every ETag must stay the same), half alternating with a copy whose
# thematic-links.json has one rationale changed (ETags change exactly for the representations
# whose bytes changed). One extra reload with a broken file must keep the old data and report
# the failure on /readyz and /metrics. Every response is checked: status 200, complete body of
# Content-Length bytes, and an ETag that always names the same bytes (no torn responses).
#
#   bash scripts/reload-under-load.sh              # SKIP_BUILD=1 to reuse .build/release
#   RELOADS=4 CLIENTS=2 bash scripts/reload-under-load.sh   # smoke test
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

RELOADS="${RELOADS:-20}"
CLIENTS="${CLIENTS:-8}"

rs_build
DATA="$RS_TMP/data"
mkdir -p "$DATA"
cp "$RS_ROOT"/Data/*.json "$DATA/"
ln -s "$RS_ROOT/Data/sources" "$DATA/sources"   # the loader checks the raw sources too
cp "$DATA/thematic-links.json" "$RS_TMP/links-original.json"
python3 - "$RS_TMP/links-original.json" "$RS_TMP/links-changed.json" <<'PY'
import json, sys
links = json.load(open(sys.argv[1]))
items = links["links"] if isinstance(links, dict) and "links" in links else links
first = items[0] if isinstance(items, list) else None
assert isinstance(first, dict) and "rationale" in first, "thematic-links.json: expected a list of links with a rationale"
first["rationale"] += " (reload test)"
text = json.dumps(links, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
open(sys.argv[2], "w").write(text)
PY

RS_PORT="$(rs_free_port)"
RS_LOG="$RS_TMP/server.log"
PIDFILE="$RS_TMP/server.pid"
(cd "$RS_ROOT" && exec "$RS_BINARY" serve --host 127.0.0.1 --port "$RS_PORT" --data "$DATA" \
    --pid-file "$PIDFILE" --log-level notice) >"$RS_LOG" 2>&1 &
RS_PID=$!
rs_track "$RS_PID"
for _ in $(seq 1 300); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$RS_PORT/healthz" && break
    kill -0 "$RS_PID" 2>/dev/null || { tail -20 "$RS_LOG" >&2; exit 2; }
    sleep 0.1
done
rs_log "server pid $RS_PID on port $RS_PORT, data copy in $DATA"

# One reload: swap the links file in (atomically), signal through the pid file, wait for the
# reload count on /metrics to move.
reload_count() { curl -s "http://127.0.0.1:$RS_PORT/metrics" | awk '/^rightsapi_data_reloads_total/ {n += $2} END {print n + 0}'; }
reload_with() {
    local file="$1" before
    before=$(reload_count)
    cp "$file" "$DATA/.links.tmp" && mv "$DATA/.links.tmp" "$DATA/thematic-links.json"
    "$RS_BINARY" reload --pid-file "$PIDFILE" >/dev/null
    for _ in $(seq 1 600); do [ "$(reload_count)" -gt "$before" ] && return 0; sleep 0.05; done
    echo "reload did not finish" >&2; return 1
}

PATHS="/v1/documents /v1/documents/iccpr /v1/documents/iccpr/full /v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7 /v1/documents/iccpr/articles/7 /v1/documents/a-res-62-148/operative/10 /v1/cross-references?type=thematic /v1/search?q=%E9%85%B7%E5%88%91 /v1/resolve?cite=ICCPR%20art.%2014(3)(g) /v1/documents/a-res-62-148/footnotes/1"

# Snapshot of every path's ETag and body hash.
snapshot() {
    python3 - "$RS_PORT" "$1" $PATHS <<'PY'
import hashlib, http.client, json, sys
port, out, paths = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
snap = {}
for p in paths:
    c.request("GET", p); r = c.getresponse(); b = r.read()
    snap[p] = [r.getheader("ETag"), hashlib.sha256(b).hexdigest()]
json.dump(snap, open(out, "w"))
PY
}

cat >"$RS_TMP/load.py" <<'PY'
import hashlib, http.client, json, os, random, sys, threading, time
port, clients, stop_file, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
paths = sys.argv[5:]
lock = threading.Lock()
totals = {"ok": 0, "failed": 0, "torn": 0, "etag_conflicts": 0}
etag_bodies = {}
errors = []
def worker(seed):
    rnd = random.Random(seed)
    conn = None
    while not os.path.exists(stop_file):
        try:
            if conn is None: conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            p = rnd.choice(paths)
            conn.request("GET", p)
            r = conn.getresponse(); body = r.read()
            length = r.getheader("Content-Length")
            with lock:
                if r.status != 200:
                    totals["failed"] += 1; errors.append(f"{p}: {r.status}")
                elif length is None or int(length) != len(body):
                    totals["torn"] += 1; errors.append(f"{p}: {len(body)} of {length}")
                else:
                    totals["ok"] += 1
                    etag, digest = r.getheader("ETag"), hashlib.sha256(body).hexdigest()
                    if etag:
                        seen = etag_bodies.setdefault((p, etag), digest)
                        if seen != digest:
                            totals["etag_conflicts"] += 1; errors.append(f"{p}: ETag {etag} named two bodies")
            if r.getheader("Connection", "").lower() == "close": conn.close(); conn = None
        except Exception as e:
            with lock: totals["failed"] += 1; errors.append(f"exception: {e!r}")
            conn = None
threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
totals["errors"] = errors[:10]
json.dump(totals, open(out, "w"))
PY

snapshot "$RS_TMP/snap-original.json"
STOP="$RS_TMP/stop"
python3 "$RS_TMP/load.py" "$RS_PORT" "$CLIENTS" "$STOP" "$RS_TMP/load.json" $PATHS &
LOAD_PID=$!
rs_track "$LOAD_PID"
sleep 1
rs_log "reloading $RELOADS times under load ($CLIENTS keep-alive clients)"
started=$(date +%s.%N)
for i in $(seq 1 "$RELOADS"); do
    if [ $((i % 2)) -eq 1 ]; then reload_with "$RS_TMP/links-original.json"; else reload_with "$RS_TMP/links-changed.json"; fi
done
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
# End on the changed data, then compare every path with the original snapshot.
reload_with "$RS_TMP/links-changed.json"
snapshot "$RS_TMP/snap-changed.json"
reload_with "$RS_TMP/links-original.json"
snapshot "$RS_TMP/snap-back.json"

# A broken file: the old data stays.
version_before=$(curl -s "http://127.0.0.1:$RS_PORT/readyz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["version"])')
echo '{"broken": ' >"$RS_TMP/links-broken.json"
reload_with "$RS_TMP/links-broken.json"
readyz_after=$(curl -s "http://127.0.0.1:$RS_PORT/readyz")
metrics_after=$(curl -s "http://127.0.0.1:$RS_PORT/metrics")
unit_status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$RS_PORT/v1/documents/iccpr/articles/7")
cp "$RS_TMP/links-original.json" "$DATA/thematic-links.json"

touch "$STOP"
wait "$LOAD_PID" || true

read -r ok failed torn conflicts < <(python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print(t["ok"], t["failed"], t["torn"], t["etag_conflicts"])' "$RS_TMP/load.json")
python3 -c 'import json,sys; [print("  client error:", e) for e in json.load(open(sys.argv[1]))["errors"]]' "$RS_TMP/load.json" >&2
read -r changed_paths etag_mismatch same_back < <(python3 - "$RS_TMP/snap-original.json" "$RS_TMP/snap-changed.json" "$RS_TMP/snap-back.json" <<'PY'
import json, sys
a, b, c = (json.load(open(p)) for p in sys.argv[1:])
changed = [p for p in a if a[p][1] != b[p][1]]
# ETag changed exactly where the bytes changed.
mismatch = [p for p in a if (a[p][0] != b[p][0]) != (a[p][1] != b[p][1])]
back = all(a[p] == c[p] for p in a)
print(len(changed), len(mismatch), "yes" if back else "no")
PY
)
failed_outcome=$(printf '%s' "$readyz_after" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["lastReload"]["outcome"], d["version"])')

rs_figure "reloads under load / seconds" "$RELOADS / $elapsed"
rs_check "responses complete and 200" "$ok ok" "all" "$([ "$failed" -eq 0 ] && [ "$torn" -eq 0 ] && [ "$ok" -gt 0 ] && echo 0 || echo 1)"
rs_check "failed / torn responses" "$failed / $torn" "0 / 0" "$([ "$failed" -eq 0 ] && [ "$torn" -eq 0 ] && echo 0 || echo 1)"
rs_check "an ETag naming two different bodies" "$conflicts" "0" "$([ "$conflicts" -eq 0 ] && echo 0 || echo 1)"
rs_check "paths whose bytes changed (of $(echo $PATHS | wc -w))" "$changed_paths" ">= 1" "$([ "$changed_paths" -ge 1 ] && echo 0 || echo 1)"
rs_check "ETag changed but bytes not, or the reverse" "$etag_mismatch" "0" "$([ "$etag_mismatch" -eq 0 ] && echo 0 || echo 1)"
rs_check "original data again: same ETags and bytes" "$same_back" "yes" "$([ "$same_back" = yes ] && echo 0 || echo 1)"
rs_check "broken data: readyz outcome, version kept" "$failed_outcome" "failure $version_before" "$([ "$failed_outcome" = "failure $version_before" ] && echo 0 || echo 1)"
rs_check "broken data: metrics last_reload_success" "$(printf '%s\n' "$metrics_after" | awk '/^rightsapi_data_last_reload_success/ {print $2}')" "0" "$(printf '%s\n' "$metrics_after" | grep -q '^rightsapi_data_last_reload_success 0' && echo 0 || echo 1)"
rs_check "broken data: old data still served" "$unit_status" "200" "$([ "$unit_status" = 200 ] && echo 0 || echo 1)"
rs_check "server log names the failure" "$(grep -c 'reload failed' "$RS_LOG")" ">= 1" "$(grep -q 'reload failed' "$RS_LOG" && echo 0 || echo 1)"
rs_report "Live data reload under load"

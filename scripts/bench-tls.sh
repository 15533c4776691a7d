#!/usr/bin/env bash
# HTTPS throughput and latency: our server with one event loop against nginx with one worker,
# serving the very same bytes over TLS with the same certificate (a throw-away ECDSA P-256 one),
# both pinned to CPU 0 and wrk pinned to CPU 1 (PIN=1, default). For each connection count
# (CONNS_LIST, default "64 256") the servers alternate for ROUNDS rounds of DUR seconds; the
# median req/s and p99 of each are printed with the ratio ours / nginx. Targets (issue 12):
# req/s >= 1.1x nginx and p99 no worse than nginx's.
#
# Take figures on a quiet machine only. Plain HTTP: ../shared/bench/compare.sh (see
# scripts/bench-compare.sh).
#
#   bash scripts/bench-tls.sh                      # SKIP_BUILD=1 to reuse .build/release
#   DUR=2 ROUNDS=1 CONNS_LIST=64 bash scripts/bench-tls.sh   # smoke test
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib-server.sh"

BENCH_PATH="${BENCH_PATH:-/v1/documents/iccpr/articles/14}"
CONNS_LIST="${CONNS_LIST:-64 256}"
ROUNDS="${ROUNDS:-3}"
DUR="${DUR:-10}"
WARMUP="${WARMUP:-2}"
PIN="${PIN:-1}"
server_cpu=(); client_cpu=()
if [ "$PIN" = 1 ]; then server_cpu=(taskset -c 0); client_cpu=(taskset -c 1); fi

rs_require wrk
rs_require nginx
rs_require openssl
rs_build

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$RS_TMP/key.pem" -out "$RS_TMP/cert.pem" 2>/dev/null

# Ours: one event loop, pinned.
OURS_PORT="$(rs_free_port)"
(cd "$RS_ROOT" && exec "${server_cpu[@]}" "$RS_BINARY" serve --host 127.0.0.1 --port "$OURS_PORT" --event-loops 1 \
    --tls-cert "$RS_TMP/cert.pem" --tls-key "$RS_TMP/key.pem" --log-level warning) >"$RS_TMP/ours.log" 2>&1 &
OURS_PID=$!
rs_track "$OURS_PID"
for _ in $(seq 1 300); do curl -sk -o /dev/null --max-time 1 "https://127.0.0.1:$OURS_PORT/healthz" && break; sleep 0.1; done

# nginx serves our body for the same path, byte for byte.
mkdir -p "$RS_TMP/nginx"
curl -sk "https://127.0.0.1:$OURS_PORT$BENCH_PATH" -o "$RS_TMP/payload.json"
NGINX_PORT="$(rs_free_port)"
cat >"$RS_TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $RS_TMP/nginx/nginx.pid;
error_log $RS_TMP/nginx/error.log warn;
events { worker_connections 4096; multi_accept on; }
http {
    access_log off;
    server_tokens off;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_timeout 65s;
    keepalive_requests 10000000;
    open_file_cache max=16 inactive=60s;
    open_file_cache_valid 60s;
    client_body_temp_path $RS_TMP/nginx/client_body;
    proxy_temp_path $RS_TMP/nginx/proxy;
    fastcgi_temp_path $RS_TMP/nginx/fastcgi;
    uwsgi_temp_path $RS_TMP/nginx/uwsgi;
    scgi_temp_path $RS_TMP/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT ssl;
        ssl_certificate $RS_TMP/cert.pem;
        ssl_certificate_key $RS_TMP/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_session_cache shared:SSL:1m;
        location = $BENCH_PATH {
            types { }
            default_type "application/json; charset=utf-8";
            alias $RS_TMP/payload.json;
        }
        location / { return 404; }
    }
}
CONF
user=(); [ "$(id -u)" -eq 0 ] && user=(-g "user root;")
"${server_cpu[@]}" nginx -p "$RS_TMP/nginx" -c "$RS_TMP/nginx/nginx.conf" -e "$RS_TMP/nginx/error.log" "${user[@]}" &
NGINX_PID=$!
rs_track "$NGINX_PID"
for _ in $(seq 1 100); do curl -sk -o /dev/null --max-time 1 "https://127.0.0.1:$NGINX_PORT$BENCH_PATH" && break; sleep 0.1; done
cmp -s <(curl -sk "https://127.0.0.1:$NGINX_PORT$BENCH_PATH") "$RS_TMP/payload.json" ||
    { echo "nginx does not serve the same bytes" >&2; exit 1; }
rs_log "ours pid $OURS_PID :$OURS_PORT, nginx pid $NGINX_PID :$NGINX_PORT, $(wc -c <"$RS_TMP/payload.json") bytes at $BENCH_PATH, pinned=$PIN"

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
# run NAME PORT CONNS → appends "name conns rps p99ms errors" to results
run() {
    local name="$1" port="$2" conns="$3" out="$RS_TMP/$1-$3-$RANDOM.wrk"
    [ "$WARMUP" -gt 0 ] && "${client_cpu[@]}" wrk -t1 -c"$conns" -d"${WARMUP}s" "https://127.0.0.1:$port$BENCH_PATH" >/dev/null 2>&1
    "${client_cpu[@]}" wrk -t1 -c"$conns" -d"${DUR}s" --timeout 5s --latency "https://127.0.0.1:$port$BENCH_PATH" >"$out" 2>&1 || true
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    errors=$(awk '/Socket errors/ {gsub(/[^0-9 ]/, ""); s=0; for (i = 1; i <= NF; i++) s += $i; print s} /Non-2xx/ {print $NF}' "$out" | awk '{s += $1} END {print s + 0}')
    echo "$name $conns ${rps:-0} $(to_ms "${p99:-0}") $errors" >>"$RS_TMP/results"
    sleep 1
}
: >"$RS_TMP/results"
for conns in $CONNS_LIST; do
    for round in $(seq 1 "$ROUNDS"); do
        rs_log "round $round/$ROUNDS, $conns connections"
        run ours "$OURS_PORT" "$conns"
        run nginx "$NGINX_PORT" "$conns"
    done
done

echo
echo "== HTTPS, one core each (ours --event-loops 1, nginx worker_processes 1), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg) =="
echo "   $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2), $(nginx -v 2>&1), $(openssl version), ${DUR}s x $ROUNDS rounds, path $BENCH_PATH ($(wc -c <"$RS_TMP/payload.json") B)"
printf '%-6s %-7s %12s %10s %8s %12s %12s\n' conns server "req/s (med)" "p99 ms" errors "vs nginx" "p99 vs nginx"
for conns in $CONNS_LIST; do
    awk -v c="$conns" '
        function median(list,   n, a, i, j, t) { n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
        $2 == c { rps[$1] = rps[$1] " " $3; p99[$1] = p99[$1] " " $4; err[$1] += $5 }
        END {
            ro = median(rps["ours"]); rn = median(rps["nginx"]); po = median(p99["ours"]); pn = median(p99["nginx"])
            printf "%-6s %-7s %12.0f %10.3f %8d %12s %12s\n", c, "ours", ro, po, err["ours"], (rn > 0 ? sprintf("%.2fx", ro / rn) : "-"), (pn > 0 ? sprintf("%.2fx", po / pn) : "-")
            printf "%-6s %-7s %12.0f %10.3f %8d\n", c, "nginx", rn, pn, err["nginx"]
        }' "$RS_TMP/results"
done
echo "(raw wrk output in $RS_TMP when RS_KEEP_TMP=1)"

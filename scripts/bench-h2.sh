#!/usr/bin/env bash
# HTTP/2 throughput against nginx, over TLS (issue 10's target: at least 1.0x nginx's requests/s).
#
#   h2load -c 16 -m 10 (16 connections x 10 concurrent streams) for DURATION seconds on
#   GET /v1/documents/iccpr/articles/14 against
#     - rights-api, 1 event loop, --tls-cert/--tls-key (ALPN h2);
#     - nginx, 1 worker, `listen ... ssl http2`, the same certificate, serving the same bytes
#       (the body is fetched from rights-api first and served by nginx as a static file with the
#       same Content-Type);
#   servers pinned to CPU 0 and h2load to CPU 1 (taskset), rounds interleaved (ours, nginx, ...).
# Prints each round's req/s, the medians and the ratio ours/nginx. Take figures only on a quiet
# machine (nothing else running): on a busy one they are void.
#
# Environment: DURATION [10] seconds per run, WARMUP [2] s, ROUNDS [3], CLIENTS [16], STREAMS [10],
#   PORT [19150] (ours; nginx = PORT+1), PIN [1] (0: no taskset), H2_BINARY (server binary), SKIP_BUILD=1 (use the existing
#   .build/release/rights-api).
# Usage: scripts/bench-h2.sh          smoke test: DURATION=1 WARMUP=0 ROUNDS=1 scripts/bench-h2.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DURATION=${DURATION:-10}; WARMUP=${WARMUP:-2}; ROUNDS=${ROUNDS:-3}
CLIENTS=${CLIENTS:-16}; STREAMS=${STREAMS:-10}; PORT=${PORT:-19150}; PIN=${PIN:-1}
PATH_UNDER_TEST=/v1/documents/iccpr/articles/14
BIN=${H2_BINARY:-.build/release/rights-api}

for tool in h2load nginx openssl curl taskset; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "missing $tool (apt-get install nghttp2-client nginx openssl curl util-linux)"; exit 2; }
done
export PATH="$PATH:/usr/sbin"
if [ "${SKIP_BUILD:-0}" != 1 ]; then swift build -c release --product rights-api >/dev/null; fi

RUN=$(mktemp -d /tmp/rights-bench-h2.XXXXXX)
chmod 755 "$RUN"   # nginx's worker (nobody when started as root) reads the payload from here
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ "${KEEP_RUN:-0}" = 1 ] || rm -rf "$RUN"
}
trap cleanup EXIT INT TERM

SERVER_CPU=(); CLIENT_CPU=()
if [ "$PIN" = 1 ]; then SERVER_CPU=(taskset -c 0); CLIENT_CPU=(taskset -c 1); fi

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
    -addext "subjectAltName=IP:127.0.0.1" -keyout "$RUN/key.pem" -out "$RUN/cert.pem" 2>/dev/null

wait_ready() {
    for _ in $(seq 300); do
        curl -skf --http2 -o /dev/null "https://127.0.0.1:$1$PATH_UNDER_TEST" && return 0
        sleep 0.1
    done
    echo "server on port $1 did not answer"; exit 1
}

OURS=$PORT; NGINX=$((PORT + 1))
"${SERVER_CPU[@]}" "$BIN" serve --port "$OURS" --event-loops 1 --log-level warning \
    --tls-cert "$RUN/cert.pem" --tls-key "$RUN/key.pem" >"$RUN/ours.log" 2>&1 &
PIDS+=($!)
wait_ready "$OURS"

# nginx serves exactly the bytes rights-api sends for this path.
curl -sk --http2 -o "$RUN/payload.json" "https://127.0.0.1:$OURS$PATH_UNDER_TEST"
chmod 644 "$RUN/payload.json"
TYPE=$(curl -sk --http2 -o /dev/null -w '%{content_type}' "https://127.0.0.1:$OURS$PATH_UNDER_TEST")
mkdir -p "$RUN/nginx"
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log warn;
events { worker_connections 4096; multi_accept on; }
http {
    access_log off;
    server_tokens off;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_timeout 65s; keepalive_requests 10000000;
    open_file_cache max=16 inactive=60s; open_file_cache_valid 60s;
    client_body_temp_path $RUN/nginx/client_body; proxy_temp_path $RUN/nginx/proxy;
    fastcgi_temp_path $RUN/nginx/fastcgi; uwsgi_temp_path $RUN/nginx/uwsgi; scgi_temp_path $RUN/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX ssl http2;
        ssl_certificate $RUN/cert.pem;
        ssl_certificate_key $RUN/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        location = $PATH_UNDER_TEST {
            types { }
            default_type "$TYPE";
            alias $RUN/payload.json;
        }
        location / { return 404; }
    }
}
CONF
"${SERVER_CPU[@]}" nginx -p "$RUN/nginx" -c "$RUN/nginx.conf" -e "$RUN/nginx/error.log" >"$RUN/nginx.out" 2>&1 &
PIDS+=($!)
wait_ready "$NGINX"
[ "$(curl -sk --http2 "https://127.0.0.1:$NGINX$PATH_UNDER_TEST" | cmp - "$RUN/payload.json" && echo same)" = same ] ||
    { echo "nginx does not serve the same bytes"; exit 1; }

# run PORT: one h2load run; prints req/s (0 if any request failed).
run() {
    local out rps failed
    out=$("${CLIENT_CPU[@]}" h2load -c "$CLIENTS" -m "$STREAMS" -D "$DURATION" --warm-up-time="$WARMUP" \
        "https://127.0.0.1:$1$PATH_UNDER_TEST" 2>&1)
    rps=$(sed -n 's/^finished in .*, \([0-9.]*\) req\/s.*/\1/p' <<<"$out")
    failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' <<<"$out")
    [ "${failed:-1}" = 0 ] || { echo "h2load against port $1: ${failed:-?} failed" >&2; echo 0; return; }
    echo "${rps:-0}"
}

echo "h2load -c $CLIENTS -m $STREAMS -D ${DURATION}s over TLS, GET $PATH_UNDER_TEST ($(stat -c %s "$RUN/payload.json") bytes);" \
     "servers on CPU 0, h2load on CPU 1 (PIN=$PIN); $(nginx -v 2>&1); load avg $(cut -d' ' -f1-3 /proc/loadavg)"
OURS_RPS=(); NGINX_RPS=()
for round in $(seq "$ROUNDS"); do
    a=$(run "$OURS"); b=$(run "$NGINX")
    OURS_RPS+=("$a"); NGINX_RPS+=("$b")
    printf 'round %d   rights-api %10.0f req/s   nginx %10.0f req/s\n' "$round" "$a" "$b"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m1=$(median "${OURS_RPS[@]}"); m2=$(median "${NGINX_RPS[@]}")
echo
printf '%-12s %12s\n' server "median req/s"
printf '%-12s %12.0f\n' rights-api "$m1" nginx "$m2"
awk -v a="$m1" -v b="$m2" 'BEGIN { if (b > 0) printf "ratio rights-api / nginx: %.2fx (target >= 1.00x)\n", a / b; else print "ratio: n/a (nginx failed)" }'

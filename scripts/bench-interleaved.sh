#!/usr/bin/env bash
# Two builds of the server and nginx, interleaved round by round under wrk, on the same bytes:
# on a machine whose speed drifts between runs, interleaving puts the same drift on all three,
# so their ratios within one run mean something when separate runs would not.
#
#   bash scripts/bench-interleaved.sh OLD_BINARY NEW_BINARY [plain|tls] [CONNS] [ROUNDS] [SECONDS]
#
# Servers on CPU 0 (ours with --event-loops 1, nginx with one worker), wrk on CPU 1. Prints
# req/s (p99) per round and the median of each; run from the repository root (it serves Data/).
set -euo pipefail
OLD=$1; NEW=$2; MODE=${3:-plain}; CONNS=${4:-64}; ROUNDS=${5:-5}; DUR=${6:-5}
BENCH_PATH=/v1/documents/iccpr/articles/14
export PATH="$PATH:/usr/sbin"
RUN=$(mktemp -d /tmp/rights-bench-interleaved.XXXXXX); chmod 755 "$RUN"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$RUN"; }
trap cleanup EXIT INT TERM

TLS_ARGS=(); SCHEME=http; LISTEN_SSL=""
if [ "$MODE" = tls ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=localhost \
        -addext "subjectAltName=IP:127.0.0.1" -keyout "$RUN/key.pem" -out "$RUN/cert.pem" 2>/dev/null
    chmod 644 "$RUN/key.pem" "$RUN/cert.pem"
    TLS_ARGS=(--tls-cert "$RUN/cert.pem" --tls-key "$RUN/key.pem"); SCHEME=https
    LISTEN_SSL="ssl; ssl_certificate $RUN/cert.pem; ssl_certificate_key $RUN/key.pem; ssl_protocols TLSv1.2 TLSv1.3"
fi
PORT_OLD=19401; PORT_NEW=19402; PORT_NGINX=19403
taskset -c 0 "$OLD" serve --host 127.0.0.1 --port $PORT_OLD --event-loops 1 --log-level warning "${TLS_ARGS[@]}" >"$RUN/old.log" 2>&1 & PIDS+=($!)
taskset -c 0 "$NEW" serve --host 127.0.0.1 --port $PORT_NEW --event-loops 1 --log-level warning "${TLS_ARGS[@]}" >"$RUN/new.log" 2>&1 & PIDS+=($!)
for port in $PORT_OLD $PORT_NEW; do
    for _ in $(seq 150); do curl -skf -o /dev/null "$SCHEME://127.0.0.1:$port/healthz" && break; sleep 0.2; done
done
curl -skf "$SCHEME://127.0.0.1:$PORT_NEW$BENCH_PATH" -o "$RUN/payload.json"; chmod 644 "$RUN/payload.json"
mkdir -p "$RUN/nginx"
cat >"$RUN/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $RUN/nginx/nginx.pid; error_log $RUN/nginx/error.log warn;
events { worker_connections 4096; multi_accept on; }
http { access_log off; server_tokens off; sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_timeout 65s; keepalive_requests 10000000; open_file_cache max=16 inactive=60s; open_file_cache_valid 60s;
  client_body_temp_path $RUN/nginx/cb; proxy_temp_path $RUN/nginx/p; fastcgi_temp_path $RUN/nginx/f; uwsgi_temp_path $RUN/nginx/u; scgi_temp_path $RUN/nginx/s;
  server { listen 127.0.0.1:$PORT_NGINX ${LISTEN_SSL:-};
    location = $BENCH_PATH { types { } default_type "application/json; charset=utf-8"; alias $RUN/payload.json; }
    location / { return 404; } } }
CONF
taskset -c 0 nginx -p "$RUN/nginx" -c "$RUN/nginx.conf" -e "$RUN/nginx/error.log" >/dev/null 2>&1 & PIDS+=($!)
for _ in $(seq 50); do curl -skf -o /dev/null "$SCHEME://127.0.0.1:$PORT_NGINX$BENCH_PATH" && break; sleep 0.2; done
for port in $PORT_OLD $PORT_NGINX; do
    curl -sk "$SCHEME://127.0.0.1:$port$BENCH_PATH" | cmp -s - "$RUN/payload.json" || echo "note: port $port serves other bytes than the new build"
done

echo "$MODE, wrk -t1 -c$CONNS -d${DUR}s, $ROUNDS interleaved rounds, $(date -u +%FT%TZ), $(uptime | sed 's/.*load/load/')"
declare -A all
for round in $(seq "$ROUNDS"); do
    line="round $round:"
    for name in old new nginx; do
        port=$PORT_OLD; [ $name = new ] && port=$PORT_NEW; [ $name = nginx ] && port=$PORT_NGINX
        taskset -c 1 wrk -t1 -c"$CONNS" -d1s "$SCHEME://127.0.0.1:$port$BENCH_PATH" >/dev/null 2>&1 || true
        out=$(taskset -c 1 wrk -t1 -c"$CONNS" -d"${DUR}s" --latency "$SCHEME://127.0.0.1:$port$BENCH_PATH")
        rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        all[$name]="${all[$name]:-} $rps"
        line="$line  $name $rps ($p99)"
    done
    echo "$line"
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
m_old=$(median "${all[old]}"); m_new=$(median "${all[new]}"); m_nginx=$(median "${all[nginx]}")
echo "medians: old $m_old, new $m_new, nginx $m_nginx req/s; new/nginx $(awk -v a="$m_new" -v b="$m_nginx" 'BEGIN {printf "%.2f", a / b}')x, old/nginx $(awk -v a="$m_old" -v b="$m_nginx" 'BEGIN {printf "%.2f", a / b}')x, new/old $(awk -v a="$m_new" -v b="$m_old" 'BEGIN {printf "%.2f", a / b}')x"

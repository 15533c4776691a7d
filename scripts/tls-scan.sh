#!/usr/bin/env bash
# TLS: generates a throw-away CA and a server certificate for 127.0.0.1 (openssl), starts the
# server with --tls-cert/--tls-key, and
#   1. runs testssl.sh (Debian's testssl.sh, binary `testssl`) with the CA added, and requires: no
#      finding of severity HIGH or CRITICAL, SSLv2/SSLv3/TLS 1.0/TLS 1.1 not offered, TLS 1.2 and 1.3
#      offered, forward secrecy offered; ALPN http/1.1 is checked with openssl s_client;
#   2. while a TLS client keeps making requests (new connections and one keep-alive connection),
#      sends aborted handshakes (half a ClientHello, then close), plaintext HTTP requests, random
#      bytes and silent connections to the TLS port: the client must see no failure, each hostile
#      connection must be closed by the server, and curl -k must work before, during and after.
#
# Usage: scripts/tls-scan.sh   (TLS_SCAN_TIMEOUT=seconds for testssl, default 150; SKIP_BUILD=1)
set -euo pipefail
SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$SCRIPTS_DIR/lib-server.sh"

rs_require testssl testssl.sh
rs_require openssl
rs_build

# 1. certificates: a CA, and a server certificate for 127.0.0.1/localhost signed by it
CERTS="$RS_TMP/certs"; mkdir -p "$CERTS"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 365 \
    -subj "/CN=RightsAPI test CA" -keyout "$CERTS/ca.key" -out "$CERTS/ca.pem" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$CERTS/server.key" -out "$CERTS/server.csr" 2>/dev/null
# The CRL and OCSP addresses only exist so that testssl's cert_revocation check (HIGH when a
# certificate names neither, a property of the certificate, not of the server) judges the server.
printf '%s\n' 'subjectAltName=IP:127.0.0.1,DNS:localhost' 'basicConstraints=CA:FALSE' \
    'keyUsage=critical,digitalSignature' 'extendedKeyUsage=serverAuth' \
    'crlDistributionPoints=URI:http://127.0.0.1/test-ca.crl' 'authorityInfoAccess=OCSP;URI:http://127.0.0.1/ocsp' >"$CERTS/ext.cnf"
openssl x509 -req -in "$CERTS/server.csr" -CA "$CERTS/ca.pem" -CAkey "$CERTS/ca.key" -CAcreateserial \
    -days 365 -sha256 -extfile "$CERTS/ext.cnf" -out "$CERTS/server.pem" 2>/dev/null
export RS_TLS_CERT="$CERTS/server.pem" RS_TLS_KEY="$CERTS/server.key"   # for RS_SERVER_CMD stand-ins

RS_SCHEME=https rs_start --tls-cert "$CERTS/server.pem" --tls-key "$CERTS/server.key" --log-level warning
URL="https://127.0.0.1:$RS_PORT"
curl_ok() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 --cacert "$CERTS/ca.pem" "$URL/healthz" || true; }

BEFORE=$(curl_ok)
ALPN=$(echo | timeout 5 openssl s_client -connect "127.0.0.1:$RS_PORT" -alpn http/1.1 2>/dev/null | awk -F': ' '/ALPN protocol/ {print $2}')
# TLS 1.1 offered by a client willing to use it (SECLEVEL=0): accepted if a cipher was negotiated
TLS11=$(echo | timeout 5 openssl s_client -connect "127.0.0.1:$RS_PORT" -tls1_1 -cipher 'DEFAULT@SECLEVEL=0' 2>&1 | grep -c "Cipher is [A-Z]" || true)

# 2. testssl.sh
rs_log "testssl against $URL (takes a minute or two)"
TLS_JSON="$RS_TMP/testssl.json"
timeout "${TLS_SCAN_TIMEOUT:-150}" testssl --quiet --color 0 --warnings off --add-ca "$CERTS/ca.pem" \
    --ip 127.0.0.1 -p -s -f -P -S -h -U --jsonfile "$TLS_JSON" "127.0.0.1:$RS_PORT" >"$RS_TMP/testssl.txt" 2>&1 || true
[ -s "$TLS_JSON" ] || { echo "testssl produced no JSON:" >&2; tail -20 "$RS_TMP/testssl.txt" >&2; echo '[]' >"$TLS_JSON"; }
python3 - "$TLS_JSON" >"$RS_TMP/testssl-summary.txt" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))
by_id = {f["id"]: f for f in findings}
def finding(i): return by_id.get(i, {}).get("finding", "missing")
high = [f for f in findings if f.get("severity") in ("HIGH", "CRITICAL")]
print("high", len(high))
for f in high[:10]: print("  high-finding", f["id"], f["severity"], f["finding"][:100])
for p in ("SSLv2", "SSLv3", "TLS1", "TLS1_1", "TLS1_2", "TLS1_3"): print("proto", p, finding(p).replace(" ", "_"))
print("fs", finding("FS" if "FS" in by_id else "PFS").replace(" ", "_"))
print("count", len(findings))
PY
cat "$RS_TMP/testssl-summary.txt" >&2
sum_field() { awk -v k="$1" -v p="${2:-}" '$1 == k && (p == "" || $2 == p) { print (p == "" ? $2 : $3) }' "$RS_TMP/testssl-summary.txt"; }
HIGH=$(sum_field high); FS=$(sum_field fs)
offered() { case "$1" in offered*) return 0 ;; *) return 1 ;; esac; }
not_offered() { case "$1" in not_offered*) return 0 ;; *) return 1 ;; esac; }

# 3. hostile connections while a TLS client works
cat >"$RS_TMP/disturb.py" <<'PY'
import os, socket, ssl, sys, threading, time
port, cafile = int(sys.argv[1]), sys.argv[2]
ctx = ssl.create_default_context(cafile=cafile)
stop = threading.Event()
stats = {"new_ok": 0, "new_fail": 0, "ka_ok": 0, "ka_fail": 0}
from http_exchange import exchange

def new_connections():
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=3) as raw, ctx.wrap_socket(raw, server_hostname="127.0.0.1") as s:
                stats["new_ok" if exchange(s) == 200 else "new_fail"] += 1
        except Exception as e:
            stats["new_fail"] += 1; print("new connection failed:", repr(e), file=sys.stderr)
        time.sleep(0.02)

def keep_alive():
    s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=3), server_hostname="127.0.0.1")
    while not stop.is_set():
        try: stats["ka_ok" if exchange(s) == 200 else "ka_fail"] += 1
        except Exception as e:
            stats["ka_fail"] += 1; print("keep-alive failed:", repr(e), file=sys.stderr)
            s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=3), server_hostname="127.0.0.1")
        time.sleep(0.02)
    s.close()

def client_hello():
    """The first flight of a real handshake (a ClientHello), produced through memory BIOs."""
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ssl.create_default_context().wrap_bio(incoming, outgoing, server_hostname="x")
    try: obj.do_handshake()
    except ssl.SSLWantReadError: pass
    return outgoing.read()

def closed_by_server(sock, wait=12.0):
    """True when the server closes (EOF or reset) within `wait` seconds, draining what it sends."""
    sock.settimeout(wait); end = time.monotonic() + wait
    try:
        while time.monotonic() < end:
            if not sock.recv(4096): return True
    except (ConnectionResetError, BrokenPipeError): return True
    except socket.timeout: return False
    return False

hostile = {"aborted handshake": 0, "plaintext http": 0, "random bytes": 0, "closed by server": 0, "not closed": 0}
threads = [threading.Thread(target=new_connections), threading.Thread(target=keep_alive)]
for t in threads: t.start()
time.sleep(1)
hello = client_hello()
for i in range(200):     # half a ClientHello, then close
    with socket.create_connection(("127.0.0.1", port)) as s: s.sendall(hello[: len(hello) // 2])
    hostile["aborted handshake"] += 1
checks = []   # (kind, socket)
for i in range(20):
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    hostile["plaintext http"] += 1; checks.append(("plaintext", s))
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(os.urandom(4096))
    hostile["random bytes"] += 1; checks.append(("random", s))
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"\x16\x03\x01" + os.urandom(2000))
    hostile["random bytes"] += 1; checks.append(("random-after-record-header", s))
results = []
def check(kind, s):
    closed = closed_by_server(s); results.append(closed); s.close()
    if not closed: print("not closed by the server within 12 s:", kind, file=sys.stderr)
waiters = [threading.Thread(target=check, args=c) for c in checks]
for w in waiters: w.start()
for w in waiters: w.join()
hostile["closed by server"] = sum(results); hostile["not closed"] = len(results) - sum(results)
time.sleep(1)
stop.set()
for t in threads: t.join()
print(" ".join(f"{k.replace(' ', '_')}={v}" for k, v in {**stats, **hostile}.items()))
PY
rs_log "hostile connections on the TLS port while a TLS client works"
PYTHONPATH="$SCRIPTS_DIR" python3 "$RS_TMP/disturb.py" "$RS_PORT" "$CERTS/ca.pem" >"$RS_TMP/disturb.txt" 2>"$RS_TMP/disturb.err" &
DISTURB=$!; rs_track "$DISTURB"
sleep 2; DURING=$(curl_ok)
wait "$DISTURB" || true
AFTER=$(curl_ok)
D=$(cat "$RS_TMP/disturb.txt"); rs_log "$D"
dget() { echo "$D" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }

rs_check "testssl findings HIGH or CRITICAL" "${HIGH:-?} (of $(sum_field count) findings)" "0" "$([ "${HIGH:-1}" = 0 ] && [ "$(sum_field count)" -gt 10 ]; echo $?)"
for p in SSLv2 SSLv3 TLS1 TLS1_1; do
    v=$(sum_field proto "$p"); rs_check "protocol $p" "$v" "not offered" "$(not_offered "$v"; echo $?)"
done
for p in TLS1_2 TLS1_3; do
    v=$(sum_field proto "$p"); rs_check "protocol $p" "$v" "offered" "$(offered "$v"; echo $?)"
done
rs_check "forward secrecy (testssl FS)" "$FS" "offered" "$(offered "$FS"; echo $?)"
rs_check "openssl s_client -tls1_1 refused" "$([ "$TLS11" -eq 0 ] && echo refused || echo accepted)" "refused" "$([ "$TLS11" -eq 0 ]; echo $?)"
rs_check "ALPN" "${ALPN:-none}" "http/1.1" "$([ "$ALPN" = http/1.1 ]; echo $?)"
rs_figure "hostile: aborted handshakes / plaintext / random" "$(dget aborted_handshake) / $(dget plaintext_http) / $(dget random_bytes)"
rs_check "hostile connections closed by the server" "$(dget closed_by_server), not: $(dget not_closed)" "all" "$([ "$(dget not_closed)" = 0 ] && [ -n "$(dget closed_by_server)" ]; echo $?)"
rs_check "TLS client meanwhile: new conns ok / failed" "$(dget new_ok) / $(dget new_fail)" "> 0 / 0" "$([ "$(dget new_fail)" = 0 ] && [ "$(dget new_ok)" -gt 0 ]; echo $?)"
rs_check "TLS client meanwhile: keep-alive ok / failed" "$(dget ka_ok) / $(dget ka_fail)" "> 0 / 0" "$([ "$(dget ka_fail)" = 0 ] && [ "$(dget ka_ok)" -gt 0 ]; echo $?)"
rs_check "curl --cacert before / during / after" "$BEFORE / $DURING / $AFTER" "200 / 200 / 200" "$([ "$BEFORE$DURING$AFTER" = 200200200 ]; echo $?)"
rs_check "server alive" "$(rs_alive && echo yes || echo no)" "yes" "$(rs_alive; echo $?)"

rs_report "TLS"

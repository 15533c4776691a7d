#!/usr/bin/env python3
"""Live HTTP/2 tests against a running server, over real sockets (scripts/h2-tests.sh runs it).

  h2_live.py PLAIN_PORT TLS_PORT SERVER_PID

1. ALPN: a TLS client offering h2 gets h2; offering only http/1.1, or no ALPN, gets HTTP/1.1.
2. Parity: every route of openapi.yaml (and HEAD, 304, gzip, CORS preflight, problem+json) answers
   the same status, header fields (names lowercased; date and x-request-id aside) and body over
   HTTP/1.1 and HTTP/2, cleartext prior knowledge and TLS.
3. Errors and attacks, each on its own connection, with raw frames (hyperframe + hpack): malformed
   request → RST_STREAM(PROTOCOL_ERROR); streams beyond the limit → REFUSED_STREAM; rapid reset,
   CONTINUATION flood, SETTINGS/PING/empty-DATA/WINDOW_UPDATE floods → GOAWAY(ENHANCE_YOUR_CALM);
   HPACK bomb → 431; 200 connections that never open their window on /full. During and after
   each, a second client must still get answers promptly (a generous bound: the machine is busy)
   and the server's RSS must stay bounded.
Prints one line per check; exits 1 if any failed.
"""
import http.client
import os
import re
import socket
import ssl
import sys
import threading
import time

import hpack
from hyperframe.frame import (ContinuationFrame, DataFrame, Frame, GoAwayFrame, HeadersFrame, PingFrame,
                              RstStreamFrame, SettingsFrame, WindowUpdateFrame)

PLAIN, TLS, PID = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
HOST = "127.0.0.1"
PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
ENHANCE_YOUR_CALM, PROTOCOL_ERROR, REFUSED_STREAM = 0xB, 0x1, 0x7
PROMPT = 2.0        # seconds: a second client's request during an attack (busy shared machine)
RSS_GROWTH_MB = 64  # what all attack connections together may add to the server's RSS
failures = 0


def check(name, ok, detail=""):
    global failures
    print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  ({detail})" if detail else ""), flush=True)
    if not ok:
        failures += 1


def rss_mb():
    with open(f"/proc/{PID}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


# ---------------------------------------------------------------- a raw HTTP/2 client

class Raw:
    """A client that writes raw frames and reads the server's frames back."""

    def __init__(self, tls=False, settings=None, timeout=10):
        sock = socket.create_connection((HOST, TLS if tls else PLAIN), timeout=timeout)
        if tls:
            ctx = ssl.create_default_context()
            ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
            ctx.set_alpn_protocols(["h2"])
            sock = ctx.wrap_socket(sock)
        self.sock, self.buf = sock, b""
        self.encoder, self.decoder = hpack.Encoder(), hpack.Decoder()
        self.decoder.max_header_list_size = 1 << 20
        s = SettingsFrame(0)
        s.settings = settings or {}
        self.send(PREFACE + s.serialize() + SettingsFrame(0, flags=["ACK"]).serialize())

    def send(self, data):
        self.sock.sendall(data)

    def headers(self, sid, fields, end_stream=True, end_headers=True):
        f = HeadersFrame(sid)
        f.data = self.encoder.encode(fields)
        f.flags = set((["END_STREAM"] if end_stream else []) + (["END_HEADERS"] if end_headers else []))
        return f.serialize()

    def frame(self, timeout=5):
        """The next frame, or None at end of stream / timeout."""
        self.sock.settimeout(timeout)
        try:
            while len(self.buf) < 9 or len(self.buf) < 9 + int.from_bytes(self.buf[:3], "big"):
                data = self.sock.recv(65536)
                if not data:
                    return None
                self.buf += data
        except (socket.timeout, ConnectionResetError, ssl.SSLError, OSError):
            return None
        f, length = Frame.parse_frame_header(memoryview(self.buf[:9]))
        f.parse_body(memoryview(self.buf[9:9 + length]))
        self.buf = self.buf[9 + length:]
        return f

    def until(self, predicate, timeout=10):
        """Reads frames until one satisfies predicate (returned) or the connection ends (None)."""
        end = time.time() + timeout
        while time.time() < end:
            f = self.frame(timeout=max(0.1, end - time.time()))
            if f is None:
                return None
            if isinstance(f, HeadersFrame):
                f.fields = dict((k.decode() if isinstance(k, bytes) else k, v.decode() if isinstance(v, bytes) else v)
                                for k, v in self.decoder.decode(f.data))
            if predicate(f):
                return f
        return None

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def goaway_code(raw, timeout=10):
    f = raw.until(lambda f: isinstance(f, GoAwayFrame), timeout)
    return None if f is None else f.error_code


def request_fields(path="/healthz", method="GET", extra=()):
    return [(":method", method), (":scheme", "http"), (":path", path), (":authority", HOST)] + list(extra)


# ---------------------------------------------------------------- HTTP/2 and HTTP/1.1 fetchers

def h2_fetch(path, method="GET", headers=(), tls=False):
    c = Raw(tls=tls)
    c.send(c.headers(1, request_fields(path, method, [(k.lower(), v) for k, v in headers])))
    status, fields, body = None, None, b""
    while True:
        f = c.until(lambda f: getattr(f, "stream_id", 0) == 1 and isinstance(f, (HeadersFrame, DataFrame, RstStreamFrame)))
        if f is None or isinstance(f, RstStreamFrame):
            break
        if isinstance(f, HeadersFrame):
            fields = f.fields
            status = int(fields.pop(":status"))
        else:
            body += f.data
            if f.flow_controlled_length:
                w = WindowUpdateFrame(0, window_increment=f.flow_controlled_length)
                w2 = WindowUpdateFrame(1, window_increment=f.flow_controlled_length)
                c.send(w.serialize() + w2.serialize())
        if "END_STREAM" in f.flags:
            break
    c.close()
    return status, fields, body


def h1_fetch(path, method="GET", headers=(), tls=False):
    if tls:
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        conn = http.client.HTTPSConnection(HOST, TLS, context=ctx, timeout=10)
    else:
        conn = http.client.HTTPConnection(HOST, PLAIN, timeout=10)
    conn.request(method, path, headers=dict(headers))
    r = conn.getresponse()
    body = r.read()
    fields = {}
    for k, v in r.getheaders():
        fields[k.lower()] = v if k.lower() not in fields else fields[k.lower()] + ", " + v
    conn.close()
    return r.status, fields, body


def comparable(fields):
    return {k: v for k, v in fields.items() if k not in ("date", "x-request-id", "connection", "keep-alive")}


def openapi_paths():
    text = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "openapi.yaml")).read()
    values = {"doc": "iccpr", "eId": "art_14__para_3", "n": "14", "p": "3", "i": "7", "s": "1"}
    paths = []
    for template in re.findall(r"^  (/[^:\s]*):\s*$", text, re.M):
        doc = "a-res-62-148" if "a-res-62-148" in template else "iccpr"
        path = template.replace("{doc}", doc)
        if "a-res-62-148" in path:
            path = path.replace("{n}", "3")
        if "/subitems/" in path:
            path = "/v1/documents/iccpr/articles/14/paragraphs/3/items/7/subitems/1"
        path = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "1"), path)
        if path.endswith("/footnotes/1") or path.endswith("/footnotes"):
            path = path.replace("/iccpr/", "/a-res-62-148/")
        if path == "/v1/search":
            path += "?q=%E9%85%B7%E5%88%91"
        if path == "/v1/resolve":
            path += "?cite=ICCPR%20art.%2014(3)(g)"
        paths.append(path)
    return paths


def parity():
    cases = [(p, "GET", ()) for p in openapi_paths()]
    cases += [
        ("/v1/documents/iccpr/articles/14", "HEAD", ()),
        ("/v1/documents/iccpr/full", "GET", (("Accept-Encoding", "gzip"),)),
        ("/v1/documents/iccpr/articles/14", "GET", (("Origin", "https://example.org"),)),
        ("/v1/documents", "OPTIONS", (("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET"))),
        ("/v1/documents/nope", "GET", ()),
        ("/v1/documents/iccpr/articles/999", "GET", ()),
        ("/v1/search", "GET", ()),
        ("/v1/documents", "DELETE", ()),
    ]
    etag = h1_fetch("/v1/documents/iccpr/articles/14")[1].get("etag")
    if etag:
        cases.append(("/v1/documents/iccpr/articles/14", "GET", (("If-None-Match", etag),)))
    seen = set()
    for path, method, headers in cases:
        for tls in (False, True):
            one = h1_fetch(path, method, headers, tls)
            two = h2_fetch(path, method, headers, tls)
            if path == "/metrics":   # counters move between the two requests: compare the shape only
                same = one[0] == two[0] and one[1].get("content-type") == (two[1] or {}).get("content-type")
            else:
                same = one[0] == two[0] and comparable(one[1]) == comparable(two[1]) and one[2] == two[2]
            detail = "" if same else f"h1 {one[0]} {comparable(one[1])} {len(one[2])}B / h2 {two[0]} {comparable(two[1] or {})} {len(two[2])}B"
            check(f"same answer over HTTP/1.1 and HTTP/2{' (TLS)' if tls else ''}: {method} {path} {dict(headers) or ''} → {one[0]}", same, detail)
            seen.add(one[0])
    check("parity covered 200, 304, 400, 404 and 405", {200, 304, 400, 404, 405} <= seen, f"statuses {sorted(seen)}")


def alpn():
    for offer, expected in ((["h2", "http/1.1"], "h2"), (["http/1.1"], "http/1.1"), (None, None)):
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        if offer:
            ctx.set_alpn_protocols(offer)
        with ctx.wrap_socket(socket.create_connection((HOST, TLS), timeout=10)) as s:
            got = s.selected_alpn_protocol()
            ok = got == expected
            if expected != "h2":
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                ok = ok and s.recv(100).startswith(b"HTTP/1.1 200")
            check(f"ALPN offer {offer} → {expected or 'no ALPN'}, served accordingly", ok, f"got {got}")


# ---------------------------------------------------------------- a second client during attacks

class Victim(threading.Thread):
    """Fetches /healthz over HTTP/2 in a loop; records the slowest answer."""

    def __init__(self):
        super().__init__(daemon=True)
        self.stop, self.worst, self.errors, self.count = False, 0.0, 0, 0

    def run(self):
        while not self.stop:
            t0 = time.time()
            try:
                status = h2_fetch("/healthz")[0]
                if status != 200:
                    self.errors += 1
            except Exception:
                self.errors += 1
            self.worst = max(self.worst, time.time() - t0)
            self.count += 1
            time.sleep(0.05)


def under_attack(name, attack):
    victim = Victim()
    before = rss_mb()
    victim.start()
    try:
        ok, detail = attack()
    except Exception as error:       # the attack itself failing is a failed check, not a crash
        ok, detail = False, f"{type(error).__name__}: {error}"
    victim.stop = True
    victim.join(timeout=30)
    check(name, ok, detail)
    check(f"  … another client answered promptly meanwhile",
          victim.errors == 0 and victim.count > 0 and victim.worst < PROMPT,
          f"{victim.count} requests, slowest {victim.worst * 1000:.0f} ms, {victim.errors} errors")
    return before


def flood(frame_bytes, count):
    def attack():
        c = Raw()
        c.send(c.headers(1, request_fields(), end_stream=False))
        chunk = frame_bytes * 100
        try:
            for _ in range(count // 100):
                c.send(chunk)
        except OSError:
            pass
        code = goaway_code(c)
        c.close()
        return code == ENHANCE_YOUR_CALM, f"GOAWAY code {code}"
    return attack


def rapid_reset():
    c = Raw()
    data = b""
    for i in range(2000):
        sid = 2 * i + 1
        data += c.headers(sid, request_fields(), end_stream=False) + RstStreamFrame(sid, error_code=8).serialize()
    try:
        c.send(data)
    except OSError:
        pass
    code = goaway_code(c)
    c.close()
    return code == ENHANCE_YOUR_CALM, f"GOAWAY code {code}"


def continuation_flood():
    c = Raw()
    c.send(c.headers(1, request_fields(), end_headers=False))
    sent = 0
    try:
        for _ in range(2000):
            f = ContinuationFrame(1)
            f.data = b"\x00\x01x\x7f" + b"\x80" * 60 + b"a" * 16000   # literal fields, never ending
            c.send(f.serialize())
            sent += 1
    except OSError:
        pass
    code = goaway_code(c)
    c.close()
    return code == ENHANCE_YOUR_CALM, f"GOAWAY code {code} after {sent} CONTINUATION frames"


def hpack_bomb():
    c = Raw()
    block = bytes([0x82, 0x86, 0x84, 0x41, 0x09]) + b"127.0.0.1" + bytes([0x40, 0x01]) + b"x"
    block += bytes([0x7f, 0xA1, 0x1E]) + b"a" * 4000          # x: 4 000 × 'a', indexed (62)
    block += bytes([0x80 | 62]) * 8000                          # referenced 8 000 times: 32 MB
    out = b""
    for i in range(0, len(block), 16384):
        piece = block[i:i + 16384]
        f = HeadersFrame(1) if i == 0 else ContinuationFrame(1)
        f.data = piece
        f.flags = set((["END_STREAM"] if i == 0 else []) + (["END_HEADERS"] if i + 16384 >= len(block) else []))
        out += f.serialize()
    c.send(out)
    f = c.until(lambda f: isinstance(f, (HeadersFrame, GoAwayFrame)))
    status = f.fields.get(":status") if isinstance(f, HeadersFrame) else None
    c.close()
    return status == "431", f"status {status}"


def malformed():
    c = Raw()
    c.send(c.headers(1, request_fields(extra=[("Connection", "close")])))
    f = c.until(lambda f: isinstance(f, (RstStreamFrame, GoAwayFrame)))
    reset = isinstance(f, RstStreamFrame) and f.error_code == PROTOCOL_ERROR
    c.send(c.headers(3, request_fields()))
    f = c.until(lambda f: isinstance(f, HeadersFrame) and f.stream_id == 3)
    c.close()
    return reset and f is not None and f.fields.get(":status") == "200", "RST_STREAM then stream 3 answered"


def too_many_streams():
    c = Raw()
    data = b"".join(c.headers(2 * i + 1, request_fields(), end_stream=False) for i in range(101))
    c.send(data)
    f = c.until(lambda f: isinstance(f, (RstStreamFrame, GoAwayFrame)))
    c.close()
    ok = isinstance(f, RstStreamFrame) and f.stream_id == 201 and f.error_code == REFUSED_STREAM
    return ok, f"{type(f).__name__} stream {getattr(f, 'stream_id', '?')} code {getattr(f, 'error_code', '?')}"


def closed_windows():
    """200 connections ask for /full (239 KB) with a zero stream window and never read."""
    conns = []
    for _ in range(200):
        c = Raw(settings={SettingsFrame.INITIAL_WINDOW_SIZE: 0})
        c.send(c.headers(1, request_fields("/v1/documents/iccpr/full")))
        conns.append(c)
    time.sleep(1.0)
    grown = rss_mb() - base_rss
    for c in conns:
        c.close()
    return grown < RSS_GROWTH_MB, f"server RSS {grown:+.1f} MB over the start with 200 stalled /full streams"


if __name__ == "__main__":
    base_rss = rss_mb()
    alpn()
    parity()
    under_attack("malformed request (Connection field) resets only its stream", malformed)
    under_attack("stream 101 beyond SETTINGS_MAX_CONCURRENT_STREAMS is refused", too_many_streams)
    under_attack("rapid reset (CVE-2023-44487) → GOAWAY(ENHANCE_YOUR_CALM)", rapid_reset)
    under_attack("CONTINUATION flood (CVE-2024-27316) → GOAWAY(ENHANCE_YOUR_CALM)", continuation_flood)
    under_attack("HPACK bomb → 431, nothing expanded", hpack_bomb)
    under_attack("SETTINGS flood → GOAWAY(ENHANCE_YOUR_CALM)", flood(SettingsFrame(0).serialize(), 10_000))
    under_attack("PING flood → GOAWAY(ENHANCE_YOUR_CALM)", flood(PingFrame(0, opaque_data=b"12345678").serialize(), 10_000))
    under_attack("empty DATA flood → GOAWAY(ENHANCE_YOUR_CALM)", flood(DataFrame(1).serialize(), 10_000))
    under_attack("WINDOW_UPDATE flood → GOAWAY(ENHANCE_YOUR_CALM)",
                 flood(WindowUpdateFrame(1, window_increment=1).serialize(), 100_000))
    under_attack("peers that never open their window pin bounded memory", closed_windows)
    grown = rss_mb() - base_rss
    check(f"server RSS after every attack within {RSS_GROWTH_MB} MB of the start", grown < RSS_GROWTH_MB, f"{grown:+.1f} MB")
    print(f"h2 live: {'FAIL' if failures else 'PASS'} ({failures} failed)")
    sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Graceful HTTP/2 shutdown, live (scripts/h2-tests.sh runs it): h2_shutdown.py PORT SERVER_PID

Opens a stream whose request body is still coming, sends the server SIGTERM, and checks RFC 9113
§6.8's two steps: GOAWAY(2^31-1, NO_ERROR) with a PING, then, after the PING is acknowledged, a
GOAWAY naming the last stream accepted; the in-flight stream is still answered (200) once its body
ends; the server then closes the connection and exits.
"""
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.argv = [sys.argv[0], sys.argv[1], "0", sys.argv[2]]
import h2_live  # noqa: E402  (same raw client)
from hyperframe.frame import DataFrame, GoAwayFrame, HeadersFrame, PingFrame  # noqa: E402

pid = int(sys.argv[3])
c = h2_live.Raw()
c.send(c.headers(1, h2_live.request_fields("/v1/search", "POST", [("content-type", "application/json")]), end_stream=False))
time.sleep(0.3)
os.kill(pid, signal.SIGTERM)
first = c.until(lambda f: isinstance(f, GoAwayFrame))
h2_live.check("first GOAWAY announces 2^31-1, NO_ERROR", first is not None and first.last_stream_id == 0x7FFFFFFF
              and first.error_code == 0, f"{first and (first.last_stream_id, first.error_code)}")
ping = c.until(lambda f: isinstance(f, PingFrame) and "ACK" not in f.flags)
h2_live.check("a PING follows it", ping is not None)
if ping is not None:
    c.send(PingFrame(0, opaque_data=ping.opaque_data, flags=["ACK"]).serialize())
final = c.until(lambda f: isinstance(f, GoAwayFrame))
h2_live.check("final GOAWAY names stream 1 as the last accepted", final is not None and final.last_stream_id == 1,
              f"{final and final.last_stream_id}")
body = DataFrame(1, data=b'{"q":"\xe9\x85\xb7"}', flags=["END_STREAM"])
c.send(body.serialize())
answer = c.until(lambda f: isinstance(f, HeadersFrame) and f.stream_id == 1)
status = answer.fields.get(":status") if answer else None
h2_live.check("the in-flight stream is answered after the GOAWAYs", status is not None and status != "503", f"status {status}")
end = c.until(lambda f: False, timeout=10)
h2_live.check("the server closes the connection afterwards", end is None)
for _ in range(100):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    time.sleep(0.1)
else:
    h2_live.check("the server exits within 10 s", False)
print(f"h2 shutdown: {'FAIL' if h2_live.failures else 'PASS'}")
sys.exit(1 if h2_live.failures else 0)

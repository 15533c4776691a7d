"""One HTTP/1.1 request/response on an open (plain or TLS) socket, for the hardening scripts.

Imported by the Python helpers that scripts/fd-exhaustion.sh and scripts/tls-scan.sh write
(they run with PYTHONPATH set to this folder).
"""

REQUEST = b"GET /v1/documents/iccpr/provisions/art_14 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


def exchange(sock, request=REQUEST):
    """Sends `request`, reads the head and a Content-Length body; returns the status code."""
    sock.sendall(request)
    buf = b""
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("closed")
        buf += data
    head, _, body = buf.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")[1:]
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        data = sock.recv(65536)
        if not data:
            raise ConnectionError("closed mid-body")
        body += data
    return int(head.split()[1])

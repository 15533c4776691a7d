#!/usr/bin/env python3
"""Writes the committed seed corpora of the HTTP/2 fuzz targets (deterministic; re-run after
editing), with no dependency beyond Python itself.

Fuzz/corpus/hpack/      every header block of RFC 7541 Appendix C (C.2–C.6), plus hostile blocks:
                        bad indices, oversized integers, table size updates, EOS in Huffman, bombs.
Fuzz/corpus/h2-frames/  frame sequences a client sends after the preface: SETTINGS, HEADERS (with
                        priority, padding, CONTINUATION), DATA, PING, WINDOW_UPDATE, RST_STREAM,
                        PRIORITY, GOAWAY, unknown types, and the floods and resets of the attacks.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(directory, name, data):
    path = os.path.join(HERE, "corpus", directory)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name), "wb") as f:
        f.write(data)


def hx(text):
    return bytes.fromhex("".join(text.split()))


hpack = {
    "c2-1-literal-indexed": hx("400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572"),
    "c2-2-literal-not-indexed": hx("040c 2f73 616d 706c 652f 7061 7468"),
    "c2-3-never-indexed": hx("1008 7061 7373 776f 7264 0673 6563 7265 74"),
    "c2-4-indexed": hx("82"),
    "c3-requests": hx("8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d") + hx("8286 84be 5808 6e6f 2d63 6163 6865"),
    "c4-huffman-request": hx("8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff"),
    "c4-huffman-request-3": hx("8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf"),
    "c5-response": hx("""4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133
                         2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70
                         6c65 2e63 6f6d"""),
    "c6-huffman-response": hx("""4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6
                                2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3"""),
    "hostile-index-zero": b"\x80",
    "hostile-index-beyond": b"\xff\x10",
    "hostile-integer-overflow": b"\xff" + b"\xff" * 9 + b"\x01",
    "hostile-size-update-too-big": b"\x3f\xe1\xff\x03",
    "hostile-size-update-after-field": b"\x82\x20",
    "hostile-size-update-zero": b"\x20\x82",
    "hostile-huffman-eos": b"\x00\x01a\x84\xff\xff\xff\xff",
    "hostile-huffman-bad-padding": b"\x00\x01a\x81\x18",
    "hostile-truncated-string": b"\x40\x05ab",
    "hostile-bomb": b"\x40\x01x\x7f\xa1\x1e" + b"a" * 4000 + bytes([0x80 | 62]) * 2000,
}


def frame(ftype, flags, stream, payload=b""):
    return len(payload).to_bytes(3, "big") + bytes([ftype, flags]) + stream.to_bytes(4, "big") + payload


SETTINGS = frame(4, 0, 0, b"\x00\x04\x00\x01\x00\x00" + b"\x00\x05\x00\x00\x40\x00") + frame(4, 1, 0)
GET = hx("8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d")  # C.3.1: GET http / www.example.com
POST_BLOCK = b"\x83\x86\x84\x41\x01a\x5c\x01\x34"               # POST http / authority a content-length 4

frames = {
    "get": SETTINGS + frame(1, 5, 1, GET),
    "get-two-streams": SETTINGS + frame(1, 5, 1, GET) + frame(1, 5, 3, hx("8286 84be")),
    "post-with-body": SETTINGS + frame(1, 4, 1, POST_BLOCK) + frame(0, 0, 1, b"ab") + frame(0, 1, 1, b"cd"),
    "post-padded-data": SETTINGS + frame(1, 4, 1, POST_BLOCK) + frame(0, 9, 1, b"\x02abcd\x00\x00"),
    "headers-priority-padded": SETTINGS + frame(1, 0x2d, 1, b"\x01" + b"\x00\x00\x00\x00\x10" + GET + b"\x00"),
    "headers-continuation": SETTINGS + frame(1, 1, 1, GET[:5]) + frame(9, 4, 1, GET[5:]),
    "trailers": SETTINGS + frame(1, 4, 1, POST_BLOCK) + frame(0, 0, 1, b"abcd") + frame(1, 5, 1, b"\x40\x01x\x01y"),
    "ping": SETTINGS + frame(6, 0, 0, b"12345678"),
    "window-updates": SETTINGS + frame(8, 0, 0, b"\x00\x01\x00\x00") + frame(1, 5, 1, GET) + frame(8, 0, 1, b"\x00\x00\x10\x00"),
    "zero-window-then-open": frame(4, 0, 0, b"\x00\x04\x00\x00\x00\x00") + frame(1, 5, 1, GET) + frame(8, 0, 1, b"\x00\x01\x00\x00"),
    "rst-stream": SETTINGS + frame(1, 4, 1, GET) + frame(3, 0, 1, b"\x00\x00\x00\x08"),
    "priority": SETTINGS + frame(2, 0, 3, b"\x00\x00\x00\x01\x10"),
    "goaway": SETTINGS + frame(7, 0, 0, b"\x00\x00\x00\x00\x00\x00\x00\x00"),
    "unknown-type": SETTINGS + frame(0xEE, 0, 1, b"xyz"),
    "settings-header-table-zero": frame(4, 0, 0, b"\x00\x01\x00\x00\x00\x00") + frame(1, 5, 1, GET),
    "hostile-rapid-reset": SETTINGS + b"".join(frame(1, 4, 2 * i + 1, GET) + frame(3, 0, 2 * i + 1, b"\x00\x00\x00\x08") for i in range(30)),
    "hostile-continuation-flood": SETTINGS + frame(1, 1, 1, GET) + frame(9, 0, 1, b"") * 40,
    "hostile-settings-flood": SETTINGS + frame(4, 0, 0) * 30,
    "hostile-ping-flood": SETTINGS + frame(6, 0, 0, b"12345678") * 60,
    "hostile-empty-data-flood": SETTINGS + frame(1, 4, 1, POST_BLOCK) + frame(0, 0, 1) * 60,
    "hostile-window-update-overflow": SETTINGS + frame(8, 0, 0, b"\x7f\xff\xff\xff"),
    "hostile-data-idle-stream": SETTINGS + frame(0, 1, 5, b"x"),
    "hostile-even-stream": SETTINGS + frame(1, 5, 2, GET),
    "hostile-push-promise": SETTINGS + frame(5, 4, 1, b"\x00\x00\x00\x02" + GET),
    "hostile-frame-too-large": SETTINGS + b"\x00\x40\x01\x00\x00\x00\x00\x00\x01",
    "hostile-bad-padding": SETTINGS + frame(1, 4, 1, POST_BLOCK) + frame(0, 8, 1, b"\x09abc"),
    "hostile-no-settings-first": frame(6, 0, 0, b"12345678"),
    "hostile-malformed-uppercase": SETTINGS + frame(1, 5, 1, GET + b"\x00\x01X\x01y"),
}

for name, data in hpack.items():
    write("hpack", name, data)
for name, data in frames.items():
    write("h2-frames", name, data)
print(f"wrote {len(hpack)} hpack seeds, {len(frames)} h2-frames seeds")

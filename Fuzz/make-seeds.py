#!/usr/bin/env python3
"""Writes the committed seed corpora for the fuzz targets and citations.dict (deterministic; re-run
after editing). http.dict is written by hand.

Fuzz/corpus/http-parser/  valid GET/HEAD/POST/OPTIONS, HTTP/1.0, chunked bodies, pipelined
                          requests, and every hostile case listed in issue 3.
Fuzz/corpus/citations/    every citation form the API documents, in both scripts, plus
                          out-of-range, malformed and odd-Unicode inputs.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(directory, name, data):
    path = os.path.join(HERE, "corpus", directory)
    os.makedirs(path, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(path, name), "wb") as f:
        f.write(data)


def req(head, body=b""):
    return head.replace("\n", "\r\n").encode("latin-1") + body


GET = "GET /v1/documents/iccpr/provisions/art_14 HTTP/1.1\nHost: 127.0.0.1:8080\nUser-Agent: seed\nAccept: */*\n\n"

http = {
    # valid
    "valid-get": GET,
    "valid-get-minimal": "GET / HTTP/1.1\nHost: a\n\n",
    "valid-get-query": "GET /v1/search?q=%E9%85%B7%E5%88%91&limit=5 HTTP/1.1\nHost: localhost\n\n",
    "valid-get-resolve": "GET /v1/resolve?cite=ICCPR%20art.%2014(3)(g) HTTP/1.1\nHost: localhost\nAccept-Encoding: gzip\n\n",
    "valid-get-if-none-match": "GET /v1/documents/iccpr/full HTTP/1.1\nHost: localhost\nIf-None-Match: \"abc\"\nX-Request-Id: seed-1\n\n",
    "valid-head": "HEAD /healthz HTTP/1.1\nHost: localhost\n\n",
    "valid-options": "OPTIONS /v1/documents HTTP/1.1\nHost: localhost\nOrigin: http://x\nAccess-Control-Request-Method: GET\n\n",
    "valid-options-asterisk": "OPTIONS * HTTP/1.1\nHost: localhost\n\n",
    "valid-absolute-form": "GET http://localhost/healthz HTTP/1.1\nHost: localhost\n\n",
    "valid-http10": "GET /healthz HTTP/1.0\n\n",
    "valid-http10-keepalive": "GET /healthz HTTP/1.0\nConnection: keep-alive\n\n",
    "valid-connection-close": "GET /healthz HTTP/1.1\nHost: localhost\nConnection: close\n\n",
    "valid-leading-crlf": "\n\nGET /healthz HTTP/1.1\nHost: localhost\n\n",
    "valid-header-whitespace": "GET / HTTP/1.1\nHost:   localhost  \nX-Empty:\nX-Tab:\tv\t\n\n",
    "valid-post-content-length": req("POST /v1/search HTTP/1.1\nHost: localhost\nContent-Type: application/json\nContent-Length: 13\n\n", b'{"q":"\xe9\x85\xb7"}' + b"x"),
    "valid-post-zero-length": "POST /x HTTP/1.1\nHost: localhost\nContent-Length: 0\n\n",
    "valid-post-chunked": req("POST /x HTTP/1.1\nHost: localhost\nTransfer-Encoding: chunked\n\n", b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"),
    "valid-post-chunked-ext-trailer": req("POST /x HTTP/1.1\nHost: localhost\nTransfer-Encoding: chunked\n\n", b"a;name=value\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n"),
    "valid-post-chunked-uppercase-hex": req("POST /x HTTP/1.1\nHost: localhost\nTransfer-Encoding: Chunked\n\n", b"A\r\n0123456789\r\n0\r\n\r\n"),
    "valid-pipelined-3": (GET + "HEAD /healthz HTTP/1.1\nHost: a\n\n" + "GET /v1/documents/a-res-62-148/operative/10 HTTP/1.1\nHost: a\n\n").replace("\n", "\r\n"),
    "valid-pipelined-post-get": req("POST /x HTTP/1.1\nHost: a\nContent-Length: 3\n\n", b"abcGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n"),
    "valid-pipelined-chunked-get": req("POST /x HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n", b"3\r\nabc\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n"),
    "partial-request-line": "GET /v1/documents/iccpr/provisions/art_14 HT",
    "partial-headers": "GET / HTTP/1.1\r\nHost: a\r\nUser-Agent: slo",
    "partial-body": req("POST /x HTTP/1.1\nHost: a\nContent-Length: 10\n\n", b"abc"),
    # hostile (issue 3)
    "hostile-request-line-over-8k": "GET /" + "a" * 8300 + " HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-request-line-over-8k-no-crlf": "GET /" + "a" * 8300,
    "hostile-header-section-over-32k": "GET / HTTP/1.1\r\nHost: a\r\n" + "".join(f"X-Fill-{i}: {'v' * 400}\r\n" for i in range(90)) + "\r\n",
    "hostile-header-one-huge-field": "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + "v" * 33000 + "\r\n\r\n",
    "hostile-over-100-fields": "GET / HTTP/1.1\r\nHost: a\r\n" + "".join(f"X-F{i}: v\r\n" for i in range(101)) + "\r\n",
    "hostile-body-over-limit": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1048577\r\n\r\n",
    "hostile-chunked-over-limit": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n100001\r\n",
    "hostile-cl-and-te": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "hostile-te-and-cl": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
    "hostile-duplicate-cl-differing": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
    "hostile-duplicate-cl-same": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
    "hostile-cl-list": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 4\r\n\r\nabcd",
    "hostile-cl-plus-sign": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc",
    "hostile-cl-negative": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
    "hostile-cl-hex": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n",
    "hostile-cl-overflow": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999999\r\n\r\n",
    "hostile-cl-empty": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n",
    "hostile-te-gzip": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n",
    "hostile-te-gzip-chunked": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    "hostile-te-chunked-twice": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n",
    "hostile-te-http10": "POST /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "hostile-chunk-size-invalid": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    "hostile-chunk-size-overflow": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
    "hostile-chunk-size-negative": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n0\r\n\r\n",
    "hostile-chunk-missing-crlf": "POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX0\r\n\r\n",
    "hostile-obs-fold": "GET / HTTP/1.1\r\nHost: a\r\nX-Folded: one\r\n two\r\n\r\n",
    "hostile-obs-fold-tab": "GET / HTTP/1.1\r\nHost: a\r\nX-Folded: one\r\n\ttwo\r\n\r\n",
    "hostile-whitespace-before-colon": "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
    "hostile-whitespace-before-colon-cl": "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length : 3\r\n\r\nabc",
    "hostile-bare-cr-header": "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\rc\r\n\r\n",
    "hostile-bare-cr-line-end": "GET / HTTP/1.1\rHost: a\r\n\r\n",
    "hostile-bare-lf": "GET / HTTP/1.1\nHost: a\n\n",
    "hostile-nul-header": "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\x00c\r\n\r\n",
    "hostile-nul-target": "GET /a\x00b HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-invalid-method": "G(T / HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-empty-method": " / HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-lowercase-method": "get / HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-invalid-version": "GET / HTTP/1.x\r\nHost: a\r\n\r\n",
    "hostile-version-2": "GET / HTTP/2.0\r\nHost: a\r\n\r\n",
    "hostile-version-09": "GET /\r\n\r\n",
    "hostile-version-lowercase": "GET / http/1.1\r\nHost: a\r\n\r\n",
    "hostile-extra-spaces": "GET  /  HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-target-space": "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-target-no-slash": "GET abc HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-missing-host": "GET / HTTP/1.1\r\nUser-Agent: x\r\n\r\n",
    "hostile-duplicate-host": "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    "hostile-invalid-header-name": "GET / HTTP/1.1\r\nHost: a\r\nX(A): b\r\n\r\n",
    "hostile-empty-header-name": "GET / HTTP/1.1\r\nHost: a\r\n: b\r\n\r\n",
    "hostile-header-no-colon": "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n",
    "hostile-invalid-header-value-ctl": "GET / HTTP/1.1\r\nHost: a\r\nX-A: b\x01c\r\n\r\n",
    "hostile-high-bytes": req("GET /\xe9\x85\xb7 HTTP/1.1\nHost: a\nX-U: \xe9\x85\xb7\xff\n\n"),
    "hostile-smuggle-cl-te-pipelined": "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: a\r\n\r\n",
    "hostile-pipelined-after-error": "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost : b\r\n\r\nGET / HTTP/1.1\r\nHost: c\r\n\r\n",
    "hostile-tls-client-hello": bytes.fromhex("16030100a0010000 9c0303") + bytes(range(32)) + b"\x00\x00\x02\x13\x01\x01\x00",
    "hostile-random": bytes((i * 131 + 7) % 256 for i in range(300)),
}

citations = {
    "iccpr-english": "ICCPR art. 14(3)(g)",
    "iccpr-english-article": "ICCPR art. 14",
    "iccpr-english-paragraph": "ICCPR art. 14(3)",
    "iccpr-english-subitem": "ICCPR art. 8(2)(a)(iii)",
    "iccpr-dotted": "ICCPR 14.3.g",
    "iccpr-dotted-lower": "iccpr 7",
    "iccpr-chinese-full": "公民與政治權利國際公約第十四條第三項第七款",
    "iccpr-chinese-short": "第十四條第三項(七)",
    "iccpr-chinese-article": "第七條",
    "iccpr-chinese-simplified": "第十四条第三款",
    "iccpr-chinese-simplified-title": "公民权利和政治权利国际公约第六条",
    "iccpr-fullwidth": "ＩＣＣＰＲ　ａｒｔ．　１４（３）（ｇ）",
    "iccpr-out-of-range": "ICCPR art. 54",
    "iccpr-paragraph-out-of-range": "ICCPR art. 14(9)",
    "iccpr-chinese-out-of-range": "第五十四條",
    "iccpr-chinese-large-numeral": "第一千零一條",
    "iccpr-zero": "ICCPR art. 0",
    "iccpr-huge-number": "ICCPR art. 99999999999999999999999",
    "resolution-op": "A/RES/62/148 OP10",
    "resolution-op-space": "A/RES/62/148 op 32",
    "resolution-chinese": "62/148 第10段",
    "resolution-chinese-numeral": "62/148号决议第十段",
    "resolution-preamble": "A/RES/62/148 PP3",
    "resolution-footnote": "A/RES/62/148 footnote 5",
    "resolution-footnote-out-of-range": "A/RES/62/148 footnote 9",
    "resolution-op-out-of-range": "A/RES/62/148 OP33",
    "resolution-other": "A/RES/61/177 OP1",
    "empty": "",
    "whitespace": "   \t\n",
    "garbage": "art.(((((",
    "unbalanced": "ICCPR art. 14(3",
    "nested": "ICCPR art. 14(3)(g)(i)(1)(a)",
    "replacement-chars": b"ICCPR art. \xff\xfe 14",
    "emoji": "ICCPR art. 14 👍",
    "combining": "第十四條\u0301第三項",
    "rtl": "\u202eICCPR art. 14",
    "long": "第十四條" * 200,
}

for name, data in http.items():
    if isinstance(data, str) and not name.startswith("hostile-") and "\r\n" not in data:
        data = data.replace("\n", "\r\n")  # written with \n above for readability
    write("http-parser", name, data)
for name, data in citations.items():
    write("citations", name, data)

# libFuzzer dictionary for the citation resolver; CJK tokens as UTF-8 escapes.
dict_tokens = ["ICCPR", "iccpr", "art.", "art", "article", "(", ")", ".", " ", "A/RES/62/148", "62/148",
               "OP", "PP", "op", "para", "footnote", "fn", "14", "3", "g", "iii", "99999999999999999999",
               "公民與政治權利國際公約", "公民权利和政治权利国际公约", "第", "條", "条", "項", "项", "款", "段",
               "目", "一", "二", "三", "十", "四", "七", "百", "千", "零", "〇", "号", "決議", "决议", "（", "）",
               "、", "１４"]


def escape(token):
    return "".join(c if 0x20 <= ord(c) < 0x7F and c not in '"\\' else "".join(f"\\x{b:02x}" for b in c.encode())
                   for c in token)


with open(os.path.join(HERE, "citations.dict"), "w") as f:
    f.write("# libFuzzer dictionary for FuzzCitationResolver (written by make-seeds.py).\n")
    f.writelines(f'"{escape(t)}"\n' for t in dict_tokens)
print(f"wrote {len(http)} http-parser seeds, {len(citations)} citation seeds, {len(dict_tokens)} dictionary tokens")

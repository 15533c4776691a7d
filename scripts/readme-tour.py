#!/usr/bin/env python3
"""Prints the README's curl tour from a running server: python3 scripts/readme-tour.py http://127.0.0.1:8080"""
import json, subprocess, sys
B = sys.argv[1]
def show(path, args=(), keep=None, head=None, raw=False, label=None, jq=None):
    """`jq`, when given, is the jq filter the README shows after the command; `keep` must select the same."""
    cmd = ["curl", "-s", *args, B + path]
    shown = "curl -s " + " ".join(a if " " not in a else repr(a) for a in args) + (" " if args else "") + f"'http://127.0.0.1:8080{path}'"
    suffix = "" if not jq else " | jq ." if jq == "." else f" \\\n    | jq '{jq}'"
    out = subprocess.run(cmd, capture_output=True).stdout.decode()
    print("```console")
    print("$ " + shown.replace("  ", " ") + suffix)
    if raw:
        lines = out.splitlines()
        print("\n".join(lines[: head or 12]))
        if head and len(lines) > head: print("…")
    else:
        data = json.loads(out)
        if keep: data = keep(data)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        lines = text.splitlines()
        if head and len(lines) > head:
            lines = lines[:head] + ["  …"]
        print("\n".join(lines))
    print("```")
    print()
SEARCH_JQ = '{query, total, hits: [.hits[] | {document, language, eId, type, num, snippet, highlights}]}'
def trim(d, keys): return {k: d[k] for k in keys if k in d}
print("## A tour with curl\n")
print("Start the server (`bash scripts/serve.sh`), then:\n")
print("**Documents** — both texts, with counts and links:\n")
show("/v1/documents", keep=lambda d: {"items": [trim(x, ["id","symbol","title","language","kind","counts"]) for x in d["items"]], "total": d.get("total")}, head=40)
print("**A document's table of contents** (tree of eId, num, ordinal, url; no text):\n")
show("/v1/documents/iccpr", keep=lambda d: {**trim(d, ["id","symbol"]), "toc": d.get("toc", d.get("tableOfContents", []))[8:10]}, head=30)
print("**A unit by eId**, with its children, footnotes, references both ways, errata, citation and neighbours (`/full` returns the whole document in one body):\n")
show("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7", head=60)
print("**Friendly aliases** return the same body — the article number may be `14`, `十四` or `第十四條`:\n")
show("/v1/documents/iccpr/articles/%E5%8D%81%E5%9B%9B/paragraphs/3", keep=lambda d: {**trim(d, ["eId","num","ordinal","text","citation"]), "children": [trim(c, ["eId","num","text"]) for c in d["children"]][:2]}, head=30)
show("/v1/documents/a-res-62-148/operative/10", keep=lambda d: trim(d, ["eId","num","text","citation","previous","next"]))
print("**Footnotes** with structured citations and every anchor (footnote 1 is referenced twice):\n")
show("/v1/documents/a-res-62-148/footnotes/1")
print("**Errata** — source defects kept as printed and annotated:\n")
show("/v1/documents/iccpr/errata", keep=lambda d: {"items": d["items"][3:5], "total": d.get("total")})
print("**Cross-references** (explicit, relative, external, thematic):\n")
show("/v1/cross-references?document=iccpr&source=art_4__para_2", keep=lambda d: {"items": [trim(x,["id","type","text","source","targets"]) for x in d["items"][:2]], "total": d.get("total")}, head=45)
show("/v1/cross-references?type=thematic&target=para_10", keep=lambda d: {"items": d["items"][:1], "total": d.get("total")}, head=30)
print("**Search** is insensitive to script and width: a Simplified query finds the Traditional Covenant and the other way round:\n")
show("/v1/search?q=%E9%85%B7%E5%88%91&document=iccpr&limit=1", jq=SEARCH_JQ, keep=lambda d: {**trim(d, ["query","total"]), "hits": [trim(h, ["document","language","eId","type","num","snippet","highlights"]) for h in d["hits"]]})
show("/v1/search?q=%E6%AC%8A%E5%88%A9&document=a-res-62-148&limit=1", jq=SEARCH_JQ, keep=lambda d: {**trim(d, ["query","total"]), "hits": [trim(h, ["document","language","eId","type","num","snippet","highlights"]) for h in d["hits"]]})
print("**Resolve a citation** in English, Chinese (either script) or shorthand:\n")
show("/v1/resolve?cite=ICCPR%20art.%2014(3)(g)")
show("/v1/resolve?cite=%E7%AC%AC%E5%8D%81%E5%9B%9B%E6%9D%A1%E7%AC%AC%E4%B8%89%E6%AC%BE")
show("/v1/resolve?cite=A%2FRES%2F62%2F148%20footnote%205")
print("**Script conversion, plain text, compression, caching**:\n")
show("/v1/documents/iccpr/articles/7?script=hans", keep=lambda d: trim(d, ["eId","text"]))
show("/v1/documents/iccpr/articles/7", args=["-H", "Accept: text/plain"], raw=True)
show("/v1/documents/iccpr/full", args=["-o", "/dev/null", "-D", "-", "-H", "Accept-Encoding: gzip"], raw=True, head=12)
print("**Errors** are RFC 9457 problem details that say what exists:\n")
show("/v1/documents/iccpr/articles/54")
show("/v1/resolve?cite=ICCPR%20art.%2099")
show("/v1/search?q=", jq=".")
print("Also: `GET /` (service index), `/healthz`, `/readyz`, `/metrics` (Prometheus), `/openapi.yaml`; `?pretty=true` indents any JSON body.\n")

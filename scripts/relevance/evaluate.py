#!/usr/bin/env python3
"""Scores /v1/search against the judged relevance set and two baselines over the same units.

Usage: evaluate.py --server http://127.0.0.1:PORT [--judgements FILE] [--data DIR] [--target 0.10]

Systems (each returns at most 10 ranked keys 'document/eId' per query):
  ours      GET /v1/search?q=...&limit=10 on the running server.
  fts5      SQLite FTS5, tokenizer 'trigram', ranked by bm25(): the query's trigrams ORed
            (when no segment has 3 characters, which the trigram tokenizer needs, every segment must
            occur as a substring, shortest text first).
  bigram    Okapi BM25 (k1 1.2, b 0.75) over overlapping character bigrams (single-character
            segments as unigrams), query = bag of its bigrams, one collection of all units.
Both baselines index the same units as the server (every non-empty unit text and every footnote)
and get the same script and width folding (OpenCC t2s per character, full-width ASCII to ASCII,
lowercase, no white space), so they differ from ours in retrieval and ranking only.

Metrics: nDCG@10 with gain 2^grade - 1 over the ideal ordering of all judged units, and MRR@10
of the first grade-3 unit (the unit a lawyer would cite). Prints a table; exits 1 when ours does
not beat the better baseline's nDCG@10 by the target (relative), 2 on a usage or server error.
"""
import argparse
import json
import math
import sqlite3
import sys
import unicodedata
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

try:
    import opencc
    _T2S = opencc.OpenCC("t2s")
except ImportError:  # the CI script installs it; without it folding is width/case only
    _T2S = None
_char_cache: dict[str, str] = {}


def fold_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        ch = chr(code - 0xFEE0)
    ch = ch.lower()
    if ord(ch) >= 0x80 and _T2S is not None:
        if ch not in _char_cache:
            converted = _T2S.convert(ch)
            _char_cache[ch] = converted if len(converted) == 1 else ch
        ch = _char_cache[ch]
    return ch


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text if not c.isspace())


def is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def segments(text: str) -> list[str]:
    """Runs of letters and digits of the folded text (white space and punctuation separate)."""
    out, current = [], []
    for raw in text:
        if raw.isspace() or not is_word_char(raw):
            if current:
                out.append("".join(current))
            current = []
            continue
        current.append(fold_char(raw))
    if current:
        out.append("".join(current))
    return out


def load_units(data: Path) -> list[tuple[str, str]]:
    units = []
    for doc in ("a-res-62-148", "iccpr"):
        document = json.loads((data / f"{doc}.json").read_text())

        def walk(items):
            for unit in items:
                if unit["text"]:
                    units.append((f"{doc}/{unit['eId']}", unit["text"]))
                walk(unit["children"])

        walk(document["units"])
        for note in document["footnotes"]:
            if note["text"]:
                units.append((f"{doc}/{note['eId']}", note["text"]))
    return units


def expand_judgements(query: dict, units: list[tuple[str, str]]) -> dict[str, int]:
    grades = dict(query["grades"])
    needle = query.get("alsoGrade1Containing")
    if needle:
        for key, text in units:
            if needle in text and key not in grades:
                grades[key] = 1
    return grades


class BigramBM25:
    def __init__(self, units, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.keys = [key for key, _ in units]
        self.docs = []
        df: dict[str, int] = {}
        for _, text in units:
            counts: dict[str, int] = {}
            for token in self.tokens(text):
                counts[token] = counts.get(token, 0) + 1
            self.docs.append((counts, sum(counts.values())))
            for token in counts:
                df[token] = df.get(token, 0) + 1
        n = len(units)
        self.avgdl = sum(length for _, length in self.docs) / n
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    @staticmethod
    def tokens(text: str) -> list[str]:
        out = []
        for seg in segments(text):
            if len(seg) == 1:
                out.append(seg)
            else:
                out.extend(seg[i:i + 2] for i in range(len(seg) - 1))
        return out

    def search(self, q: str, limit=10) -> list[str]:
        query = self.tokens(q)
        scored = []
        for index, (counts, length) in enumerate(self.docs):
            score = 0.0
            for token in query:
                tf = counts.get(token, 0)
                if tf:
                    norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.avgdl))
                    score += self.idf[token] * norm
            if score > 0:
                scored.append((-score, index))
        scored.sort()
        return [self.keys[i] for _, i in scored[:limit]]


class FTS5Trigram:
    def __init__(self, units):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE u USING fts5(key UNINDEXED, body, tokenize='trigram')")
        self.db.executemany("INSERT INTO u VALUES (?, ?)", [(key, fold(text)) for key, text in units])

    def search(self, q: str, limit=10) -> list[str]:
        segs = segments(q)
        grams = sorted({seg[i:i + 3] for seg in segs for i in range(len(seg) - 2)})
        if grams:
            match = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
            rows = self.db.execute(
                "SELECT key FROM u WHERE u MATCH ? ORDER BY bm25(u) LIMIT ?", (match, limit)).fetchall()
            return [key for (key,) in rows]
        if not segs:
            return []
        # LIKE on a trigram table matches nothing for patterns under 3 characters: use instr().
        where = " AND ".join("instr(body, ?) > 0" for _ in segs)
        rows = self.db.execute(
            f"SELECT key FROM u WHERE {where} ORDER BY length(body), rowid LIMIT ?", segs + [limit]).fetchall()
        return [key for (key,) in rows]


class Server:
    def __init__(self, base: str):
        self.base = base.rstrip("/")

    def search(self, q: str, limit=10, document=None) -> list[str]:
        params = {"q": q, "limit": str(limit)}
        if document:
            params["document"] = document
        url = f"{self.base}/v1/search?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=30) as response:
            body = json.load(response)
        return [f"{hit['document']}/{hit['eId']}" for hit in body["hits"]]


def ndcg_at(ranked: list[str], grades: dict[str, int], k=10) -> float:
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def rr_at(ranked: list[str], grades: dict[str, int], k=10) -> float:
    for i, key in enumerate(ranked[:k]):
        if grades.get(key, 0) == 3:
            return 1 / (i + 1)
    return 0.0


def evaluate(systems: dict, queries: list[dict], units) -> dict:
    results = {}
    for name, system in systems.items():
        per_query = []
        for query in queries:
            grades = expand_judgements(query, units)
            ranked = system.search(query["q"])
            per_query.append((query["id"], ndcg_at(ranked, grades), rr_at(ranked, grades)))
        n = len(per_query)
        results[name] = {
            "ndcg": sum(p[1] for p in per_query) / n,
            "mrr": sum(p[2] for p in per_query) / n,
            "perQuery": per_query,
        }
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", help="base URL of a running rights-api server")
    parser.add_argument("--judgements", default=str(ROOT / "scripts/relevance/judgements.json"))
    parser.add_argument("--data", default=str(ROOT / "Data"))
    parser.add_argument("--target", type=float, default=0.10, help="relative nDCG@10 margin over the better baseline")
    parser.add_argument("--per-query", action="store_true", help="also print nDCG@10 per query and system")
    args = parser.parse_args()

    if _T2S is None:
        print("evaluate.py: the opencc package is required for the baselines' script folding", file=sys.stderr)
        return 2
    units = load_units(Path(args.data))
    queries = json.loads(Path(args.judgements).read_text())["queries"]
    systems = {"fts5": FTS5Trigram(units), "bigram": BigramBM25(units)}
    if args.server:
        systems = {"ours": Server(args.server), **systems}
    try:
        results = evaluate(systems, queries, units)
    except OSError as error:
        print(f"evaluate.py: cannot query the server: {error}", file=sys.stderr)
        return 2

    labels = {"ours": "RightsAPI /v1/search", "fts5": "SQLite FTS5 trigram, bm25", "bigram": "character-bigram BM25"}
    print(f"{len(queries)} queries, {len(units)} units\n")
    print(f"| system | nDCG@10 | MRR@10 (first grade-3) |")
    print(f"|---|---:|---:|")
    for name, r in results.items():
        print(f"| {labels[name]} | {r['ndcg']:.3f} | {r['mrr']:.3f} |")
    if args.per_query:
        print()
        names = list(results)
        print("| query | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        for index, query in enumerate(queries):
            cells = " | ".join(f"{results[n]['perQuery'][index][1]:.2f}" for n in names)
            print(f"| {query['id']} {query['q']} | {cells} |")
    if "ours" not in results:
        return 0
    best = max(results["fts5"]["ndcg"], results["bigram"]["ndcg"])
    margin = results["ours"]["ndcg"] / best - 1 if best else float("inf")
    verdict = "PASS" if margin >= args.target else "FAIL"
    print(f"\nours vs the better baseline: {margin:+.1%} nDCG@10 (target {args.target:+.0%}): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Scores /v1/search on the judged relevance set (scripts/relevance/judgements.json) against
# SQLite FTS5 (trigram, bm25) and a character-bigram BM25 over the same units; prints the table
# and fails when ours does not beat the better baseline's nDCG@10 by 10 %.
#
#   bash scripts/search-relevance.sh [BASE_URL]
#
# With BASE_URL (e.g. http://127.0.0.1:18480, as CI passes) it queries that server; without, it
# starts ${SEARCH_BINARY:-.build/release/rights-api} on port ${SEARCH_PORT:-19280} and stops it.
# Extra flags for evaluate.py go in EVALUATE_FLAGS (e.g. --per-query).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python3 -m pip install --quiet --disable-pip-version-check opencc 2>&1 | grep -v 'Running pip as the' || true

url=${1:-}
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; return 0; }
trap cleanup EXIT
if [ -z "$url" ]; then
    port=${SEARCH_PORT:-19280}
    "${SEARCH_BINARY:-.build/release/rights-api}" serve --port "$port" --log-level warning >/dev/null 2>&1 &
    server_pid=$!
    url="http://127.0.0.1:$port"
    for _ in $(seq 300); do
        curl -sf -o /dev/null "$url/readyz" && break
        kill -0 "$server_pid" 2>/dev/null || { echo "server exited"; exit 2; }
        sleep 0.1
    done
fi
# shellcheck disable=SC2086
python3 scripts/relevance/evaluate.py --server "$url" ${EVALUATE_FLAGS:-}

#!/usr/bin/env bash
# curl smoke test against a running server: status, content type and a known string per endpoint.
# Usage: scripts/smoke.sh [base-url]   (default http://127.0.0.1:8080)
set -uo pipefail
BASE=${1:-http://127.0.0.1:8080}
pass=0; fail=0

# check PATH STATUS NEEDLE [curl args...]
check() {
    local path=$1 want=$2 needle=$3; shift 3
    local body status
    body=$(curl -s --max-time 5 -w '\n%{http_code}' "$@" "$BASE$path")
    status=${body##*$'\n'}; body=${body%$'\n'*}
    if [ "$status" = "$want" ] && grep -qF -- "$needle" <<<"$body"; then
        pass=$((pass + 1)); printf 'ok    %s %s\n' "$status" "$path"
    else
        fail=$((fail + 1)); printf 'FAIL  %s %s (wanted %s containing %q)\n%s\n' "$status" "$path" "$want" "$needle" "${body:0:300}"
    fi
}

check /healthz 200 ok
check /readyz 200 ready
check / 200 /v1/documents
check /v1/documents 200 a-res-62-148
check /v1/documents/iccpr 200 art_14
check /v1/documents/iccpr/full 200 不得強迫被告自供或認罪
check /v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7 200 不得強迫被告自供或認罪
check /v1/documents/iccpr/articles 200 art_53
check /v1/documents/iccpr/articles/14/paragraphs/3/items/7 200 不得強迫被告自供或認罪
check "/v1/documents/iccpr/articles/%E5%8D%81%E5%9B%9B" 200 art_14
check /v1/documents/iccpr/articles/8/paragraphs/2/items/3/subitems/1 200 經法院依法命令拘禁之人
check /v1/documents/a-res-62-148/operative/10 200 强烈敦促各国确保在任何诉讼程序中
check /v1/documents/a-res-62-148/preamble/1 200 重申不得对任何人实施酷刑
check /v1/documents/a-res-62-148/footnotes 200 authorialNote_8
check /v1/documents/a-res-62-148/footnotes/1 200 24841
check /v1/documents/iccpr/errata 200 目決權
check "/v1/cross-references?document=iccpr&source=art_4__para_2" 200 art_8__para_1
check "/v1/cross-references?type=thematic" 200 thematic
check "/v1/search?q=%E9%85%B7%E5%88%91" 200 a-res-62-148
check "/v1/search?q=%E5%85%AC%E7%BA%A6&document=iccpr" 200 iccpr
check "/v1/resolve?cite=ICCPR%20art.%2014(3)(g)" 200 art_14__para_3__list_1__point_7
check "/v1/resolve?cite=A%2FRES%2F62%2F148%20OP10" 200 para_10
check /metrics 200 rightsapi_http_requests_total
check /openapi.yaml 200 openapi:
check /v1/documents/iccpr/articles/54 404 53
check /v1/documents/nope 404 iccpr
check "/v1/search?q=" 400 q
check "/v1/resolve?cite=ICCPR%20art.%2099" 404 53
check /v1/documents/iccpr/provisions/art_14 200 '"eId"' -H 'Accept-Encoding: gzip' --compressed
check "/v1/documents/iccpr/provisions/art_7?script=hans" 200 任何人不得施以酷刑

# ETag revalidation: the second request must be 304.
etag=$(curl -s -D - -o /dev/null "$BASE/v1/documents/iccpr/provisions/art_7" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$BASE/v1/documents/iccpr/provisions/art_7")
if [ -n "$etag" ] && [ "$code" = 304 ]; then pass=$((pass + 1)); echo "ok    304 If-None-Match"; else fail=$((fail + 1)); echo "FAIL  If-None-Match gave $code (etag '$etag')"; fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

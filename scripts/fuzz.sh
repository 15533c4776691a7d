#!/usr/bin/env bash
# Builds the libFuzzer targets of the separate Fuzz/ package (with ASan) and runs each for the given
# number of seconds, one after the other: FuzzHTTPParser (HTTPRequestParser),
# FuzzCitationResolver (DocumentRepository.resolve(citation:)), FuzzHPACK (HPACKDecoder) and
# FuzzHTTP2Frames (FrameDecoder and HTTP2Connection). Prints executions, coverage
# (cov = edges, ft = features), corpus size and peak RSS per target; a crash, sanitizer report,
# leak, timeout (an input taking > 5 s) or out-of-memory fails the script. The input that failed is
# kept under Fuzz/.build/artifacts/.
#
# Usage: scripts/fuzz.sh [seconds per target, default 60]   (FUZZ_TARGETS="FuzzHTTPParser" runs one)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SECONDS_PER_TARGET="${1:-60}"
TARGETS="${FUZZ_TARGETS:-FuzzHTTPParser FuzzCitationResolver FuzzHPACK FuzzHTTP2Frames}"
BUILD_DIR="Fuzz/.build"
WORK="$BUILD_DIR/fuzz-work"
ARTIFACTS="$BUILD_DIR/artifacts"
mkdir -p "$WORK" "$ARTIFACTS"

echo "building the fuzz targets (debug, -sanitize=fuzzer,address)"
# -parse-as-library: the targets have no top-level code; libFuzzer's own main() drives them
# (Fuzz/Package.swift explains why its tools version is 5.4).
FUZZ_FLAGS=(--package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
for target in $TARGETS; do
    if ! swift build "${FUZZ_FLAGS[@]}" --product "$target" >"$WORK/build-$target.log" 2>&1; then
        grep -v "Cannot export local symbol" "$WORK/build-$target.log" | tail -30
        echo "fuzz build of $target failed"; exit 2
    fi
done
BIN="$(swift build "${FUZZ_FLAGS[@]}" --show-bin-path)"

corpus_of() { case "$1" in FuzzHTTPParser) echo http-parser ;; FuzzCitationResolver) echo citations ;;
                           FuzzHPACK) echo hpack ;; FuzzHTTP2Frames) echo h2-frames ;; esac; }
dict_of() { case "$1" in FuzzHTTPParser) echo Fuzz/http.dict ;; FuzzCitationResolver) echo Fuzz/citations.dict ;;
                         FuzzHPACK) echo Fuzz/hpack.dict ;; FuzzHTTP2Frames) echo Fuzz/h2-frames.dict ;; esac; }
max_len_of() { case "$1" in FuzzHTTPParser) echo 8192 ;; FuzzCitationResolver) echo 1024 ;;
                            FuzzHPACK) echo 8192 ;; FuzzHTTP2Frames) echo 16384 ;; esac; }

FAILED=0
ROWS=()
for target in $TARGETS; do
    seeds="Fuzz/corpus/$(corpus_of "$target")"
    work_corpus="$WORK/corpus-$target"        # grows across runs; the committed seeds stay untouched
    mkdir -p "$work_corpus"
    log="$WORK/$target.log"
    echo "running $target for ${SECONDS_PER_TARGET}s (log: $log)"
    rc=0
    # SWIFT_BACKTRACE=enable=no: let libFuzzer, not Swift's backtracer, handle a crash and save the input.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
        timeout $((SECONDS_PER_TARGET + 120)) "$BIN/$target" "$work_corpus" "$seeds" \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=5 -rss_limit_mb=4096 -max_len="$(max_len_of "$target")" \
        -dict="$(dict_of "$target")" -artifact_prefix="$ARTIFACTS/$target-" -print_final_stats=1 \
        >"$log" 2>&1 || rc=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(awk '/stat::number_of_executed_units/ {print $NF}' "$log" | tail -1)
    rate=$(awk '/stat::average_exec_per_sec/ {print $NF}' "$log" | tail -1)
    rss=$(awk '/stat::peak_rss_mb/ {print $NF}' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last"); ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    verdict="ok"
    if [ "$rc" -ne 0 ] || grep -qE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|Fatal error|SUMMARY: ' "$log"; then
        verdict="CRASH (exit $rc)"; FAILED=1
        echo "---- $target failed; first report lines:"
        grep -E -m1 -A12 'ERROR: |Fatal error' "$log" | cut -c1-300 || tail -20 "$log"
        ls -1t "$ARTIFACTS"/"$target"-* 2>/dev/null | head -3 | sed 's/^/artifact: /'
    fi
    ROWS+=("$(printf '%-22s %8s %12s %9s %7s %7s %12s %8s  %s' "$target" "${SECONDS_PER_TARGET}s" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}MB" "$verdict")")
done

echo
printf '%-22s %8s %12s %9s %7s %7s %12s %8s  %s\n' target time executions exec/s cov ft corpus peak-rss result
printf '%s\n' "${ROWS[@]}"
if [ "$FAILED" -ne 0 ]; then echo "fuzz: FAIL"; exit 1; fi
echo "fuzz: PASS"

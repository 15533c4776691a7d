#!/usr/bin/env bash
# Checks deploy/kubernetes and the Dockerfile with the field's tools, then the project's own rules:
#   - kubernetes-validate --strict: the official Kubernetes JSON schemas the package ships (offline),
#     for Kubernetes 1.37 (the newest it ships) and 1.35 (the oldest minor upstream still supports);
#     unknown fields, and kinds or API versions without a schema, fail;
#   - checkov --skip-download (offline) on the manifests and the Dockerfile; findings left unfixed
#     carry a checkov.io/skipN annotation with the reason (table in docs/DEPLOYMENT.md);
#   - scripts/validate-manifests.py (selectors, probes, ports vs EXPOSE, …) and its self-test;
#   - where kubectl exists, `kubectl kustomize` renders exactly the plain manifests scanned above.
# The tools live in their own virtualenv (pinned in scripts/deploy-tools.txt, installed once and
# reused), so checkov's pinned dependencies never touch the Python packages other steps use.
# Prints a summary table; exits non-zero if any check failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KUBERNETES_VERSIONS=(1.37.0 1.35.0)
MANIFESTS=deploy/kubernetes
REQUIREMENTS=scripts/deploy-tools.txt
CACHE=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/rights-api
VENV=$CACHE/deploy-tools
WORK=$(mktemp -d /tmp/rights-deploy.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

declare -a NAMES=() RESULTS=() DETAILS=()
record() { NAMES+=("$1"); RESULTS+=("$2"); DETAILS+=("$3"); }
summary() {  # prints the table; fails if any check failed
    echo; echo "=== deploy checks summary"
    printf '%-46s %-6s %s\n' CHECK RESULT DETAIL
    local i failed=0
    for i in "${!NAMES[@]}"; do
        printf '%-46s %-6s %s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${DETAILS[$i]}"
        [ "${RESULTS[$i]}" = FAIL ] && failed=$((failed + 1))
    done
    echo "deploy checks: ${#NAMES[@]} checks, ${failed} failed, $((SECONDS - t0)) s"
    [ "$failed" -eq 0 ]
}

# ---- tools: a virtualenv keyed by the pinned requirements and the Python version ----
install_tools() {
    local stamp; stamp="$(python3 --version 2>&1) $(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"
    if [ -x "$VENV/bin/checkov" ] && [ "$(cat "$VENV/.stamp" 2>/dev/null)" = "$stamp" ]; then
        echo "tools: reusing $VENV"; return 0
    fi
    rm -rf "$VENV"; mkdir -p "$CACHE"
    # uv installs the ~100 packages in parallel (pip alone takes minutes); pip is the fallback.
    : >"$WORK/install.log"
    if { [ -x "$CACHE/uv/bin/uv" ] || python3 -m pip install --quiet --disable-pip-version-check \
            --target "$CACHE/uv" uv==0.13.9 >>"$WORK/install.log" 2>&1; } \
        && UV_PYTHON_DOWNLOADS=never UV_NATIVE_TLS=1 "$CACHE/uv/bin/uv" venv --quiet --python "$(command -v python3)" "$VENV" >>"$WORK/install.log" 2>&1 \
        && UV_NATIVE_TLS=1 "$CACHE/uv/bin/uv" pip install --quiet --python "$VENV/bin/python" -r "$REQUIREMENTS" >>"$WORK/install.log" 2>&1; then
        echo "tools: installed with uv into $VENV"
    else
        echo "tools: uv failed, installing with pip"
        rm -rf "$VENV"
        python3 -m venv "$VENV" >>"$WORK/install.log" 2>&1 \
            && "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" >>"$WORK/install.log" 2>&1 \
            || { cat "$WORK/install.log"; return 1; }
    fi
    echo "$stamp" >"$VENV/.stamp"
}

t0=$SECONDS
if ! install_tools; then
    record "install checkov + kubernetes-validate" FAIL "see the log above"
    summary; exit 1
fi
PY=$VENV/bin/python
version_of() { "$PY" -c 'import importlib.metadata, sys; print(importlib.metadata.version(sys.argv[1]))' "$1"; }
echo "tools: checkov $(version_of checkov), kubernetes-validate $(version_of kubernetes-validate), ready in $((SECONDS - t0)) s"
RESOURCES=()  # every manifest but the kustomization, which no schema or policy covers
for file in "$MANIFESTS"/*.yaml; do [ "${file##*/}" = kustomization.yaml ] || RESOURCES+=("$file"); done

# ---- kubernetes-validate: any line but INFO (a failure, or a WARN for a missing schema) fails ----
validate_all() {  # validate_all VERSION FILES...: prints the tool's output, fails on any non-INFO line
    local version=$1; shift
    local out rc
    out=$("$VENV/bin/kubernetes-validate" --strict --kubernetes-version "$version" "$@" 2>&1); rc=$?
    echo "$out"
    [ "$rc" -eq 0 ] && ! grep -qv '^INFO ' <<<"$out"
}
echo; echo "=== kubernetes-validate --strict (the schemas kubernetes-validate $(version_of kubernetes-validate) ships)"
for version in "${KUBERNETES_VERSIONS[@]}"; do
    if validate_all "$version" "${RESOURCES[@]}"; then
        record "kubernetes-validate --strict, Kubernetes ${version%.0}" PASS "${#RESOURCES[@]} resources valid"
    else
        record "kubernetes-validate --strict, Kubernetes ${version%.0}" FAIL "see the ERROR/WARN lines above"
    fi
done

# A check that cannot fail proves nothing: a misspelt field and a removed API version must fail.
cat >"$WORK/misspelt.yaml" <<'YAML'
apiVersion: v1
kind: Service
metadata: {name: misspelt}
spec: {selectr: {app: x}, ports: [{port: 80}]}
YAML
cat >"$WORK/removed-api.yaml" <<'YAML'
apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata: {name: removed-api}
spec: {minAvailable: 1}
YAML
controls_caught=0
for bad in "$WORK/misspelt.yaml" "$WORK/removed-api.yaml"; do
    validate_all "${KUBERNETES_VERSIONS[0]}" "$bad" >/dev/null || controls_caught=$((controls_caught + 1))
done
if [ "$controls_caught" -eq 2 ]; then
    record "  negative controls rejected" PASS "misspelt field; policy/v1beta1 (removed in 1.25)"
else
    record "  negative controls rejected" FAIL "only $controls_caught of 2 bad manifests rejected"
fi

# ---- checkov: manifests and Dockerfile in one run, offline ----
echo; echo "=== checkov --skip-download (checkov $(version_of checkov))"
checkov_files=()
for file in "${RESOURCES[@]}" Dockerfile; do checkov_files+=(--file "$file"); done
"$VENV/bin/checkov" --skip-download --framework kubernetes dockerfile "${checkov_files[@]}" \
    --output json >"$WORK/checkov.json" 2>"$WORK/checkov.err"
checkov_rc=$?
# Prints every failed and skipped check, then one TAB-separated SUMMARY line per framework.
"$PY" - "$WORK/checkov.json" >"$WORK/checkov.out" 2>&1 <<'PY'
import json, sys
reports = json.load(open(sys.argv[1]))
for report in sorted(reports if isinstance(reports, list) else [reports], key=lambda r: r["check_type"]):
    summary, results = report["summary"], report["results"]
    for check in results["failed_checks"]:
        print(f"FAILED {check['check_id']} {check['check_name']}: {check['resource']} "
              f"({check['file_path'].lstrip('/')}:{check['file_line_range'][0]}) {check.get('guideline') or ''}")
    for check in results["skipped_checks"]:
        print(f"skipped {check['check_id']} {check['check_name']}: {check['resource']}: "
              f"{check['check_result'].get('suppress_comment')}")
    good = summary["failed"] == 0 and summary["parsing_errors"] == 0 and summary["passed"] > 0
    print(f"SUMMARY\t{report['check_type']}\t{'PASS' if good else 'FAIL'}\t"
          f"{summary['passed']} passed, {summary['failed']} failed, {summary['skipped']} skipped, "
          f"{summary['parsing_errors']} parse errors, {summary['resource_count']} resources")
PY
grep -v '^SUMMARY' "$WORK/checkov.out"
frameworks=0
while IFS=$'\t' read -r _ framework verdict detail; do
    record "checkov: $framework" "$verdict" "$detail"
    frameworks=$((frameworks + 1))
done < <(grep '^SUMMARY' "$WORK/checkov.out")
if [ "$frameworks" -ne 2 ]; then
    tail -n 20 "$WORK/checkov.err"
    record "checkov" FAIL "expected reports for kubernetes and dockerfile, got $frameworks (exit $checkov_rc)"
elif [ "$checkov_rc" -ne 0 ] && ! grep -q $'\tFAIL\t' "$WORK/checkov.out"; then
    record "checkov" FAIL "exit $checkov_rc"
fi

# ---- the project's own rules ----
echo; echo "=== project rules (scripts/validate-manifests.py)"
if "$PY" scripts/validate-manifests.py; then
    record "project rules" PASS "selectors, probes, ports, user, grace"
else
    record "project rules" FAIL "see above"
fi
if "$PY" scripts/validate-manifests.py --self-test; then
    record "  project rules self-test" PASS "every broken rule reported"
else
    record "  project rules self-test" FAIL "see above"
fi

# ---- what kustomize applies is what was scanned ----
if command -v kubectl >/dev/null 2>&1; then
    echo; echo "=== kubectl kustomize $MANIFESTS"
    if timeout 60 kubectl kustomize "$MANIFESTS" >"$WORK/rendered.yaml" 2>"$WORK/kustomize.err" \
        && "$PY" - "$WORK/rendered.yaml" "${RESOURCES[@]}" <<'PY'; then
import sys, yaml
def objects(paths):
    docs = [doc for path in paths for doc in yaml.safe_load_all(open(path)) if doc]
    return sorted(docs, key=lambda d: (d["kind"], d["metadata"]["name"]))
rendered, plain = objects(sys.argv[1:2]), objects(sys.argv[2:])
if rendered != plain:
    print("kubectl kustomize renders objects that differ from the plain manifests")
    sys.exit(1)
print(f"kubectl kustomize renders the {len(plain)} plain manifests unchanged")
PY
        record "kustomize render = scanned manifests" PASS "kubectl kustomize"
    else
        cat "$WORK/kustomize.err"
        record "kustomize render = scanned manifests" FAIL "see above"
    fi
else
    record "kustomize render = scanned manifests" SKIP "no kubectl (validate-manifests.py still checks the kustomization)"
fi

summary

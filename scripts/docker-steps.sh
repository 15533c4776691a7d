#!/usr/bin/env bash
# Mirrors the Dockerfile's steps on this machine (no Docker engine here), so drift is caught:
# the same build command, the same staged /app layout, the runtime's shared-library needs,
# and the image's CMD + HEALTHCHECK against the staged copy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scratch=.build   # same build as CI's release step, so nothing is compiled twice
stage=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$stage"' EXIT

# Every path the Dockerfile COPYs from the build context must exist and be sent to the builder
# (a .dockerignore pattern that excludes it would fail `docker build`, which cannot run here).
python3 scripts/check-docker-context.py

# Build stage: same command as the Dockerfile.
swift build --scratch-path "$scratch" -c release --product rights-api --static-swift-stdlib
install -D "$(swift build --scratch-path "$scratch" -c release --show-bin-path)/rights-api" "$stage/app/rights-api"
# Run stage: every `COPY SRC ./DST` from the build context, into the staged /app (its WORKDIR).
while read -r src dst; do
    dst=${dst#./}; dst=${dst#/app/}
    mkdir -p "$(dirname "$stage/app/$dst")"
    cp -R "$src" "$stage/app/$dst"
done < <(awk '$1 == "FROM" { n = 0 } $1 == "COPY" && $2 !~ /^--/ { copies[++n] = $2 " " $3 }
              END { for (i = 1; i <= n; i++) print copies[i] }' Dockerfile)

# Runtime stage: the binary may need only libc, libssl3, libcrypto, zlib (the packages the image installs).
unexpected=$(ldd "$stage/app/rights-api" | awk '{print $1}' \
    | grep -vE '^(linux-vdso\.so|/lib64/ld-linux|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|libssl\.so\.3|libcrypto\.so\.3|libz\.so|libgcc_s\.so|libstdc\+\+\.so|libutil\.so)' || true)
if [ -n "$unexpected" ]; then
    echo "docker-steps: the binary needs libraries the runtime image does not install:"; echo "$unexpected"; exit 1
fi

# CMD with the image's environment, from the staged /app, then the HEALTHCHECK command.
port=18391
(cd "$stage/app" && RIGHTS_API_HOST=127.0.0.1 RIGHTS_API_PORT=$port RIGHTS_API_DATA="$stage/app/Data" RIGHTS_API_WEB="$stage/app/Web" \
    RIGHTS_API_OPENAPI="$stage/app/openapi.yaml" RIGHTS_API_LOG_LEVEL=notice ./rights-api serve) &
pid=$!
for _ in $(seq 100); do
    RIGHTS_API_PORT=$port "$stage/app/rights-api" healthcheck && break
    sleep 0.1
done
RIGHTS_API_PORT=$port "$stage/app/rights-api" healthcheck
# The image serves the web reader from /app/Web.
RIGHTS_API_PORT=$port "$stage/app/rights-api" healthcheck --path /reader/
kill -TERM "$pid"; wait "$pid"
echo "docker-steps: OK (static stdlib build, runtime libraries, CMD, HEALTHCHECK, web reader)"

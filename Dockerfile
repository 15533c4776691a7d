# syntax=docker/dockerfile:1
# RightsAPI: multi-stage build. Mirrored step by step on a plain machine by scripts/docker-steps.sh.

ARG SWIFT_VERSION=6.3.1

# ---- build: official Swift image, release, static Swift standard library ----
FROM swift:${SWIFT_VERSION}-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
# Manifest first so dependency resolution is cached independently of source edits.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product rights-api --static-swift-stdlib \
    && install -D "$(swift build -c release --show-bin-path)/rights-api" /staging/rights-api

# ---- run: slim Debian with only what the binary links against ----
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libssl3 zlib1g tzdata ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --no-create-home --uid 10001 --shell /usr/sbin/nologin rights
WORKDIR /app
# Owned by root, read-only to the server's user. One COPY per file or folder the server reads at
# run time (scripts/docker-steps.sh stages every COPY of this stage the same way).
COPY --from=build /staging/rights-api ./rights-api
COPY Data ./Data
COPY Web ./Web
COPY openapi.yaml ./openapi.yaml
USER 10001
ENV RIGHTS_API_HOST=0.0.0.0 \
    RIGHTS_API_PORT=8080 \
    RIGHTS_API_DATA=/app/Data \
    RIGHTS_API_OPENAPI=/app/openapi.yaml \
    RIGHTS_API_WEB=/app/Web \
    RIGHTS_API_LOG_LEVEL=notice
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=4s --start-period=5s --retries=3 \
    CMD ["/app/rights-api", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/rights-api"]
CMD ["serve"]

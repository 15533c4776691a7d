// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode (the tools default), explicit `any`,
/// and imports that are internal unless a module re-exports them on purpose.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "rights-api",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rights-api", targets: ["rights-api"]),
        // Library products so the separate fuzzing package (Fuzz/) can link the modules it fuzzes.
        .library(name: "HTTPCore", targets: ["HTTPCore"]),
        .library(name: "DocumentStore", targets: ["DocumentStore"]),
        .library(name: "HPACK", targets: ["HPACK"]),
        .library(name: "HTTP2", targets: ["HTTP2"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries from the system (Debian: libssl-dev, zlib1g-dev).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // epoll and eventfd (Linux headers the Glibc module does not include).
        .systemLibrary(name: "CEpoll"),
        // memfd_create and file seals (bodies sent with sendfile).
        .systemLibrary(name: "CMemfd"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // Pure HTTP/1.1: parser, limits, request/response values, serializer, problem details.
        .target(name: "HTTPCore", swiftSettings: strictSettings),
        // HPACK header compression (RFC 7541): tables, integer and string coding, Huffman. Pure code.
        .target(name: "HPACK", swiftSettings: strictSettings),
        // HTTP/2 (RFC 9113): frames, the connection state machine, flow control, limits. Pure code.
        .target(name: "HTTP2", dependencies: ["HPACK", "HTTPCore"], swiftSettings: strictSettings),
        // Sockets, event loops, connections, timeouts, TLS, graceful shutdown.
        .target(
            name: "HTTPServer",
            dependencies: [
                "HTTPCore", "HTTP2", "COpenSSL", "CEpoll",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The corpus model, loader + validation, indexes, search, citation resolver.
        .target(name: "DocumentStore", swiftSettings: strictSettings),
        // Raw sources -> normalized Data/*.json.
        .target(name: "Normalizer", dependencies: ["DocumentStore"], swiftSettings: strictSettings),
        // REST endpoints, router, representations (ETag, gzip, CORS, script conversion), metrics.
        .target(
            name: "RightsAPI",
            dependencies: [
                "HTTPCore", "DocumentStore", "CZlib", "CMemfd",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The command line: `serve` and `normalize`.
        .executableTarget(
            name: "rights-api",
            dependencies: [
                "HTTPServer", "RightsAPI", "DocumentStore", "Normalizer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        .testTarget(name: "HTTPCoreTests", dependencies: ["HTTPCore"], swiftSettings: strictSettings),
        .testTarget(name: "HPACKTests", dependencies: ["HPACK"], swiftSettings: strictSettings),
        .testTarget(name: "HTTP2Tests", dependencies: ["HTTP2", "HPACK", "HTTPCore"], swiftSettings: strictSettings),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "HTTPCore"], swiftSettings: strictSettings),
        .testTarget(name: "DocumentStoreTests", dependencies: ["DocumentStore"], swiftSettings: strictSettings),
        .testTarget(name: "NormalizerTests", dependencies: ["Normalizer", "DocumentStore"], swiftSettings: strictSettings),
        .testTarget(
            name: "RightsAPITests",
            dependencies: ["RightsAPI", "HTTPServer", "HTTPCore", "DocumentStore"],
            swiftSettings: strictSettings
        ),
    ]
)

// swift-tools-version:5.4
// The tools version is deliberately 5.4: from 5.5 on, SwiftPM renames an executable's entry point
// to `<module>_main` and links with `--defsym main=<module>_main`, which collides with libFuzzer's
// own `main` (`-sanitize=fuzzer`). With 5.4 the targets are built with `-parse-as-library`, define
// no `main` of their own, and libFuzzer's driver calls `LLVMFuzzerTestOneInput`.
//
// Build (see scripts/fuzz.sh):
//   swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "rights-api-fuzz",
    dependencies: [
        .package(name: "rights-api", path: ".."),
    ],
    targets: [
        /// Feeds arbitrary bytes to `HTTPRequestParser`, whole and split, and checks both agree.
        .executableTarget(
            name: "FuzzHTTPParser",
            dependencies: [.product(name: "HTTPCore", package: "rights-api")]
        ),
        /// Decodes arbitrary bytes as HPACK header blocks; what decodes must survive a round trip.
        .executableTarget(
            name: "FuzzHPACK",
            dependencies: [.product(name: "HPACK", package: "rights-api")]
        ),
        /// Cuts arbitrary bytes into HTTP/2 frames (whole and split) and drives a connection with them.
        .executableTarget(
            name: "FuzzHTTP2Frames",
            dependencies: [
                .product(name: "HTTP2", package: "rights-api"),
                .product(name: "HTTPCore", package: "rights-api"),
            ]
        ),
        /// Resolves arbitrary UTF-8 (decoded lossily) as a citation against the bundled Data.
        .executableTarget(
            name: "FuzzCitationResolver",
            dependencies: [.product(name: "DocumentStore", package: "rights-api")]
        ),
    ]
)

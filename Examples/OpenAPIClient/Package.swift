// swift-tools-version:6.1
import PackageDescription

/// A client generated from the repository's `openapi.yaml` by swift-openapi-generator, and a small
/// command that calls a live RightsAPI server with it. Kept out of the main package so that the
/// server's build does not pull in the generator.
let package = Package(
    name: "OpenAPIClient",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),
    ],
    targets: [
        // Sources/Client/openapi.yaml is a symlink to the repository's top-level openapi.yaml.
        .target(
            name: "Client",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .executableTarget(
            name: "rights-api-client",
            dependencies: [
                "Client",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
    ]
)

// swift-tools-version:6.1
// Microbenchmarks of the product's modules with ordo-one/benchmark (package-benchmark).
// A separate package so the product's build and CI never compile the benchmark framework.
//
// Run (quiet machine, release):  swift package --package-path Benchmarks benchmark
// One suite:                     swift package --package-path Benchmarks benchmark --target SearchBenchmark
//                                swift package --package-path Benchmarks benchmark --target HTTP2ResponseBenchmark
import PackageDescription

let package = Package(
    name: "rights-api-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "rights-api", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// First-time (uncached) full-text searches through `DocumentRepository.search`.
        .executableTarget(
            name: "SearchBenchmark",
            dependencies: [
                .product(name: "DocumentStore", package: "rights-api"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SearchBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        /// Answering one HTTP/2 GET in memory (HPACK decode, respond, takeOutput), with and without
        /// the header block cache of shared header sets, and HPACK encoding alone.
        .executableTarget(
            name: "HTTP2ResponseBenchmark",
            dependencies: [
                .product(name: "HTTP2", package: "rights-api"),
                .product(name: "HPACK", package: "rights-api"),
                .product(name: "HTTPCore", package: "rights-api"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/HTTP2ResponseBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

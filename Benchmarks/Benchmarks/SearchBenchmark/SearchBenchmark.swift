import Benchmark
import DocumentStore
import Foundation

/// The repository over the bundled Data (loaded once, outside any measurement).
private let repository: DocumentRepository = {
    let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data").path
    do {
        return try DocumentRepository.load(dataDirectory: data)
    } catch {
        fatalError("cannot load \(data): \(error)")
    }
}()

/// Queries of every kind in the relevance set (scripts/relevance/judgements.json): one term,
/// words apart, a body's name, an erratum, a citation-like string, several terms, a quoted phrase.
private let queries = [
    "酷刑", "集会自由", "无罪推定", "有效救济", "自決權", "人权事务委员会", "酷刑问题特别报告员",
    "隐私 住宅 通信", "第43/173号决议", "口頭及/或書面", "\"和平集會\"", "被剥夺自由者的人道待遇",
]

let benchmarks: @Sendable () -> Void = {
    // BENCHMARK_SMOKE=1 runs each benchmark for a moment only (to check that it works, not to measure).
    let smoke = ProcessInfo.processInfo.environment["BENCHMARK_SMOKE"] == "1"
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        timeUnits: .microseconds,
        warmupIterations: smoke ? 1 : 100,
        maxDuration: smoke ? .milliseconds(200) : .seconds(5),
        maxIterations: smoke ? 50 : 100_000
    )
    _ = repository

    // Each iteration searches one query of the list in turn: no result is cached anywhere in
    // DocumentStore, so every search is a first-time search.
    Benchmark("search, first time (12 queries in turn)") { benchmark in
        for iteration in benchmark.scaledIterations {
            let query = queries[iteration % queries.count]
            blackHole(repository.search(SearchQuery(text: query, limit: 20)))
        }
    }

    // The slowest kind: a common single character (的) matches most of the resolution.
    Benchmark("search, first time, a common character (的)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(repository.search(SearchQuery(text: "的", limit: 20)))
        }
    }

    // The longest query the API accepts (256 characters of the Covenant's text).
    Benchmark("search, first time, a 256-character query") { benchmark in
        let long = String(repeating: "任何人不得施以酷刑,或予以殘忍、不人道或侮辱之處遇或懲罰。", count: 10).prefix(256)
        for _ in benchmark.scaledIterations {
            blackHole(repository.search(SearchQuery(text: String(long), limit: 20)))
        }
    }
}

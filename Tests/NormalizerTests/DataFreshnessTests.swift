import DocumentStore
import Foundation
import Testing
@testable import Normalizer

@Suite struct DataFreshnessTests {
    /// Set RIGHTS_API_REGENERATE_DATA=1 to rewrite Data/*.json from the sources instead of checking them.
    @Test func committedDataEqualsAFreshNormalization() throws {
        if ProcessInfo.processInfo.environment["RIGHTS_API_REGENERATE_DATA"] == "1" {
            _ = try CorpusNormalizer.normalize(dataDirectory: Corpus.dataDirectory)
        }
        for document in try Corpus.documents.get() {
            let fresh = try CorpusNormalizer.encode(document)
            let committed = try Corpus.rawBytes("\(document.id).json")
            if fresh != committed {
                Issue.record("Data/\(document.id).json is stale (\(firstDifference(fresh, committed))): regenerate with `RIGHTS_API_REGENERATE_DATA=1 swift test --filter DataFreshnessTests` or `rights-api normalize`, then commit")
            }
        }
    }
}

/// The first line where two JSON files differ, for a readable failure.
private func firstDifference(_ fresh: [UInt8], _ committed: [UInt8]) -> String {
    let freshLines = String(decoding: fresh, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let committedLines = String(decoding: committed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(freshLines.count, committedLines.count) {
        let new = index < freshLines.count ? String(freshLines[index]) : "<end>"
        let old = index < committedLines.count ? String(committedLines[index]) : "<end>"
        if new != old { return "line \(index + 1): committed \(old.prefix(120)), fresh \(new.prefix(120))" }
    }
    return "same lines, different bytes"
}

@Suite struct DeterminismTests {
    @Test func twoRunsGiveIdenticalBytes() throws {
        let first = try CorpusNormalizer.buildDocuments(dataDirectory: Corpus.dataDirectory).map(CorpusNormalizer.encode)
        let second = try CorpusNormalizer.buildDocuments(dataDirectory: Corpus.dataDirectory).map(CorpusNormalizer.encode)
        #expect(first == second)
        #expect(first.allSatisfy { $0.last == UInt8(ascii: "\n") })
    }

    @Test func writtenJSONDecodesBackToTheSameDocuments() throws {
        let documents = try Corpus.documents.get()
        #expect(documents.map(\.id) == ["a-res-62-148", "iccpr"])
        for document in documents {
            let decoded = try JSONDecoder().decode(CorpusDocument.self, from: Data(try CorpusNormalizer.encode(document)))
            #expect(decoded == document)
        }
    }
}

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
    /// The `rights-api` executable next to the test bundle (both are products of the same `swift build`).
    private static func rightsAPIExecutable() -> String? {
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first)
            // `…/debug/RightsAPIPackageTests.xctest` or, on Darwin, inside the bundle.
            while url.pathComponents.count > 1 {
                url.deleteLastPathComponent()
                candidates.append(url.appendingPathComponent("rights-api").path)
                if url.lastPathComponent == "debug" || url.lastPathComponent == "release" { break }
            }
        }
        candidates.append("\(Corpus.repositoryRoot)/.build/debug/rights-api")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A second process (`rights-api normalize` on a scratch copy of the sources) writes the same bytes as
    /// this process's normalizer and as the committed Data: no state of one run (hash seeds, dictionary
    /// order, caches) leaks into the output.
    @Test(.timeLimit(.minutes(2))) func aSecondProcessWritesIdenticalBytes() throws {
        let executable = try #require(Self.rightsAPIExecutable(), "build rights-api first (`swift build`): the check runs it as a second process")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rights-api-determinism-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: "\(Corpus.dataDirectory)/sources"), to: scratch.appendingPathComponent("sources"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["normalize", "--data", scratch.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let inProcess = try CorpusNormalizer.buildDocuments(dataDirectory: Corpus.dataDirectory)
        #expect(inProcess.map(\.id) == ["a-res-62-148", "iccpr"])
        for document in inProcess {
            let written = Array(try Data(contentsOf: scratch.appendingPathComponent("\(document.id).json")))
            #expect(written == (try CorpusNormalizer.encode(document)), "\(document.id): the second process wrote other bytes")
            #expect(written == (try Corpus.rawBytes("\(document.id).json")), "\(document.id): differs from the committed Data")
            #expect(written.last == UInt8(ascii: "\n"))
        }
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

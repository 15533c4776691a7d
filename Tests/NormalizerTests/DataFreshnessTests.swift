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
            #expect(fresh == committed, "Data/\(document.id).json is stale: run the normalizer and commit the result")
        }
    }
}

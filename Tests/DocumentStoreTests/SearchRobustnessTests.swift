import Testing
import DocumentStore

/// Random queries never crash the search, and every highlight lies inside its text and snippet.
@Suite struct SearchRobustnessTests {
    @Test func randomQueriesKeepHighlightsInBounds() throws {
        let repository = try CorpusFixtures.repository()
        var generator = SplitMix64(state: 0xC0FFEE)
        let alphabet = Array("酷刑和其他残忍不人道國際国际權利权利公約公约第二項(一)款（）,，1991 年　E/CN.4aA\u{0}👍é的、")
        var hits = 0
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let query = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let results = repository.search(SearchQuery(text: query, limit: 100))
            #expect(results.hits.count <= results.total)
            for hit in results.hits {
                hits += 1
                let count: Int
                if hit.kind == .unit {
                    count = try #require(repository.unit(document: hit.document, eId: hit.eId)).unit.text.unicodeScalars.count
                } else {
                    count = try #require(repository.document(id: hit.document)?.footnotes.first { $0.eId == hit.eId }).text.unicodeScalars.count
                }
                #expect(hit.isContext || !hit.highlights.isEmpty)
                for span in hit.highlights { #expect(0 <= span.start && span.start < span.end && span.end <= count) }
                let snippetCount = hit.snippet.unicodeScalars.count
                for span in hit.snippetHighlights { #expect(0 <= span.start && span.start < span.end && span.end <= snippetCount) }
            }
        }
        #expect(hits > 0)
    }
}

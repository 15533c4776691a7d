import Testing
@testable import DocumentStore

@Suite struct SearchTests {
    let repository: DocumentRepository

    init() throws { repository = try CorpusFixtures.repository() }

    private func text(of hit: SearchHit) -> [Unicode.Scalar] {
        if hit.kind == .footnote {
            let number = Int(hit.eId.split(separator: "_").last!)!
            return Array(repository.footnote(document: hit.document, number: number)!.text.unicodeScalars)
        }
        return Array(repository.unit(document: hit.document, eId: hit.eId)!.unit.text.unicodeScalars)
    }

    private func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    private func allHits(_ text: String, document: String? = nil) -> SearchResults {
        repository.search(SearchQuery(text: text, document: document, limit: 100))
    }

    @Test func tortureInEitherScriptFindsTheCovenantsArticle7AndResolutionUnits() {
        for query in ["酷刑", "酷刑"] {
            let results = allHits(query)
            let keys = Set(results.hits.map { "\($0.document)/\($0.eId)" })
            #expect(keys.contains("iccpr/art_7"))
            #expect(keys.contains("a-res-62-148/para_1"))
            #expect(keys.contains("a-res-62-148/rec_1"))
            #expect(results.total == results.hits.count)
        }
    }

    @Test func traditionalAndSimplifiedQueriesGiveTheSameTotals() {
        #expect(allHits("公約").total == allHits("公约").total)
        #expect(allHits("公約").total > 0)
        #expect(allHits("國際").total == allHits("国际").total)
    }

    @Test func traditionalQueryFindsSimplifiedResolutionText() {
        let hits = allHits("權利", document: "a-res-62-148").hits
        #expect(hits.map(\.eId).contains("rec_2"))
        let rec2 = hits.first { $0.eId == "rec_2" }!
        #expect(rec2.highlights.map { slice(text(of: rec2), $0) } == ["权利"])
    }

    @Test func simplifiedQueryFindsTraditionalCovenantText() {
        let hits = allHits("国际", document: "iccpr").hits
        #expect(hits.map(\.eId).contains("art_1__para_2"))
        for hit in hits {
            for span in hit.highlights { #expect(slice(text(of: hit), span) == "國際") }
        }
    }

    @Test func quotedPhraseHighlightsSliceToThePhraseInTheOriginalText() {
        for hit in allHits("\"残忍、不人道\"").hits where hit.document == "a-res-62-148" {
            #expect(!hit.highlights.isEmpty)
            for span in hit.highlights { #expect(slice(text(of: hit), span) == "残忍、不人道") }
        }
    }

    @Test func snippetHighlightsSliceToTheMatchInTheSnippet() {
        for hit in allHits("酷刑").hits {
            let snippet = Array(hit.snippet.unicodeScalars)
            #expect(!hit.snippetHighlights.isEmpty)
            #expect(snippet.count <= SearchIndex.snippetLength + 2 + 1)  // two ellipses, a match cut at the end shown whole
            for span in hit.snippetHighlights { #expect(slice(snippet, span) == "酷刑") }
        }
    }

    @Test func snippetIsCutWithAnEllipsisAroundALateMatch() throws {
        let hit = try #require(allHits("\"临时报告\"").hits.first { $0.eId == "para_32" })
        #expect(hit.snippet.hasPrefix("…"))
        #expect(hit.snippet.hasSuffix("临时报告。"))
    }

    @Test func quotedASCIIPunctuationFindsFullWidthAndMixedForms() {
        // Other units of art. 8 come along as context hits.
        let ascii = allHits("\"第二项(一)款\"").hits.filter { !$0.isContext }.map(\.eId)
        let fullWidth = allHits("「第二項（一）款」").hits.filter { !$0.isContext }.map(\.eId)
        #expect(ascii == ["art_8__para_2__list_1__point_2"])
        #expect(fullWidth == ascii)
        let hit = allHits("\"第二项(一)款\"").hits[0]
        #expect(slice(text(of: hit), hit.highlights[0]) == "第二項(一)款")
    }

    @Test func fullWidthDigitsAndASCIIFindTextWithSpacesBetweenDigitsAndCJK() {
        let hits = allHits("１９９１年").hits
        #expect(hits.first?.eId == "rec_3")
        #expect(slice(text(of: hits[0]), hits[0].highlights[0]) == "1991 年")
    }

    @Test func fullWidthCommaInQueryMatchesHalfWidthCommaInCovenant() {
        #expect(allHits("“酷刑，或予以”").hits.map(\.eId) == ["art_7"])
    }

    @Test func unitsHoldingEveryTermRankAboveUnitsHoldingSome() throws {
        let hits = allHits("酷刑 公约").hits
        let first = try #require(hits.first)
        let highlighted = Set(first.highlights.map { slice(text(of: first), $0) })
        #expect(highlighted.contains("酷刑") && highlighted.contains("公约"))
        // No unit holds both: art. 7 (酷刑) and the units naming 奴隸 are hits on one term each.
        let either = allHits("酷刑 奴隸")
        #expect(either.hits.contains { $0.eId == "art_7" } && either.hits.contains { $0.eId == "art_8__para_1" })
    }

    @Test func footnoteTextsAreSearched() {
        let hits = allHits("条约汇编").hits
        #expect(hits.first?.kind == .footnote)
        #expect(hits.first?.eId == "authorialNote_1")
        #expect(hits.first?.num == "1")
        #expect(hits.first?.unitType == nil)
        #expect(allHits("E/CN.4/2005").hits.first?.eId == "authorialNote_6")
        #expect(allHits("\"e/cn.4/2005\"").hits.map(\.eId) == ["authorialNote_6"])
    }

    @Test func pagesPartitionTheRankedHitsAndKeepTheTotal() {
        let all = allHits("酷刑")
        #expect(all.total > 6)
        var paged: [String] = []
        var offset = 0
        while offset < all.total {
            let page = repository.search(SearchQuery(text: "酷刑", limit: 3, offset: offset))
            #expect(page.total == all.total)
            #expect(page.hits.count <= 3)
            paged += page.hits.map { "\($0.document)/\($0.eId)" }
            offset += 3
        }
        #expect(paged == all.hits.map { "\($0.document)/\($0.eId)" })
        let beyond = repository.search(SearchQuery(text: "酷刑", offset: all.total + 5))
        #expect(beyond.total == all.total && beyond.hits.isEmpty)
    }

    @Test func limitIsClampedToOneThroughOneHundred() {
        #expect(repository.search(SearchQuery(text: "酷刑", limit: 0)).hits.count == 1)
        #expect(repository.search(SearchQuery(text: "的", limit: 1000)).hits.count <= SearchQuery.maximumLimit)
    }

    @Test func rankingIsByScoreThenDocumentOrder() {
        let hits = allHits("酷刑").hits
        for (a, b) in zip(hits, hits.dropFirst()) { #expect(a.score >= b.score) }
        let order = repository.units(document: "a-res-62-148").map(\.unit.eId)
        let tied = hits.filter { $0.document == "a-res-62-148" && $0.kind == .unit }
        for (a, b) in zip(tied, tied.dropFirst()) where a.score == b.score {
            #expect(order.firstIndex(of: a.eId)! < order.firstIndex(of: b.eId)!)
        }
    }

    @Test func documentFilterRestrictsHits() {
        #expect(allHits("酷刑", document: "iccpr").hits.map(\.eId) == ["art_7"])
        #expect(allHits("酷刑", document: "nope").total == 0)
    }

    @Test func emptyOrUnknownQueriesFindNothing() {
        #expect(allHits("").total == 0)
        #expect(allHits("   ").total == 0)
        #expect(allHits("量子力學").total == 0)
    }
}

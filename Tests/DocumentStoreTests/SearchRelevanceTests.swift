import Testing
@testable import DocumentStore

/// What issue 11 asks of search, with expected units read off the texts by hand
/// (Data/sources/iccpr.zh-Hant.txt, Data/sources/resolution-62-148.zh-Hans.txt).
@Suite struct SearchRelevanceTests {
    let repository: DocumentRepository

    init() throws { repository = try DocumentRepository.load(dataDirectory: TestPaths.dataDirectory) }

    private func hits(_ text: String, document: String? = nil) -> [SearchHit] {
        repository.search(SearchQuery(text: text, document: document, limit: 100)).hits
    }

    private func printed(_ hit: SearchHit, _ span: TextSpan) -> String {
        let scalars = Array(repository.unit(document: hit.document, eId: hit.eId)!.unit.text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }

    @Test(arguments: [
        ("集会自由", "art_21"),            // 和平集會之權利
        ("无罪推定", "art_14__para_2"),    // 應假定其無罪
        ("有效救济", "art_2__para_3__list_1__point_1"),  // 均獲有效之救濟
        ("宗教自由", "art_18__para_1"),    // 思想、信念及宗教之自由
    ])
    func queryWhosePartsStandApartFindsTheArticleFirst(_ query: String, _ eId: String) {
        #expect(hits(query).first.map { "\($0.document)/\($0.eId)" } == "iccpr/\(eId)")
    }

    @Test func tortureAcrossBothDocumentsRanksTheCovenantsArticle7First() {
        let found = hits("酷刑")
        #expect(found.first?.eId == "art_7")
        #expect(found.first?.document == "iccpr")
        #expect(found.first?.unitType == .article)
        #expect(found.first?.num == "第七條")
    }

    @Test func subcommitteeNameWithWordsBetweenFindsParagraph3() {
        // Para. 3: 防范酷刑和其他残忍、不人道或有辱人格待遇或处罚小组委员会.
        #expect(hits("防范酷刑小组委员会").first?.eId == "para_3")
    }

    @Test func intendedWordFindsTheUnitPrintingTheErratumAndHighlightsThePrintedCharacters() throws {
        let selfDetermination = try #require(hits("自決權").first { $0.eId == "art_1__para_1" })
        #expect(selfDetermination.highlights.map { printed(selfDetermination, $0) } == ["目決權"])
        let race = try #require(hits("种族").first { $0.eId == "art_2__para_1" })
        #expect(race.highlights.map { printed(race, $0) } == ["種類"])
        // Art. 33(1) prints 經其委員一致認為; the intended 其他委員 is found there first.
        #expect(hits("其他委员一致认为").first?.eId == "art_33__para_1")
    }

    @Test func printedWordStillFindsTheErratum() {
        #expect(hits("目決權").first?.eId == "art_1__para_1")
    }

    @Test func otherUnitsOfAMatchingArticleComeAsContextHitsWithoutHighlights() throws {
        // 言论自由: art. 19(2) says 發表自由; 19(1) and 19(3) hold neither word.
        let found = hits("言论自由")
        #expect(found.first?.eId == "art_19__para_2")
        #expect(found.first?.isContext == false)
        for eId in ["art_19__para_1", "art_19__para_3"] {
            let context = try #require(found.first { $0.eId == eId })
            #expect(context.isContext)
            #expect(context.highlights.isEmpty && context.snippetHighlights.isEmpty)
            #expect(context.score < found[0].score)
        }
    }

    @Test func documentFilterAppliesToContextHits() {
        #expect(hits("言论自由", document: "a-res-62-148").allSatisfy { $0.document == "a-res-62-148" })
    }

    @Test func everyQuotedPhraseMustOccur() {
        #expect(repository.search(SearchQuery(text: "\"酷刑\" \"奴隸\"")).total == 0)
        #expect(hits("\"和平集會\"").map(\.eId) == ["art_21"])
        #expect(repository.search(SearchQuery(text: "\"集會自由\"")).total == 0)
    }

    @Test func moreMatchesRankHigherInTextsOfSimilarLength() throws {
        // para_9 (72 characters) names 酷刑 three times, para_10 (61 characters) twice.
        let found = hits("酷刑", document: "a-res-62-148")
        let para9 = try #require(found.firstIndex { $0.eId == "para_9" }), para10 = try #require(found.firstIndex { $0.eId == "para_10" })
        #expect(para9 < para10)
    }

    @Test func queryOfPunctuationOnlyFindsNothing() {
        #expect(repository.search(SearchQuery(text: "，。、()")).total == 0)
    }
}

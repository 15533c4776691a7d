import Testing
@testable import DocumentStore

@Suite struct ParsedQueryTests {
    let folding = SearchFolding(corpusTexts: ["集會自由權利國際"])

    private func key(_ text: String) -> UInt64 {
        let scalars = Array(text.unicodeScalars).map(\.value)
        return scalars.count == 1 ? ParsedQuery.unigramKey(scalars[0]) : ParsedQuery.bigramKey(scalars[0], scalars[1])
    }

    @Test func freeTextGivesBigramsAsStrongTermsAndCharactersAsWeakTerms() {
        let query = ParsedQuery("集會自由", folding: folding)
        #expect(query.terms.filter(\.isStrong).map(\.key) == ["集会", "会自", "自由"].map(key))
        #expect(query.terms.filter { !$0.isStrong }.map(\.key) == ["集", "会", "自", "由"].map(key))
        #expect(query.words.count == 4)
        #expect(query.phrases.isEmpty)
    }

    @Test func punctuationAndWhiteSpaceSeparateSegmentsAndOneCharacterSegmentsAreStrong() {
        let query = ParsedQuery("A/62 和", folding: folding)
        #expect(query.terms.filter(\.isStrong).map(\.key) == ["a", "62", "和"].map(key))
        #expect(query.words == Array("a62和".unicodeScalars).map(\.value))
    }

    @Test func quotedTextIsAPhraseWhoseTermsAreNotHighlighted() {
        let query = ParsedQuery("“和平 集會” 自由", folding: folding)
        #expect(query.phrases == [Array("和平集会".unicodeScalars).map(\.value)])
        let free = query.terms.filter(\.isFree).map(\.key)
        #expect(free.contains(key("自由")) && !free.contains(key("和平")))
    }

    @Test func unmatchedQuoteIsPunctuation() {
        let query = ParsedQuery("\"集會", folding: folding)
        #expect(query.phrases.isEmpty)
        #expect(query.terms.filter(\.isStrong).map(\.key) == [key("集会")])
    }
}

import Testing
import DocumentStore

/// Random citation-like strings never crash the resolver, and whatever it resolves exists.
@Suite struct ResolverRobustnessTests {
    static let pieces = [
        "ICCPR", "iccpr", "art.", "art", " ", "14", "3", "0", "99999999999999999999", "(", ")", "（", "）", ".", ",",
        "g", "i", "iv", "z", "第", "十", "四", "百", "零", "條", "条", "項", "项", "款", "目", "段", "A/RES/", "62/148",
        "61/177", "/", "OP", "PP", "para", "fn", "footnote", "脚注", "序言部分", "前文", "公民與政治權利國際公約", "大会", "号决议",
        "《", "》", "", "\u{3000}", "\u{0}", "👍", "é",
    ]

    @Test func randomCitationsResolveOrFailCleanly() throws {
        let repository = try CorpusFixtures.repository()
        var generator = SplitMix64(state: 0x5EED)
        var resolved = 0
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...8, using: &generator)
            let input = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            switch repository.resolve(citation: input) {
            case .success(let result):
                resolved += 1
                let exists = repository.unit(document: result.document, eId: result.eId) != nil
                    || repository.document(id: result.document)?.footnotes.contains { $0.eId == result.eId } == true
                #expect(exists, "\(input) → \(result.eId)")
            case .failure(.unparseable(let detail)):
                #expect(!detail.isEmpty)
            case .failure(.notFound(let understood, let detail)):
                #expect(!understood.isEmpty && !detail.isEmpty, "\(input)")
            case .failure(.numberedDifferently(let understood, let detail, let document, let eIds)):
                #expect(!understood.isEmpty && !detail.isEmpty && !eIds.isEmpty, "\(input)")
                #expect(eIds.allSatisfy { repository.unit(document: document, eId: $0) != nil }, "\(input)")
            }
        }
        #expect(resolved > 0)
    }
}

import DocumentStore
import Testing

/// The one numbers ↔ eId table, on the committed data; expected values read off the sources.
@Suite struct UnitAliasTableTests {
    let aliases: UnitAliasTable

    init() throws { aliases = try #require(RealDataTests.repository).aliases }

    @Test func anItemIsAddressedByArticleParagraphAndItemNumbers() {
        // 第十四條 三、 (七) 不得強迫被告自供或認罪。
        let address = UnitAddress(document: "iccpr", steps: [.init(.article, 14), .init(.paragraph, 3), .init(.item, 7)])
        #expect(aliases.eId(at: address) == "art_14__para_3__list_1__point_7")
        #expect(aliases.address(document: "iccpr", eId: "art_14__para_3__list_1__point_7") == address)
    }

    @Test func recitalsCountByPositionAndOperativeParagraphsByPrintedNumber() {
        let top = UnitAddress(document: "a-res-62-148", steps: [])
        #expect(aliases.eId(at: top.appending(.recital, 2)) == "rec_2")
        #expect(aliases.eId(at: top.appending(.paragraph, 10)) == "para_10")
        #expect(aliases.numbers(under: top, type: .recital) == Array(1...10))
        #expect(aliases.numbers(under: top, type: .paragraph) == Array(1...32))
    }

    @Test func childNumbersListWhatExists() {
        let article14 = UnitAddress(document: "iccpr", steps: [.init(.article, 14)])
        #expect(aliases.numbers(under: article14, type: .paragraph) == Array(1...7))
        #expect(aliases.numbers(under: article14, type: .item) == [])
        #expect(aliases.numbers(under: UnitAddress(document: "iccpr", steps: []), type: .article) == Array(1...53))
    }

    @Test func numbersThatDoNotExistHaveNoUnit() {
        let iccpr = UnitAddress(document: "iccpr", steps: [])
        #expect(aliases.eId(at: iccpr.appending(.article, 54)) == nil)
        #expect(aliases.eId(at: iccpr.appending(.article, 3).appending(.paragraph, 1)) == nil)
        #expect(aliases.eId(at: UnitAddress(document: "nothing", steps: [.init(.article, 1)])) == nil)
    }
}

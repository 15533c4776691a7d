import Testing
import DocumentStore

@Suite struct UnitIndexTests {
    let repository: DocumentRepository

    init() throws { repository = try CorpusFixtures.repository() }

    @Test func articlesLinkToTheirNeighbouringArticles() throws {
        let art14 = try #require(repository.unit(document: "iccpr", eId: "art_14"))
        #expect(art14.previous == "art_13")
        #expect(art14.next == "art_15")
        #expect(art14.parent == nil)
        #expect(art14.ancestors.isEmpty)
    }

    @Test func paragraphsLinkWithinTheirArticleOnly() throws {
        let first = try #require(repository.unit(document: "iccpr", eId: "art_14__para_1"))
        #expect(first.previous == nil)
        #expect(first.next == "art_14__para_2")
        #expect(first.parent == "art_14")
        let last = try #require(repository.unit(document: "iccpr", eId: "art_14__para_7"))
        #expect(last.next == nil)
    }

    @Test func subItemKnowsItsAncestors() throws {
        let record = try #require(repository.unit(document: "iccpr", eId: "art_8__para_2__list_1__point_3__list_1__point_2"))
        #expect(record.ancestors == ["art_8", "art_8__para_2", "art_8__para_2__list_1__point_3"])
        #expect(record.parent == "art_8__para_2__list_1__point_3")
        #expect(record.previous == "art_8__para_2__list_1__point_3__list_1__point_1")
        #expect(record.next == "art_8__para_2__list_1__point_3__list_1__point_3")
    }

    @Test func neighboursFollowReadingOrderAcrossUnitTypes() throws {
        // Fixture order at the top level: formula_1, rec_1 … rec_4, para_1, para_6, para_7, para_10, para_32, conclusion_1.
        let para1 = try #require(repository.unit(document: "a-res-62-148", eId: "para_1"))
        #expect(para1.previous == "rec_4")
        #expect(para1.next == "para_6")
        let rec4 = try #require(repository.unit(document: "a-res-62-148", eId: "rec_4"))
        #expect(rec4.next == "para_1")
        #expect(rec4.previous == "rec_3")
        let formula = try #require(repository.unit(document: "a-res-62-148", eId: "formula_1"))
        #expect(formula.previous == nil)
        #expect(formula.next == "rec_1")
    }

    @Test func unitsAreListedDepthFirst() {
        let ids = repository.units(document: "iccpr").map(\.unit.eId)
        let art8 = ids.firstIndex(of: "art_8")!
        #expect(ids[art8 + 1] == "art_8__para_1")
        #expect(ids[art8 + 2] == "art_8__para_2")
        #expect(ids[art8 + 3] == "art_8__para_2__list_1__point_1")
        #expect(ids.firstIndex(of: "art_8__para_2__list_1__point_3__list_1__point_4")! < ids.firstIndex(of: "art_13")!)
    }

    @Test func unknownUnitsAndDocumentsAreNil() {
        #expect(repository.unit(document: "iccpr", eId: "art_99") == nil)
        #expect(repository.unit(document: "udhr", eId: "art_1") == nil)
        #expect(repository.units(document: "udhr").isEmpty)
        #expect(repository.document(id: "udhr") == nil)
    }

    @Test func documentsAreOrderedById() {
        #expect(repository.documents.map(\.id) == ["a-res-62-148", "iccpr"])
    }

    @Test func referencesAreIndexedBothWays() {
        let out = repository.references(from: "iccpr", eId: "art_8__para_2__list_1__point_2")
        #expect(out.map(\.text) == ["第二項(一)款"])
        let incoming = repository.references(to: "iccpr", eId: "art_8__para_2__list_1__point_1")
        #expect(incoming.map(\.id) == ["iccpr-ref-1"])
        #expect(repository.references(to: "iccpr", eId: "art_7").map(\.id) == ["thematic-1"])
        #expect(repository.references(to: "a-res-62-148", eId: "para_1").map(\.id) == ["thematic-1"])
        #expect(repository.crossReferences.count == 3)
    }

    @Test func footnotesByNumber() {
        #expect(repository.footnote(document: "a-res-62-148", number: 6)?.text == "见 E/CN.4/2005/102/Add.1。")
        #expect(repository.footnote(document: "a-res-62-148", number: 2) == nil)
    }
}

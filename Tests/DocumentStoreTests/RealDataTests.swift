import Foundation
import Testing
import DocumentStore

/// The normalized `Data/` directory (once the normalizer's output is committed). Expectations are
/// facts read off `Data/sources/*.txt` by hand, never the normalizer's output.
@Suite(.enabled(if: TestPaths.normalizedDataExists, "Data/*.json not generated yet"))
struct RealDataTests {
    /// The committed data directory; when the curated thematic links are not committed yet, a
    /// copy with an empty `thematic-links.json` (``committedDataDirectoryLoads`` reports that case).
    static let repository: DocumentRepository? = {
        let links = TestPaths.dataDirectory + "/thematic-links.json"
        if FileManager.default.fileExists(atPath: links) {
            return try? DocumentRepository.load(dataDirectory: TestPaths.dataDirectory)
        }
        let copy = NSTemporaryDirectory() + "document-store-data-" + UUID().uuidString
        do {
            try FileManager.default.copyItem(atPath: TestPaths.dataDirectory, toPath: copy)
            try Data("[]\n".utf8).write(to: URL(fileURLWithPath: copy + "/thematic-links.json"))
            defer { try? FileManager.default.removeItem(atPath: copy) }
            return try DocumentRepository.load(dataDirectory: copy)
        } catch {
            return nil
        }
    }()

    private var repository: DocumentRepository {
        get throws { try #require(Self.repository) }
    }

    @Test func committedDataDirectoryLoads() throws {
        do {
            let loaded = try DocumentRepository.load(dataDirectory: TestPaths.dataDirectory)
            #expect(loaded.documents.map(\.id) == ["a-res-62-148", "iccpr"])
        } catch {
            Issue.record("Data/ does not load: \(error)")
        }
    }

    @Test func reloadingTheDataGivesTheSameCounts() throws {
        // Quiet: the load statistics are compared, not printed. Counts read off the sources: the resolution has
        // 48 units (3 preface, 1 formula, 10 recitals, 32 paragraphs, 2 closing lines), the Covenant 223.
        let first = try repository.loadStatistics
        #expect(first.unitCount == 48 + 223)
        let again = try DocumentRepository.load(dataDirectory: TestPaths.dataDirectory)
        #expect(again.loadStatistics.unitCount == first.unitCount)
    }

    @Test func repeatedTwoCharacterSearchesGiveTheSameHits() throws {
        // Replaces a timing loop that printed figures and asserted nothing (timings belong to the benchmarks).
        let repository = try repository
        for query in ["酷刑", "公約", "权利"] {
            let first = repository.search(SearchQuery(text: query)).hits.map { "\($0.document)/\($0.eId)" }
            #expect(!first.isEmpty, "\(query)")
            for _ in 0..<20 {
                #expect(repository.search(SearchQuery(text: query)).hits.map { "\($0.document)/\($0.eId)" } == first, "\(query)")
            }
        }
    }

    @Test func covenantHasFiftyThreeArticles() throws {
        let articles = try repository.units(document: "iccpr").filter { $0.unit.type == .article }
        #expect(articles.map(\.unit.ordinal) == Array(1...53).map(Optional.some))
        #expect(try repository.resolve(citation: "ICCPR art. 54") == .failure(.notFound(understood: "ICCPR art. 54", detail: "the ICCPR has articles 1–53")))
    }

    @Test func resolutionHasThirtyTwoOperativeParagraphsTenRecitalsAndEightFootnotes() throws {
        let units = try repository.units(document: "a-res-62-148")
        #expect(units.filter { $0.unit.type == .paragraph }.count == 32)
        #expect(units.filter { $0.unit.type == .recital }.count == 10)
        #expect(try repository.resolve(citation: "A/RES/62/148 OP33") == .failure(.notFound(understood: "A/RES/62/148, para. 33", detail: "A/RES/62/148 has operative paragraphs 1–32")))
        #expect(try repository.resolve(citation: "A/RES/62/148 fn 9") == .failure(.notFound(understood: "A/RES/62/148, fn. 9", detail: "A/RES/62/148 has footnotes 1–8")))
        #expect(try repository.resolve(citation: "A/RES/62/148 PP11") == .failure(.notFound(understood: "A/RES/62/148, preambular para. 11", detail: "A/RES/62/148 has preambular paragraphs 1–10")))
    }

    @Test(arguments: [
        ("ICCPR art. 14(3)(g)", "iccpr/art_14__para_3__list_1__point_7"),
        ("ICCPR art 14", "iccpr/art_14"),
        ("ICCPR 14.3.g", "iccpr/art_14__para_3__list_1__point_7"),
        ("ICCPR 14(3)", "iccpr/art_14__para_3"),
        ("iccpr art. 8(2)(c)(i)", "iccpr/art_8__para_2__list_1__point_3__list_1__point_1"),
        ("ICCPR art. 41(1)(h)(ii)", "iccpr/art_41__para_1__list_1__point_8__list_1__point_2"),
        ("ICCPR art. 25(1)(c)", "iccpr/art_25__para_1__list_1__point_3"),
        ("公民與政治權利國際公約第十四條第三項第七款", "iccpr/art_14__para_3__list_1__point_7"),
        ("公民与政治权利国际公约第十四条", "iccpr/art_14"),
        ("第十四條第三項(七)", "iccpr/art_14__para_3__list_1__point_7"),
        ("第十四条第三款", "iccpr/art_14__para_3"),
        ("第十條第二項(二)", "iccpr/art_10__para_2__list_1__point_2"),
        ("ICCPR preamble, paras. 4–5", "iccpr/rec_2"),
        ("A/RES/62/148 OP10", "a-res-62-148/para_10"),
        ("A/RES/62/148 para 10", "a-res-62-148/para_10"),
        ("A/RES/62/148 PP2", "a-res-62-148/rec_2"),
        ("62/148 第10段", "a-res-62-148/para_10"),
        ("A/RES/62/148 footnote 5", "a-res-62-148/authorialNote_5"),
        ("A/RES/62/148 fn 5", "a-res-62-148/authorialNote_5"),
    ])
    func resolvesCitationFormInTheRealData(citation: String, expected: String) throws {
        let resolved = try repository.resolve(citation: citation).get()
        #expect("\(resolved.document)/\(resolved.eId)" == expected)
    }

    @Test func articleFourteenParagraphThreeHasSevenItemsEndingWithSelfIncrimination() throws {
        let paragraph = try #require(try repository.unit(document: "iccpr", eId: "art_14__para_3"))
        #expect(paragraph.unit.children.count == 7)
        #expect(paragraph.unit.children.last?.text == "不得強迫被告自供或認罪。")
        let item = try #require(try repository.unit(document: "iccpr", eId: "art_14__para_3__list_1__point_7"))
        #expect(try repository.citation(for: item) == UnitCitation(english: "ICCPR art. 14(3)(g)", chinese: "公民與政治權利國際公約第十四條第三項第七款"))
    }

    @Test func navigationFollowsTheNumbering() throws {
        let article = try #require(try repository.unit(document: "iccpr", eId: "art_14"))
        #expect(article.previous == "art_13" && article.next == "art_15")
        let paragraph = try #require(try repository.unit(document: "a-res-62-148", eId: "para_10"))
        #expect(paragraph.previous == "para_9" && paragraph.next == "para_11")
    }

    @Test func navigationCrossesFromPreambleToBodyInReadingOrder() throws {
        // Resolution: the tenth recital (line 76, 考虑到人权理事会…) is followed by operative paragraph 1 (line 78).
        let lastRecital = try #require(try repository.unit(document: "a-res-62-148", eId: "rec_10"))
        #expect(lastRecital.next == "para_1")
        #expect(try repository.unit(document: "a-res-62-148", eId: "para_1")?.previous == "rec_10")
        #expect(try repository.unit(document: "a-res-62-148", eId: "para_32")?.next == "conclusions__p_1")
        // Covenant: 爰議定條款如下: (line 12) is followed by 第一條 (line 16); 第五十三條 by the testimonium (line 247).
        let formula = try #require(try repository.unit(document: "iccpr", eId: "formula_1"))
        #expect(formula.previous == "rec_2" && formula.next == "art_1")
        #expect(try repository.unit(document: "iccpr", eId: "art_1")?.previous == "formula_1")
        #expect(try repository.unit(document: "iccpr", eId: "art_53")?.next == "conclusions__p_1")
        let testimonium = try #require(try repository.unit(document: "iccpr", eId: "conclusions__p_1"))
        #expect(testimonium.unit.type == .conclusion && testimonium.next == nil)
        #expect(testimonium.unit.text.hasPrefix("為此,下列各代表") && testimonium.unit.text.hasSuffix("以昭信守。"))
    }

    @Test func tortureIsFoundInBothDocumentsAndOnlyInArticle7OfTheCovenant() throws {
        // The raw Covenant prints 酷刑 once, in article 7; the resolution's first recital and paragraphs 1 and 10 name it.
        let hits = try repository.search(SearchQuery(text: "酷刑", limit: 100)).hits
        #expect(hits.filter { $0.document == "iccpr" }.map(\.eId) == ["art_7"])
        let resolution = Set(hits.filter { $0.document == "a-res-62-148" }.map(\.eId))
        #expect(resolution.isSuperset(of: ["rec_1", "para_1", "para_10"]))
        #expect(resolution.count > 20)
    }

    @Test func scriptVariantsGiveTheSameTotals() throws {
        let repository = try repository
        #expect(repository.search(SearchQuery(text: "公約")).total == repository.search(SearchQuery(text: "公约")).total)
        #expect(repository.search(SearchQuery(text: "權利")).total == repository.search(SearchQuery(text: "权利")).total)
    }

    @Test func traditionalQueryFindsTheRightJoinedAcrossALineBreak() throws {
        // Recital 2 prints 权 at the end of one line and 利 at the start of the next.
        let hits = try repository.search(SearchQuery(text: "不容克減的權利", document: "a-res-62-148")).hits
        #expect(hits.map(\.eId) == ["rec_2"])
    }

    @Test func highlightsSliceToTheQueryInTheOriginalText() throws {
        let repository = try repository
        for hit in repository.search(SearchQuery(text: "国际", limit: 100)).hits where hit.kind == .unit {
            let text = Array(try #require(repository.unit(document: hit.document, eId: hit.eId)).unit.text.unicodeScalars)
            for span in hit.highlights {
                let slice = String(String.UnicodeScalarView(text[span.start..<span.end]))
                #expect(slice == (hit.document == "iccpr" ? "國際" : "国际"))
            }
        }
    }

    @Test func asciiParenthesesFindTheCovenantsFullReference() throws {
        // Unquoted, the reference ranks first; quoted, it is the only unit that matches (the
        // other units of art. 8 come along as context hits).
        let hits = try repository.search(SearchQuery(text: "第二项(一)款")).hits
        #expect(hits.first?.eId == "art_8__para_2__list_1__point_2")
        let exact = try repository.search(SearchQuery(text: "\"第二项(一)款\"")).hits
        #expect(exact.filter { !$0.isContext }.map(\.eId) == ["art_8__para_2__list_1__point_2"])
    }

    @Test func article4ParagraphTwoListsTheNonDerogableArticlesAsIncomingReferences() throws {
        // 四、二、第六條第七條第八條(第一項及第二項)、第十一條、第十五條、第十六條及第十八條之規定,不得依本條規定減免履行。
        let repository = try repository
        for target in ["art_6", "art_7", "art_8__para_1", "art_8__para_2", "art_11", "art_15", "art_16", "art_18"] {
            let sources = repository.references(to: "iccpr", eId: target).compactMap(\.source?.eId)
            #expect(sources.contains("art_4__para_2"), "\(target)")
        }
        let outgoing = repository.references(from: "iccpr", eId: "art_4__para_2").filter { $0.type != .thematic }
        #expect(outgoing.count >= 7)
    }

    @Test func article7IsLinkedToTheResolutionsSubject() throws {
        let links = try repository.references(from: "iccpr", eId: "art_7").filter { $0.type == .thematic }
        #expect(links.flatMap(\.targets).contains(ReferenceTarget(document: "a-res-62-148", eId: "para_1")))
        #expect(try !repository.references(to: "a-res-62-148", eId: "para_1").filter { $0.type == .thematic }.isEmpty)
    }

    @Test func footnoteOneIsAnchoredInRecitalFourAndParagraphSeven() throws {
        let footnote = try #require(try repository.footnote(document: "a-res-62-148", number: 1))
        #expect(footnote.anchors.map(\.eId) == ["rec_4", "para_7"])
    }

    @Test func everyCitationResolvesBackToItsUnit() throws {
        let repository = try repository
        for document in repository.documents {
            for record in repository.units(document: document.id) where [.article, .paragraph, .item, .subitem, .recital].contains(record.unit.type) {
                let citation = repository.citation(for: record)
                for text in [citation.english, citation.chinese] {
                    let resolved = try repository.resolve(citation: text).get()
                    #expect(resolved.eId == record.unit.eId, "\(text)")
                }
            }
            for footnote in document.footnotes {
                let citation = try #require(repository.citation(forFootnote: footnote.number, document: document.id))
                #expect(try repository.resolve(citation: citation.english).get().eId == footnote.eId)
                #expect(try repository.resolve(citation: citation.chinese).get().eId == footnote.eId)
            }
        }
    }
}

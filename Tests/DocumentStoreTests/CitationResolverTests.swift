import Testing
import DocumentStore

@Suite struct CitationResolverTests {
    let repository: DocumentRepository

    init() throws { repository = try CorpusFixtures.repository() }

    private func eId(_ citation: String) -> String? {
        switch repository.resolve(citation: citation) {
        case .success(let resolved): resolved.document + "/" + resolved.eId
        case .failure: nil
        }
    }

    @Test(arguments: [
        ("ICCPR art. 14(3)(g)", "iccpr/art_14__para_3__list_1__point_7"),
        ("ICCPR art 14", "iccpr/art_14"),
        ("ICCPR article 14", "iccpr/art_14"),
        ("ICCPR 14.3.g", "iccpr/art_14__para_3__list_1__point_7"),
        ("ICCPR 14(3)", "iccpr/art_14__para_3"),
        ("ICCPR art. 14, para. 3(g)", "iccpr/art_14__para_3__list_1__point_7"),
        ("ICCPR article 14 paragraph 3", "iccpr/art_14__para_3"),
        ("iccpr art. 8(2)(c)(i)", "iccpr/art_8__para_2__list_1__point_3__list_1__point_1"),
        ("ICCPR 8.2.c.iv", "iccpr/art_8__para_2__list_1__point_3__list_1__point_4"),
        ("ＩＣＣＰＲ　art. １４（３）", "iccpr/art_14__para_3"),
        ("公民與政治權利國際公約第十四條第三項第七款", "iccpr/art_14__para_3__list_1__point_7"),
        ("《公民與政治權利國際公約》第十四條", "iccpr/art_14"),
        ("公民与政治权利国际公约第十四条", "iccpr/art_14"),
        ("公民权利和政治权利国际公约第十四条第三款", "iccpr/art_14__para_3"),
        ("第十四條第三項(七)", "iccpr/art_14__para_3__list_1__point_7"),
        ("第十四條第三項（七）", "iccpr/art_14__para_3__list_1__point_7"),
        ("第十四条第三款", "iccpr/art_14__para_3"),
        ("第十四条第三款第七项", "iccpr/art_14__para_3__list_1__point_7"),
        ("第14条第3款", "iccpr/art_14__para_3"),
        ("第八條第二項(一)款", "iccpr/art_8__para_2__list_1__point_1"),
        ("第八條第二項第三款第一目", "iccpr/art_8__para_2__list_1__point_3__list_1__point_1"),
        ("第八條第二項(三)(4)", "iccpr/art_8__para_2__list_1__point_3__list_1__point_4"),
        ("ICCPR preamble, recital 2 as printed", "iccpr/rec_2"),
        ("A/RES/62/148 OP10", "a-res-62-148/para_10"),
        ("A/RES/62/148 para 10", "a-res-62-148/para_10"),
        ("A/RES/62/148, para. 10", "a-res-62-148/para_10"),
        ("a/res/62/148 op 32", "a-res-62-148/para_32"),
        ("A/RES/62/148 PP2", "a-res-62-148/rec_2"),
        ("A/RES/62/148, preambular para. 3", "a-res-62-148/rec_3"),
        ("62/148 第10段", "a-res-62-148/para_10"),
        ("62/148 第十段", "a-res-62-148/para_10"),
        ("大会第62/148号决议第10段", "a-res-62-148/para_10"),
        ("大会第62/148号决议序言部分第3段", "a-res-62-148/rec_3"),
        ("大會第62/148號決議第10段", "a-res-62-148/para_10"),
        ("62/148 10", "a-res-62-148/para_10"),
        ("A/RES/62/148 footnote 5", "a-res-62-148/authorialNote_5"),
        ("A/RES/62/148 fn 5", "a-res-62-148/authorialNote_5"),
        ("A/RES/62/148, fn. 6", "a-res-62-148/authorialNote_6"),
        ("62/148 脚注1", "a-res-62-148/authorialNote_1"),
    ])
    func resolvesCitationForm(citation: String, expected: String) {
        #expect(eId(citation) == expected, "\(citation)")
    }

    @Test func resolvedCitationCarriesInputAndCanonicalCitation() throws {
        let resolved = try repository.resolve(citation: "ICCPR 14.3.g").get()
        #expect(resolved.input == "ICCPR 14.3.g")
        #expect(resolved.citation == UnitCitation(english: "ICCPR art. 14(3)(g)", chinese: "公民與政治權利國際公約第十四條第三項第七款"))
        let footnote = try repository.resolve(citation: "A/RES/62/148 footnote 5").get()
        #expect(footnote.citation.english == "A/RES/62/148, fn. 5")
    }

    @Test(arguments: [
        ("ICCPR art. 54", "ICCPR art. 54", "the ICCPR has articles 1–53"),
        ("公民與政治權利國際公約第五十四條", "ICCPR art. 54", "the ICCPR has articles 1–53"),
        ("ICCPR art. 14(9)", "ICCPR art. 14(9)", "ICCPR art. 14 has paragraphs 1–7"),
        ("ICCPR art. 14(3)(h)", "ICCPR art. 14(3)(h)", "ICCPR art. 14(3) has items (a)–(g)"),
        ("ICCPR art. 7(1)", "ICCPR art. 7(1)", "ICCPR art. 7 has no numbered paragraphs"),
        ("ICCPR art. 8(2)(c)(v)", "ICCPR art. 8(2)(c)(v)", "ICCPR art. 8(2)(c) has sub-items (i)–(iv)"),
        ("A/RES/62/148 OP33", "A/RES/62/148, para. 33", "A/RES/62/148 has operative paragraphs 1–32"),
        ("A/RES/62/148 fn 9", "A/RES/62/148, fn. 9", "A/RES/62/148 has footnotes 1–6"),
        ("A/RES/62/148 PP40", "A/RES/62/148, preambular para. 40", "A/RES/62/148 has preambular paragraphs 1–4"),
        ("A/RES/61/177", "A/RES/61/177", "the corpus holds A/RES/62/148 and the ICCPR only"),
    ])
    func outOfRangeCitationIsNotFoundNamingWhatWasUnderstood(citation: String, understood: String, detail: String) {
        #expect(repository.resolve(citation: citation) == .failure(.notFound(understood: understood, detail: detail)))
    }

    @Test func traditionalKuanDirectlyUnderArticleMeansItemAndIsNotFound() {
        // In Traditional script 款 is the item level: 第十四條第三款 names an item directly under art. 14.
        guard case .failure(.notFound(let understood, _)) = repository.resolve(citation: "第十四條第三款") else {
            Issue.record("expected notFound")
            return
        }
        #expect(understood == "ICCPR art. 14(c)")
    }

    @Test(arguments: ["", "hello world", "ICCPR art. q", "ICCPR art. 14 para. x", "ICCPR art. 14(3", "第十四條第三項第七款第一款", "A/RES/62/148 chapter 3", "UDHR art. 5", "14(3)"])
    func garbageIsUnparseableAndListsAcceptedForms(citation: String) {
        guard case .failure(.unparseable(let detail)) = repository.resolve(citation: citation) else {
            Issue.record("\(citation) should be unparseable, got \(repository.resolve(citation: citation))")
            return
        }
        #expect(detail.contains("ICCPR art. 14(3)(g)"))
        #expect(detail.contains("A/RES/62/148 OP10"))
    }

    @Test func everyCitationTheRepositoryWritesResolvesBackToItsUnit() throws {
        for document in repository.documents {
            for record in repository.units(document: document.id) where ![.preface, .formula, .conclusion].contains(record.unit.type) {
                let citation = repository.citation(for: record)
                for text in [citation.english, citation.chinese] {
                    let resolved = try repository.resolve(citation: text).get()
                    #expect(resolved.eId == record.unit.eId, "\(text)")
                    #expect(resolved.document == document.id)
                    #expect(resolved.citation == citation)
                }
            }
        }
    }
}

import DocumentStore
import Testing

/// Citations follow the authentic numbering of the Covenant; the printed position rides along
/// where it differs. Expected values read off the authentic English text (UNTS vol. 999 p. 171)
/// and `Data/sources/iccpr.zh-Hant.txt` by hand.
@Suite struct OfficialCitationTests {
    let repository: DocumentRepository

    init() throws { repository = try #require(RealDataTests.repository) }

    private func citation(_ eId: String, in document: String = "iccpr") throws -> UnitCitation {
        repository.citation(for: try #require(repository.unit(document: document, eId: eId)))
    }

    private func resolved(_ text: String) -> ResolvedCitation? {
        try? repository.resolve(citation: text).get()
    }

    @Test func forcedLabourItemsAreCitedAsParagraphThreeOfArticleEight() throws {
        // Printed: 第八條 二、任何人不得使充奴工。(一)任何人不得使服強迫或強制之勞役; authentic: 8(2) servitude, 8(3)(a) forced labour.
        let item = try citation("art_8__para_2__list_1__point_1")
        #expect(item.english == "ICCPR art. 8(3)(a)")
        #expect(item.chinese == "公民與政治權利國際公約第八條第三項第一款")
        #expect(item.printed == PrintedCitation(english: "ICCPR art. 8(2)(a)", chinese: "公民與政治權利國際公約第八條第二項第一款"))
        #expect(try citation("art_8__para_2__list_1__point_3__list_1__point_2").english == "ICCPR art. 8(3)(c)(ii)")
        // Paragraph 2 itself (servitude) is numbered alike.
        #expect(try citation("art_8__para_2") == UnitCitation(english: "ICCPR art. 8(2)", chinese: "公民與政治權利國際公約第八條第二項"))
    }

    @Test func articleFiftyTwoParticularsAreItemsAAndB() throws {
        let first = try citation("art_52__para_1")
        #expect(first.english == "ICCPR art. 52(a)")
        #expect(first.chinese == "公民與政治權利國際公約第五十二條第一款")
        #expect(first.printed?.english == "ICCPR art. 52(1)")
        #expect(try citation("art_52__para_2").english == "ICCPR art. 52(b)")
    }

    @Test func articleTwentyFiveHasNoParagraphNumberInTheAuthenticText() throws {
        let chapeau = try citation("art_25__para_1")
        #expect(chapeau.english == "ICCPR art. 25, chapeau")
        #expect(chapeau.chinese == "公民與政治權利國際公約第二十五條序文")
        #expect(chapeau.printed?.english == "ICCPR art. 25(1)")
        #expect(try citation("art_25__para_1__list_1__point_3").english == "ICCPR art. 25(c)")
    }

    @Test func unitsNumberedAlikeCarryNoPrintedPosition() throws {
        #expect(try citation("art_14__para_3__list_1__point_7") == UnitCitation(english: "ICCPR art. 14(3)(g)", chinese: "公民與政治權利國際公約第十四條第三項第七款"))
        #expect(try citation("para_10", in: "a-res-62-148").printed == nil)
    }

    @Test func covenantRecitalsAreCitedByTheAuthenticParagraphsTheyHold() throws {
        // rec_1: 鑑於…確認…確認… = Considering, Recognizing, Recognizing; rec_2: 鑑於…明認… = Considering, Realizing.
        let first = try citation("rec_1")
        #expect(first.english == "ICCPR preamble, paras. 1–3")
        #expect(first.chinese == "公民與政治權利國際公約前文第一段至第三段")
        #expect(try citation("rec_2").english == "ICCPR preamble, paras. 4–5")
    }

    @Test(arguments: [
        ("ICCPR art. 8(3)(a)", "art_8__para_2__list_1__point_1"),
        ("ICCPR art. 8(3)(c)(iv)", "art_8__para_2__list_1__point_3__list_1__point_4"),
        ("公民與政治權利國際公約第八條第三項第二款", "art_8__para_2__list_1__point_2"),
        ("ICCPR art. 52(a)", "art_52__para_1"),
        ("ICCPR art. 52(b)", "art_52__para_2"),
        ("ICCPR art. 25(a)", "art_25__para_1__list_1__point_1"),
        ("ICCPR art. 25, chapeau", "art_25__para_1"),
        ("ICCPR preamble, paras. 4-5", "rec_2"),
        ("ICCPR preamble, recital 2 as printed", "rec_2"),
        ("CCPR art 7", "art_7"),
        ("ICCPR art. VII", "art_7"),
        ("ICCPR art. XIV(3)(g)", "art_14__para_3__list_1__point_7"),
        ("ICCPR art. 14.3(g)", "art_14__para_3__list_1__point_7"),
        ("公民与政治权利国际公约第十四条第三项第七款", "art_14__para_3__list_1__point_7"),
        ("第五三條", "art_53"),
        ("第二二條", "art_22"),
    ])
    func officialAndTypedFormsResolve(text: String, eId: String) {
        #expect(resolved(text)?.eId == eId, "\(text)")
    }

    @Test func printedNumbersStillResolveAndSaySo() throws {
        let printed = try #require(resolved("ICCPR art. 8(2)(a)"))
        #expect(printed.eId == "art_8__para_2__list_1__point_1")
        #expect(printed.numbering == .printed)
        #expect(resolved("ICCPR art. 8(3)(a)")?.numbering == .official)
        #expect(resolved("ICCPR art. 52(1)")?.eId == "art_52__para_1")
    }

    @Test(arguments: [("n. 5", 5), ("fn 5", 5), ("fn. 6", 6), ("A/RES/62/148 n. 1", 1)])
    func footnoteShorthandsResolveToTheResolutionsFootnotes(text: String, number: Int) {
        #expect(resolved(text)?.eId == "authorialNote_\(number)")
    }

    @Test func aPreambleParagraphPrintedInsideARecitalIsExplained() {
        guard case .failure(.numberedDifferently(let understood, let detail, let document, let eIds)) = repository.resolve(citation: "ICCPR preamble, para. 3") else {
            Issue.record("expected numberedDifferently")
            return
        }
        #expect(understood == "ICCPR preamble, para. 3")
        #expect(document == "iccpr")
        #expect(eIds == ["rec_1"])
        #expect(detail.contains("5 paragraphs") && detail.contains("2 recitals"))
    }

    @Test func paragraphThreeOfArticleEightNamesItsPrintedItems() {
        guard case .failure(.numberedDifferently(_, _, _, let eIds)) = repository.resolve(citation: "ICCPR art. 8(3)") else {
            Issue.record("expected numberedDifferently")
            return
        }
        #expect(eIds == ["art_8__para_2__list_1__point_1", "art_8__para_2__list_1__point_2", "art_8__para_2__list_1__point_3"])
    }

    @Test(arguments: ["第十十條", "第十三十條", "第〇五條"])
    func malformedChineseNumeralsAreRefused(text: String) {
        guard case .failure(.unparseable) = repository.resolve(citation: text) else {
            Issue.record("\(text) should be refused, got \(repository.resolve(citation: text))")
            return
        }
    }

    @Test func aYearReadDigitByDigitIsNotAnArticle() {
        guard case .failure(.notFound(let understood, _)) = repository.resolve(citation: "第一九六六條") else {
            Issue.record("expected notFound")
            return
        }
        #expect(understood == "ICCPR art. 1966")
    }

    @Test func everyEmittedCitationResolvesToItsUnitInBothScriptsAndLanguages() throws {
        var checked = 0
        for document in repository.documents {
            for record in repository.units(document: document.id) {
                let citation = repository.citation(for: record)
                var texts = [citation.english, citation.chinese, ScriptConverter.simplified(citation.chinese), ScriptConverter.traditional(citation.chinese)]
                if let printed = citation.printed {
                    texts += [printed.english, printed.chinese, ScriptConverter.simplified(printed.chinese), ScriptConverter.traditional(printed.chinese)]
                }
                for text in texts {
                    let resolved = repository.resolve(citation: text)
                    #expect((try? resolved.get())?.eId == record.unit.eId, "\(document.id) \(record.unit.eId): '\(text)' → \(resolved)")
                    checked += 1
                }
            }
            for footnote in document.footnotes {
                let citation = try #require(repository.citation(forFootnote: footnote.number, document: document.id))
                for text in [citation.english, citation.chinese, ScriptConverter.traditional(citation.chinese)] {
                    #expect((try? repository.resolve(citation: text).get())?.eId == footnote.eId, "\(text)")
                }
            }
        }
        #expect(checked > 4 * 271)
    }
}

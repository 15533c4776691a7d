import DocumentStore
import Testing
@testable import Normalizer

/// Facts read off `Data/sources/iccpr.zh-Hant.txt` by hand.
@Suite struct ICCPRFactsTests {
    @Test func hasFiftyThreeArticlesNumberedAsPrinted() throws {
        let articles = try Corpus.iccpr().units.filter { $0.type == .article }
        #expect(articles.map(\.eId) == (1...53).map { "art_\($0)" })
        #expect(articles.map(\.ordinal) == (1...53).map { $0 })
        #expect(articles[13].num == "第十四條")
        #expect(articles[52].num == "第五十三條")
    }

    @Test func articleFourteenParagraphThreeHasSevenItems() throws {
        let document = try Corpus.iccpr()
        let paragraph = try document.unit("art_14__para_3")
        #expect(paragraph.num == "三、")
        #expect(paragraph.ordinal == 3)
        #expect(paragraph.text == "審判被控刑事罪時,被告一律有權平等享受下列最低限度之保障:")
        #expect(paragraph.children.map(\.eId) == (1...7).map { "art_14__para_3__list_1__point_\($0)" })
        let item = try document.unit("art_14__para_3__list_1__point_7")
        #expect(item.num == "(七)")
        #expect(item.ordinal == 7)
        #expect(item.type == .item)
        #expect(item.text == "不得強迫被告自供或認罪。")
        #expect(try document.unit("art_14").children.count == 7)
    }

    @Test func articleEightKeepsThePrintedStructureWithSubItemsUnderParagraphTwo() throws {
        let document = try Corpus.iccpr()
        let article = try document.unit("art_8")
        #expect(article.children.map(\.eId) == ["art_8__para_1", "art_8__para_2"])
        #expect(try document.unit("art_8__para_2").text == "任何人不得使充奴工。")
        let item = try document.unit("art_8__para_2__list_1__point_3")
        #expect(item.text == "本項所稱〝強迫或強制勞役〞不包括下列各項:")
        #expect(item.children.map(\.eId) == (1...4).map { "art_8__para_2__list_1__point_3__list_1__point_\($0)" })
        let subitem = try document.unit("art_8__para_2__list_1__point_3__list_1__point_1")
        #expect(subitem.type == .subitem)
        #expect(subitem.num == "(1)")
        #expect(subitem.ordinal == 1)
        #expect(subitem.text == "經法院依法命令拘禁之人,或在此種拘禁假釋期間之人,通常必須擔任而不屬於(二)款範圍之工作或服役;")
        let structural = document.errata.filter { $0.eId == "art_8__para_2" }
        #expect(structural.map(\.kind) == ["structure"])
        #expect(structural.first?.intended == "三、")
    }

    @Test func itemsPrintedOnTheParagraphLineMakeAnEmptyChapeau() throws {
        let document = try Corpus.iccpr()
        for (paragraphEId, first) in [("art_10__para_2", "除特殊情形外,被告應與判決有罪之人分別羈押"), ("art_42__para_1", "如依第四十一條之規定提請委員會處理之事件")] {
            let paragraph = try document.unit(paragraphEId)
            #expect(paragraph.text == "", "\(paragraphEId)")
            #expect(paragraph.children.count == 2, "\(paragraphEId)")
            #expect(paragraph.children.first?.num == "(一)")
            #expect(paragraph.children.first?.text.hasPrefix(first) == true, "\(paragraphEId)")
        }
        #expect(try document.unit("art_10__para_2__list_1__point_2").text == "少年被告應與成年被告分別羈押,並應儘速即予判決。")
    }

    @Test func articlesWithoutNumberedParagraphsHoldTheirTextDirectly() throws {
        let document = try Corpus.iccpr()
        let three = try document.unit("art_3")
        #expect(three.text == "本公約締約國承允確保本公約所載一切公民及政治權利之享受,男女權利,一律平等。")
        #expect(three.children.isEmpty)
        let seven = try document.unit("art_7")
        #expect(seven.text == "任何人不得施以酷刑,或予以殘忍、不人道或侮辱之處遇或懲罰。非經本人自願同意,尤不得對任何人作醫學或科學試驗。")
        #expect(seven.children.isEmpty)
        #expect(try document.unit("art_14").text == "")
        let fiftyTwo = try document.unit("art_52")
        #expect(fiftyTwo.text == "除第四十八條第五項規定之通知外,聯合國秘書長應將下列事項通知同條第一項所稱之所有國家:")
        #expect(fiftyTwo.children.count == 2)
    }

    @Test func theUnlabelledLineOfArticleFortyOneContinuesParagraphTwo() throws {
        let document = try Corpus.iccpr()
        #expect(try document.unit("art_41").children.count == 2)
        let paragraph = try document.unit("art_41__para_2")
        #expect(paragraph.text.hasPrefix("本條之規定應於本公約十締約國發表本條第一項所稱之聲明後生效。此種聲明應由締約國交存聯合國秘書長,"))
        #expect(paragraph.text.hasSuffix("該國再有來文時不予接受。"))
        #expect(try document.unit("art_41__para_1__list_1__point_8").children.count == 2)
    }

    @Test func preambleFormulasAndTestimoniumAreTheirOwnUnits() throws {
        let document = try Corpus.iccpr()
        #expect(document.units.filter { $0.type == .recital }.map(\.eId) == ["rec_1", "rec_2"])
        #expect(try document.unit("rec_2").text.hasPrefix("鑑於聯合國憲章之規定,各國負有義務"))
        #expect(try document.unit("formula_1").text == "爰議定條款如下:")
        #expect(document.units.filter { $0.type == .formula }.map(\.eId) == ["formula_1"])
        // Line 247, the testimonium, is a closing line like the resolution's, not a formula.
        let testimonium = try document.unit("conclusions__p_1")
        #expect(testimonium.type == .conclusion)
        #expect(testimonium.text.hasPrefix("為此,下列各代表秉其本國政府正式授予之權"))
        #expect(document.units.last?.eId == "conclusions__p_1")
        #expect(!(try document.unit("art_53__para_2").text.contains("為此")))
    }

    @Test func titleBlockIsPrefaceWithItsLabels() throws {
        let document = try Corpus.iccpr()
        #expect(document.title == "公民與政治權利國際公約")
        #expect(document.titleEnglish == "International Covenant on Civil and Political Rights")
        let preface = document.units.filter { $0.type == .preface }
        #expect(preface.contains { $0.text == "公民與政治權利國際公約(International Covenant on Civil and Political Rights)" })
        #expect(preface.contains { $0.num == "【發布單位】" && $0.text == "聯合國大會" })
        #expect(preface.contains { $0.num == "【生效日期】" && $0.text == "1976年3月26日" })
        #expect(preface.contains { $0.text == "自一九六六年十二月十九日起得由各國在紐約簽署之本盟約;一九七六年三月二十六日生效" })
        #expect(document.dates.contains(DocumentDate(kind: "openedForSignature", date: "1966-12-19", printed: "一九六六年十二月十九日")))
        // Line 6 prints 1976年3月26日; the Covenant entered into force on 23 March 1976 (art. 49(1)). The
        // structured date is the correct one, with the printed form and a note beside it.
        let entry = try #require(document.dates.first { $0.kind == "entryIntoForce" })
        #expect(entry.date == "1976-03-23")
        #expect(entry.printed == "1976年3月26日")
        #expect(entry.printedDate == "1976-03-26")
        #expect(entry.note?.contains("23 March 1976") == true)
        let signature = try #require(document.dates.first { $0.kind == "openedForSignature" })
        #expect(signature.printedDate == nil && signature.note == nil)
        #expect(document.errata.contains { $0.kind == "date" && $0.intended == "1976年3月23日" })
    }

    @Test func theContactLineAndPageMarkupAreDiscardedNotContent() throws {
        let document = try Corpus.iccpr()
        #expect(document.discarded.map(\.line) == [1, 3, 9, 14])
        #expect(document.discarded.first?.text == "Call us (06)505-2916 . FAX(06)-5052917")
        #expect(document.discarded.map(\.text).suffix(3) == ["L3:", "【前文】", "【內容】"])
        #expect(!document.allUnits.contains { $0.text.contains("FAX") || $0.text.contains("L3") || ($0.num ?? "").contains("【前文】") })
    }

    @Test func selfDeterminationTypoIsRecordedAtItsOffset() throws {
        let document = try Corpus.iccpr()
        let erratum = try #require(document.errata.first { $0.printed == "目決權" })
        #expect(erratum.eId == "art_1__para_1")
        #expect(erratum.intended == "自決權")
        let text = try document.unit("art_1__para_1").text
        #expect(slice(text, erratum.offset, erratum.printed.unicodeScalars.count) == "目決權")
        #expect(erratum.offset == 7)  // 所有民族均享有 is 7 characters
    }

    @Test func theDuplicatedPhraseOfArticleTwoIsRecordedOnce() throws {
        let document = try Corpus.iccpr()
        let phrase = "或其他主張民族本源或社會階級、財產、出生"
        let erratum = try #require(document.errata.first { $0.kind == "duplication" && $0.eId == "art_2__para_1" })
        #expect(erratum.printed == phrase)
        let text = try document.unit("art_2__para_1").text
        #expect(text.contains(phrase + phrase))
        #expect(slice(text, erratum.offset - phrase.unicodeScalars.count, phrase.unicodeScalars.count) == phrase)
        #expect(slice(text, erratum.offset, phrase.unicodeScalars.count) == phrase)
    }

    @Test func everyErratumPointsAtWhatItSaysIsPrinted() throws {
        for document in try Corpus.documents.get() {
            for erratum in document.errata {
                let unit = try document.unit(erratum.eId)
                if erratum.offset < 0 {
                    #expect(erratum.kind == "structure" && erratum.printed.isEmpty)
                } else {
                    #expect(slice(unit.text, erratum.offset, erratum.printed.unicodeScalars.count) == erratum.printed, "\(erratum.eId)")
                }
                // Only a misplaced passage (a `structure` erratum such as art. 41(1)(h)) has the same words printed and intended.
                #expect(!erratum.note.isEmpty && (erratum.printed != erratum.intended || erratum.kind == "structure"), "\(erratum.eId)")
            }
        }
        let iccprErrata = try Corpus.iccpr().errata
        for (eId, printed) in [("art_4__para_1", "社會階段"), ("art_24__para_1", "社會、階段財產"), ("art_33__para_1", "經其委員"),
                               ("art_34__para_1", "宣告出席"), ("art_41__para_1__list_1__point_2", "雙國雙方")] {
            #expect(iccprErrata.contains { $0.eId == eId && $0.printed == printed }, "\(eId) \(printed)")
        }
    }

    @Test func sourceFingerprintMatchesTheFileOnDisk() throws {
        // `sha256sum Data/sources/iccpr.zh-Hant.txt`
        let source = try Corpus.iccpr().source
        #expect(source.sha256 == "4c1de98cdaf00259d10115d73cd11dedc8026f24148ccda2011f908723080098")
        #expect(source.bytes == 28298)
        #expect(source.lines == 247)
    }

    private func slice(_ text: String, _ offset: Int, _ length: Int) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard offset >= 0, offset + length <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[offset..<offset + length])
        return String(view)
    }

    /// The errata found in the round-2 reading: each printed form stands on the raw line given (read by
    /// hand in `Data/sources/iccpr.zh-Hant.txt`), in the unit given, and the intended words are the
    /// authentic text's.
    @Test(arguments: [
        (38, "art_6__para_2", "情節重大之罪", "情節最重大之罪", "wording"),
        (52, "art_8__para_2__list_1__point_3__list_1__point_2", "國民兵役", "國民服役", "wording"),
        (86, "art_14__para_4", "少年犯罪之審判", "少年之審判", "wording"),
        (111, "art_20__para_2", "煽動、歧視", "煽動歧視", "punctuation"),
        (129, "art_25__para_1__list_1__point_1", "自由選舉之代表", "自由選擇之代表", "wording"),
        (196, "art_41__para_1__list_1__point_8__list_1__point_2", "關於每一事件,委員會應將報告書送達各關係締約國。",
         "關於每一事件,委員會應將報告書送達各關係締約國。", "structure"),
        (212, "art_42__para_8", "第四十條", "第四十一條", "reference"),
        (226, "art_48__para_1", "本公約經由", "本公約聽由", "wording"),
    ])
    func roundTwoErrataAreRecordedWhereTheSourcePrintsThem(
        line: Int, eId: String, printed: String, intended: String, kind: String
    ) throws {
        let rawLines = try Corpus.rawText(Corpus.iccprSourcePath).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rawLines[line - 1].contains(printed))
        let document = try Corpus.iccpr()
        let erratum = try #require(document.errata.first { $0.eId == eId && $0.printed == printed })
        #expect(erratum.intended == intended)
        #expect(erratum.kind == kind)
        #expect(!erratum.note.isEmpty)
        let text = Array(try document.unit(eId).text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[erratum.offset..<(erratum.offset + printed.unicodeScalars.count)])) == printed)
    }

    @Test func theCovenantHasTwentySevenErrata() throws {
        // 19 from the first reading, 8 from the second (NORMALIZATION.md, section 5).
        let document = try Corpus.iccpr()
        #expect(document.errata.count == 27)
        #expect(document.errata.filter { $0.kind == "wording" }.count == 5)
        #expect(document.errata.filter { $0.kind == "reference" }.map(\.eId) == ["art_42__para_8"])
    }
}

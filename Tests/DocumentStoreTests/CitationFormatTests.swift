import Testing
import DocumentStore

@Suite struct CitationFormatTests {
    let repository: DocumentRepository

    init() throws { repository = try CorpusFixtures.repository() }

    private func citation(_ document: String, _ eId: String) -> UnitCitation? {
        repository.unit(document: document, eId: eId).map(repository.citation(for:))
    }

    @Test func covenantItemCitesArticleParagraphAndLetter() {
        #expect(citation("iccpr", "art_14__para_3__list_1__point_7") == UnitCitation(english: "ICCPR art. 14(3)(g)", chinese: "公民與政治權利國際公約第十四條第三項第七款"))
    }

    @Test func covenantSubItemUsesRomanNumeralAndMu() {
        // Officially art. 8(3)(c)(i) (the source prints paragraph 3's items under paragraph 二).
        #expect(citation("iccpr", "art_8__para_2__list_1__point_3__list_1__point_1") == UnitCitation(
            english: "ICCPR art. 8(3)(c)(i)", chinese: "公民與政治權利國際公約第八條第三項第三款第一目",
            printed: PrintedCitation(english: "ICCPR art. 8(2)(c)(i)", chinese: "公民與政治權利國際公約第八條第二項第三款第一目")))
    }

    @Test func covenantArticleAndParagraph() {
        #expect(citation("iccpr", "art_14") == UnitCitation(english: "ICCPR art. 14", chinese: "公民與政治權利國際公約第十四條"))
        #expect(citation("iccpr", "art_53__para_2") == UnitCitation(english: "ICCPR art. 53(2)", chinese: "公民與政治權利國際公約第五十三條第二項"))
    }

    @Test func covenantRecitalCitesThePreamble() {
        // The second printed recital holds the authentic preamble's paragraphs 4 (Considering) and 5 (Realizing).
        #expect(citation("iccpr", "rec_2") == UnitCitation(
            english: "ICCPR preamble, paras. 4–5", chinese: "公民與政治權利國際公約前文第四段至第五段",
            printed: PrintedCitation(english: "ICCPR preamble, recital 2 as printed", chinese: "公民與政治權利國際公約前文印本第二段")))
    }

    @Test func resolutionParagraphsAndRecitals() {
        #expect(citation("a-res-62-148", "para_10") == UnitCitation(english: "A/RES/62/148, para. 10", chinese: "大会第62/148号决议第10段"))
        #expect(citation("a-res-62-148", "rec_3") == UnitCitation(english: "A/RES/62/148, preambular para. 3", chinese: "大会第62/148号决议序言部分第3段"))
    }

    @Test func resolutionFootnote() {
        #expect(repository.citation(forFootnote: 5, document: "a-res-62-148") == UnitCitation(english: "A/RES/62/148, fn. 5", chinese: "大会第62/148号决议脚注5"))
        #expect(repository.citation(forFootnote: 9, document: "a-res-62-148") == nil)
    }

    @Test func linesWithoutNumbersGetDescriptiveCitations() {
        #expect(citation("a-res-62-148", "formula_1") == UnitCitation(english: "A/RES/62/148, formula", chinese: "大会第62/148号决议套语"))
        #expect(citation("a-res-62-148", "conclusion_1")?.english == "A/RES/62/148, closing, line 1")
    }
}

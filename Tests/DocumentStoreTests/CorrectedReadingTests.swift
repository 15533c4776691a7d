import Foundation
import Testing
import DocumentStore

/// The corrected reading: errata applied to the text, offsets moved. Expected strings are the
/// printed source lines (`Data/sources/iccpr.zh-Hant.txt`) with each recorded erratum's intended
/// wording put in by hand.
struct TextCorrectionTests {
    private func erratum(_ offset: Int, _ printed: String, _ intended: String) -> Erratum {
        Erratum(eId: "u", offset: offset, printed: printed, intended: intended, note: "", kind: "typo")
    }

    @Test func insertedSeparatorsMoveTheSpansAfterThemWithoutSwallowingThem() {
        // 第六條第七條第八條 → 第六條、第七條、第八條 (art. 4(2)).
        let correction = TextCorrection(printed: "第六條第七條第八條(第一項)", errata: [erratum(0, "第六條第七條第八條", "第六條、第七條、第八條")])
        #expect(correction.corrected == "第六條、第七條、第八條(第一項)")
        #expect(correction.mapSpan(start: 0, end: 3) == (0, 3))
        #expect(correction.mapSpan(start: 3, end: 6) == (4, 7))
        #expect(correction.mapSpan(start: 6, end: 14) == (8, 16))
    }

    @Test func aSpanOverASubstitutedCharacterCoversItsReplacement() {
        let correction = TextCorrection(printed: "享有目決權,", errata: [erratum(2, "目決權", "自決權")])
        #expect(correction.corrected == "享有自決權,")
        #expect(correction.mapSpan(start: 2, end: 5) == (2, 5))
        #expect(correction.mapSpan(start: 2, end: 3) == (2, 3))
        #expect(correction.map(6, .end) == 6)
    }

    @Test func deletedTextShiftsLaterOffsetsAndCollapsesSpansInsideIt() {
        let correction = TextCorrection(printed: "甲乙乙丙", errata: [erratum(2, "乙", "")])
        #expect(correction.corrected == "甲乙丙")
        #expect(correction.map(4, .end) == 3)
        #expect(correction.mapSpan(start: 3, end: 4) == (2, 3))
        #expect(correction.mapSpan(start: 2, end: 3) == (2, 2))
    }

    @Test func aFootnoteMarkerAtAnInsertionStaysWithTheCharacterBeforeIt() {
        let correction = TextCorrection(printed: "甲乙", errata: [erratum(0, "甲乙", "甲、乙")])
        #expect(correction.map(1, .end) == 1)
        #expect(correction.map(1, .start) == 2)
    }

    @Test func anErratumWhosePrintedTextIsNotAtItsOffsetIsNotApplied() {
        let wrong = erratum(1, "丙", "丁")
        let correction = TextCorrection(printed: "甲乙", errata: [wrong])
        #expect(correction.corrected == "甲乙")
        #expect(correction.isIdentity)
        #expect(correction.unapplied == [wrong])
    }

    @Test func overlappingErrataApplyTheFirstOnly() {
        let first = erratum(0, "甲乙", "甲、乙"), second = erratum(1, "乙丙", "乙、丙")
        let correction = TextCorrection(printed: "甲乙丙", errata: [second, first])
        #expect(correction.corrected == "甲、乙丙")
        #expect(correction.applied == [first])
        #expect(correction.unapplied == [second])
    }
}

@Suite(.enabled(if: TestPaths.normalizedDataExists, "Data/*.json not generated yet"))
struct CorrectedReadingRealDataTests {
    static let documents: [CorpusDocument] = ["iccpr", "a-res-62-148"].compactMap { id in
        guard let data = FileManager.default.contents(atPath: TestPaths.dataDirectory + "/\(id).json") else { return nil }
        return try? JSONDecoder().decode(CorpusDocument.self, from: data)
    }

    private var covenant: CorpusDocument {
        get throws { try #require(Self.documents.first { $0.id == "iccpr" }) }
    }

    private func unit(_ eId: String, in units: [DocumentStore.Unit]) -> DocumentStore.Unit? {
        for unit in units {
            if unit.eId == eId { return unit }
            if let found = self.unit(eId, in: unit.children) { return found }
        }
        return nil
    }

    private func correctedText(_ eId: String) throws -> String {
        let covenant = try covenant
        let corrected = CorrectedReading(documents: Self.documents).document(covenant)
        return try #require(unit(eId, in: corrected.units)).text
    }

    @Test func article2Paragraph1ReadsRaceOnceWithItsEnumerationComma() throws {
        #expect(try correctedText("art_2__para_1")
            == "本公約締約國承允尊重並確保所有境內受其管轄之人,無分種族、膚色、性別、語言、宗教、政見或其他主張、民族本源或社會階級、財產、出生或其他身分等等,一律享受本公約所確認之權利。")
    }

    @Test func article4Paragraph2SeparatesTheNonDerogableArticles() throws {
        #expect(try correctedText("art_4__para_2")
            == "第六條、第七條、第八條(第一項及第二項)、第十一條、第十五條、第十六條及第十八條之規定,不得依本條規定減免履行。")
    }

    @Test func article24Paragraph1ReadsSocialOriginAndProperty() throws {
        #expect(try correctedText("art_24__para_1")
            == "所有兒童有權享受家庭、社會及國家為其未成年身分給予之必需保護措施,不因種族、膚色、性別、語言、宗教、民族本源或社會階級、財產、或出生而受歧視。")
    }

    @Test func thePrefaceGivesTheEntryIntoForceAsTheTwentyThird() throws {
        #expect(try correctedText("preface__p_4") == "1976年3月23日")
        #expect(try correctedText("preface__p_5") == "自一九六六年十二月十九日起得由各國在紐約簽署之本公約;一九七六年三月二十三日生效")
    }

    @Test func article42Paragraph8NamesArticle41AndItsReferenceSpanCoversTheNewNumber() throws {
        // Line 212: "八、本條規定不影響委員會依第四十條所負之責任。" with the reference erratum 第四十條 → 第四十一條.
        #expect(try correctedText("art_42__para_8") == "本條規定不影響委員會依第四十一條所負之責任。")
        let corrected = CorrectedReading(documents: Self.documents).document(try covenant)
        let reference = try #require(corrected.references.first { $0.source?.eId == "art_42__para_8" && $0.source?.start == 11 })
        #expect(reference.text == "第四十一條")
        #expect(reference.source?.end == 16)
    }

    @Test func article20Paragraph2LosesTheSpuriousComma() throws {
        // Line 111: "二、任何鼓吹民族、種族或宗教仇恨之主張,構成煽動、歧視、敵視或強暴者,…" ('incitement to discrimination').
        #expect(try correctedText("art_20__para_2") == "任何鼓吹民族、種族或宗教仇恨之主張,構成煽動歧視、敵視或強暴者,應以法律禁止之。")
    }

    @Test func referenceSpansFollowTheCorrectedText() throws {
        let covenant = try covenant
        let corrected = CorrectedReading(documents: Self.documents).document(covenant)
        let spans = corrected.references.filter { $0.source?.eId == "art_4__para_2" }.compactMap { reference in
            reference.source.map { "\(reference.text)@\($0.start)..<\($0.end)" }
        }
        // Counted by hand in the corrected text above.
        #expect(spans.prefix(4) == ["第六條@0..<3", "第七條@4..<7", "第八條(第一項及第二項)@8..<20", "第十一條@21..<25"])
        let text = try #require(unit("art_4__para_2", in: corrected.units)).text
        for reference in corrected.references {
            guard let source = reference.source, let host = unit(source.eId, in: corrected.units) else { continue }
            let scalars = Array(host.text.unicodeScalars)
            #expect(source.end <= scalars.count, "\(reference.id) ends past its unit")
            if reference.type != .thematic, source.end <= scalars.count {
                #expect(String(String.UnicodeScalarView(scalars[source.start..<source.end])) == reference.text, "\(reference.id)")
            }
        }
        #expect(text.hasPrefix("第六條、"))
    }

    @Test func errataPointAtTheirIntendedWordingInTheCorrectedText() throws {
        let covenant = try covenant
        let corrected = CorrectedReading(documents: Self.documents).document(covenant)
        var checked = 0
        for erratum in corrected.errata where erratum.offset >= 0 {
            guard let host = unit(erratum.eId, in: corrected.units) else { continue }
            let scalars = Array(host.text.unicodeScalars), intended = Array(erratum.intended.unicodeScalars)
            guard erratum.offset + intended.count <= scalars.count else { Issue.record("\(erratum.eId) erratum past the text"); continue }
            #expect(scalars[erratum.offset..<(erratum.offset + intended.count)].elementsEqual(intended), "\(erratum.eId) at \(erratum.offset)")
            checked += 1
        }
        #expect(checked >= 10)
        // art. 2(1): 種族 at 26 (before the change), 其他主張、民族本源 at 44, the deleted copy at 64.
        let art2 = corrected.errata.filter { $0.eId == "art_2__para_1" }.map(\.offset)
        #expect(art2 == [26, 44, 64])
    }
}

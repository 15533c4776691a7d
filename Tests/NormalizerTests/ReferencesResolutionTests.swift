import Testing
import DocumentStore
import Normalizer

/// The resolution's external references, checked against unit texts copied from
/// `Data/sources/resolution-62-148.zh-Hans.txt` (PDF line breaks joined, spaces next to CJK removed,
/// footnote marker lines left out — the normalization rules). Expectations are read off the raw text.
@Suite struct ReferencesResolutionTests {
    static let units: [Unit] = [
        Unit(eId: "preface_2", type: .preface, num: nil, ordinal: nil, text: "[根据第三委员会的报告(A/62/439/Add.1)通过]"),
        Unit(eId: "preface_3", type: .preface, num: "62/148.", ordinal: nil, text: "酷刑和其他残忍、不人道或有辱人格的待遇或处罚"),
        Unit(eId: "rec_4", type: .recital, num: nil, ordinal: nil, text: "还回顾《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》第一条所载的酷刑定义，但不妨碍任何载列或可能载列适用范围较广的规定的国际文书或国内立法，", footnoteRefs: [FootnoteRef(number: 1, offset: 34)]),
        Unit(eId: "rec_5", type: .recital, num: nil, ordinal: nil, text: "强调各国必须适当解释和履行与酷刑和其他残忍、不人道或有辱人格的待遇或处罚有关的义务，并严格遵守《公约》第一条所载的酷刑定义，"),
        Unit(eId: "rec_6", type: .recital, num: nil, ordinal: nil, text: "注意到1949年日内瓦四公约规定酷刑和不人道待遇是严重违反公约的行为，前南斯拉夫问题国际法庭规约和起诉应对1994年1月1日至12月31日期间在卢旺达境内的种族灭绝和其他严重违反国际人道主义法行为负责者和应对这一期间邻国境内种族灭绝和其他这类违法行为负责的卢旺达公民的国际刑事法庭规约以及《国际刑事法院罗马规约》规定，酷刑行为可构成危害人类罪，在武装冲突局势中实施的酷刑行为可构成战争罪，"),
        Unit(eId: "rec_7", type: .recital, num: nil, ordinal: nil, text: "欢迎依照2006年6月22日生效的《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》规定的缔约国义务建立防范酷刑的国家机制，"),
        Unit(eId: "rec_8", type: .recital, num: nil, ordinal: nil, text: "认识到大会2006年12月20日第61/177号决议通过了《保护所有人免遭强迫失踪国际公约》，预计该公约将在大会第六十三届会议之前生效，确认其生效将具有重大意义，"),
        Unit(eId: "para_6", type: .paragraph, num: "6.", ordinal: 6, text: "在这方面注意到《有效调查和记录酷刑和其他残忍、不人道或有辱人格待遇或处罚的原则》(《伊斯坦布尔原则》)是防范和制止酷刑的有用工具，并注意到通过打击有罪不罚保护人权的增订原则；"),
        Unit(eId: "para_7", type: .paragraph, num: "7.", ordinal: 7, text: "吁请《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》缔约国履行义务，将被指控实施酷刑行为的人交付起诉或引渡；"),
        Unit(eId: "para_14", type: .paragraph, num: "14.", ordinal: 14, text: "回顾其关于保护所有遭受任何形式羁押或监禁的人的原则的1988年12月9日第43/173号决议，在这方面强调指出，确保立即将任何被逮捕或被羁押的人交由法官或其他独立的司法官员提审，并允许迅速和定期获得医疗和法律咨询以及家人和独立监测机制的探视，是防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚的有效措施；"),
        Unit(eId: "para_17", type: .paragraph, num: "17.", ordinal: 17, text: "敦促所有尚未成为《公约》缔约国的国家作为优先事项成为《公约》缔约国；"),
        Unit(eId: "para_18", type: .paragraph, num: "18.", ordinal: 18, text: "邀请所有尚未采取行动的国家，根据《公约》关于国家间和个人来文的第二十一条和第二十二条作出声明，考虑是否能撤回对《公约》第二十条的保留，并将其对《公约》第十七条和第十八条修正案的接受通知秘书长，以便尽快提高禁止酷刑委员会的效力；"),
        Unit(eId: "para_19", type: .paragraph, num: "19.", ordinal: 19, text: "敦促缔约国严格遵守《公约》规定的义务，包括《公约》第十九条规定的提交报告义务，因为未及时提交报告者甚众，并邀请缔约国在提交委员会的报告中纳入性别观点以及有关儿童和青少年及残疾人的资料；"),
        Unit(eId: "para_20", type: .paragraph, num: "20.", ordinal: 20, text: "吁请缔约国也尽早考虑签署和批准《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》，该议定书规定了用以制止和防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚的进一步措施；"),
        Unit(eId: "para_21", type: .paragraph, num: "21.", ordinal: 21, text: "欢迎委员会的工作和按照《公约》第二十四条提交的报告，建议委员会继续列入各国落实委员会建议的情况，并支持委员会关于进一步改进工作会议效力的构想；"),
        Unit(eId: "para_22", type: .paragraph, num: "22.", ordinal: 22, text: "吁请联合国人权事务高级专员依照大会1993年12月20日第48/141号决议规定的任务，继续应各国要求，为防范酷刑和其他残忍、不人道或有辱人格的待遇或处罚，包括为编写提交委员会的国家报告以及建立和操作国家防范机制，提供咨询服务，并为编写、制作和分发防范酷刑的教材提供技术援助；"),
        Unit(eId: "para_27", type: .paragraph, num: "27.", ordinal: 27, text: "确认向酷刑受害人提供国际援助的全球需要，强调联合国援助酷刑受害人自愿基金董事会工作的重要性，呼吁所有国家和组织每年向基金捐款，最好是大幅增加捐款额，并鼓励向任择议定书所设特别基金捐款以资助执行小组委员会提出的建议，以及向国家防范机制的教育方案捐款；"),
        Unit(eId: "para_32", type: .paragraph, num: "32.", ordinal: 32, text: "决定在第六十三届会议审议秘书长的报告，包括关于联合国援助酷刑受害人自愿基金和任择议定书所设特别基金的报告、禁止酷刑委员会的报告及酷刑和其他残忍、不人道或有辱人格的待遇或处罚问题特别报告员的临时报告。"),
    ]

    static let document = CorpusDocument(
        id: "a-res-62-148", symbol: "A/RES/62/148", title: "酷刑和其他残忍、不人道或有辱人格的待遇或处罚", titleEnglish: nil,
        language: "zh-Hans", kind: .resolution, dates: [],
        source: SourceFileInfo(path: "sources/resolution-62-148.zh-Hans.txt", sha256: "", bytes: 0, lines: 316),
        units: units, footnotes: [], errata: [], references: [], discarded: [], provenance: []
    )

    let references = ResolutionReferenceExtractor.references(in: Self.document)

    private func references(in eId: String) -> [CrossReference] {
        references.filter { $0.source?.eId == eId }
    }

    private func articles(in eId: String) -> [Int?] {
        references(in: eId).map { $0.external?.article }
    }

    private static let catName = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"

    @Test func recital4NamesTheConventionAndItsArticle1AcrossTheRemovedFootnoteMarker() {
        let found = references(in: "rec_4")
        #expect(found.map(\.text) == ["《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》", "第一条"])
        #expect(found.map { $0.external?.instrument } == ["CAT", "CAT"])
        #expect(articles(in: "rec_4") == [nil, 1])
        #expect(found.allSatisfy { $0.external?.name == Self.catName && $0.type == .external && $0.targets.isEmpty })
    }

    @Test func everyConventionTitleIsAMentionAndItsArticlesAreReportedToo() {
        #expect(articles(in: "rec_5") == [nil, 1])
        #expect(references(in: "para_18").map(\.text) == ["《公约》", "第二十一条", "第二十二条", "《公约》", "第二十条", "《公约》", "第十七条", "第十八条"])
        #expect(articles(in: "para_18") == [nil, 21, 22, nil, 20, nil, 17, 18])
        #expect(articles(in: "para_21") == [nil, 24])
        #expect(references(in: "para_18").allSatisfy { $0.external?.instrument == "CAT" })
    }

    @Test func aConventionTitleWithoutAnArticleIsAMentionOfTheWholeConvention() {
        #expect(references(in: "para_17").map(\.text) == ["《公约》", "《公约》"])
        #expect(references(in: "para_17").allSatisfy { $0.external?.instrument == "CAT" && $0.external?.article == nil })
        #expect(references(in: "para_19").map(\.text) == ["《公约》", "《公约》", "第十九条"])
        #expect(articles(in: "para_19") == [nil, nil, 19])
        #expect(references(in: "para_7").first?.external?.instrument == "CAT")
    }

    @Test func theOptionalProtocolIsReportedByFullAndShortName() {
        for eId in ["rec_7", "para_20", "para_27", "para_32"] {
            let found = references(in: eId)
            #expect(found.count == 1, "\(eId)")
            #expect(found.first?.external?.instrument == "OP-CAT", "\(eId)")
            #expect(found.first?.external?.name?.hasPrefix("Optional Protocol to the Convention against Torture") == true, "\(eId)")
        }
        #expect(references(in: "para_27").first?.text == "任择议定书")
        #expect(references(in: "rec_7").first?.text == "《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》")
    }

    @Test func resolutionsAreReportedByTheirNumber() {
        for (eId, symbol) in [("rec_8", "61/177"), ("para_14", "43/173"), ("para_22", "48/141")] {
            let found = references(in: eId).filter { $0.external?.instrument == "GA resolution" }
            #expect(found.map(\.text) == [symbol], "\(eId)")
            #expect(found.first?.external == ExternalTarget(instrument: "GA resolution", symbol: symbol), "\(eId)")
        }
    }

    @Test func theCommitteeReportSymbolIsAUNDocument() {
        let found = references(in: "preface_2")
        #expect(found.map(\.text) == ["A/62/439/Add.1"])
        #expect(found.first?.external == ExternalTarget(instrument: "UN document", symbol: "A/62/439/Add.1"))
    }

    @Test func theOtherInstrumentsTheBodyNamesAreExternalReferences() {
        // rec_6 (lines 36–54): the Geneva Conventions, the two tribunal statutes, the Rome Statute.
        #expect(references(in: "rec_6").map { $0.external?.instrument } == ["Geneva Conventions", "ICTY Statute", "ICTR Statute", "Rome Statute"])
        #expect(references(in: "rec_6").first?.text == "1949年日内瓦四公约")
        #expect(references(in: "rec_6").last?.text == "《国际刑事法院罗马规约》")
        // rec_8 (lines 66–70): the enforced-disappearance Convention, then 该公约 ("that convention").
        #expect(references(in: "rec_8").map(\.text) == ["61/177", "《保护所有人免遭强迫失踪国际公约》", "该公约"])
        #expect(references(in: "rec_8").suffix(2).allSatisfy { $0.external?.instrument == "ICPPED" })
        // para_6 (lines 118–124): the Istanbul Principles by full and short title, the updated impunity principles.
        #expect(references(in: "para_6").map { $0.external?.instrument } == ["Istanbul Principles", "Istanbul Principles", "Impunity Principles"])
        #expect(references(in: "para_6")[1].text == "《伊斯坦布尔原则》")
        // para_14 (lines 169–177): the Body of Principles adopted by resolution 43/173.
        #expect(references(in: "para_14").map(\.text) == ["关于保护所有遭受任何形式羁押或监禁的人的原则", "43/173"])
        #expect(references(in: "para_14").first?.external?.name == "Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment")
    }

    @Test func theResolutionsOwnNumberIsNotAReference() {
        #expect(references(in: "preface_3").isEmpty)
    }

    @Test func everyReferenceIsExternalWithASpanThatSlicesToItsText() throws {
        #expect(references.count == 38)
        for reference in references {
            #expect(reference.type == .external)
            let source = try #require(reference.source)
            let unit = try #require(Self.units.first { $0.eId == source.eId })
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: Array(unit.text.unicodeScalars)[source.start..<source.end])
            #expect(String(slice) == reference.text)
            #expect(source.document == "a-res-62-148")
        }
        #expect(references.first?.id == "a-res-62-148-ref-001")
        #expect(references.last?.id == "a-res-62-148-ref-038")
    }
}

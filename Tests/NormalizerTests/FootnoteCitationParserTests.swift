import Testing
import DocumentStore
import Normalizer

/// The resolution's eight footnotes (`Data/sources/resolution-62-148.zh-Hans.txt` lines 48, 51, 114,
/// 117, 181, 184, 249, 252), normalized (spaces next to CJK removed), parsed into citations.
@Suite struct FootnoteCitationParserTests {
    static let texts = [
        "联合国，《条约汇编》，第1465卷，第24841号。",
        "同上，第75卷，第970至973号。",
        "同上，第2187卷，第38544号。",
        "第57/199号决议，附件。",
        "第55/89号决议，附件。",
        "见E/CN.4/2005/102/Add.1。",
        "《大会正式记录，第六十二届会议，补编第44号》(A/62/44)。",
        "见A/62/221。",
    ]

    let citations = FootnoteCitationParser.citations(forFootnoteTexts: Self.texts)

    @Test func returnsOneCitationPerFootnote() {
        #expect(citations.count == 8)
        #expect(citations.map(\.kind) == [
            "treatySeries", "treatySeries", "treatySeries", "resolution", "resolution", "document", "officialRecords", "document",
        ])
    }

    @Test func footnote1CitesTheTreatySeries() {
        #expect(citations[0].treatySeries == TreatySeriesCitation(volume: 1465, numbers: [24841]))
        #expect(citations[0].ibid == false)
        #expect(citations[0].repeatsFootnote == nil)
        #expect(citations[0].english == "United Nations, Treaty Series, vol. 1465, No. 24841.")
    }

    @Test func footnote2IsIbidWithTheRange970To973Expanded() {
        #expect(citations[1].ibid)
        #expect(citations[1].repeatsFootnote == 1)
        #expect(citations[1].treatySeries == TreatySeriesCitation(volume: 75, numbers: [970, 971, 972, 973]))
        #expect(citations[1].english == "Ibid., vol. 75, Nos. 970–973.")
    }

    @Test func footnote3RepeatsFootnote1ThroughTheChainOfIbids() {
        #expect(citations[2].ibid)
        #expect(citations[2].repeatsFootnote == 1)
        #expect(citations[2].treatySeries == TreatySeriesCitation(volume: 2187, numbers: [38544]))
        #expect(citations[2].english == "Ibid., vol. 2187, No. 38544.")
    }

    @Test func footnotes4And5CiteResolutionAnnexes() {
        #expect(citations[3].resolution == ResolutionCitation(number: "57/199", annex: true))
        #expect(citations[4].resolution == ResolutionCitation(number: "55/89", annex: true))
        #expect(citations[3].english == "Resolution 57/199, annex.")
        #expect(citations[4].english == "Resolution 55/89, annex.")
        #expect(citations[3].symbols.isEmpty)
    }

    @Test func footnotes6And8CiteDocumentSymbols() {
        #expect(citations[5].symbols == ["E/CN.4/2005/102/Add.1"])
        #expect(citations[7].symbols == ["A/62/221"])
        #expect(citations[5].english == "See E/CN.4/2005/102/Add.1.")
        #expect(citations[7].english == "See A/62/221.")
    }

    @Test func footnote7CitesTheOfficialRecords() {
        #expect(citations[6].officialRecords == OfficialRecordsCitation(body: "大会", session: 62, supplement: 44, symbol: "A/62/44"))
        #expect(citations[6].symbols == ["A/62/44"])
        #expect(citations[6].english == "Official Records of the General Assembly, Sixty-second Session, Supplement No. 44 (A/62/44).")
    }

    @Test func onlyTheIbidFootnotesRepeatAnother() {
        #expect(citations.map(\.ibid) == [false, true, true, false, false, false, false, false])
        #expect(citations.map(\.repeatsFootnote) == [nil, 1, 1, nil, nil, nil, nil, nil])
    }

    @Test func spacesKeptAroundNumbersAreTolerated() {
        let spaced = FootnoteCitationParser.citations(forFootnoteTexts: ["联合国，《条约汇编》，第 1465 卷，第 24841 号。", "同上，第 75 卷，第 970 至 973 号。"])
        #expect(spaced.map(\.treatySeries) == [
            TreatySeriesCitation(volume: 1465, numbers: [24841]), TreatySeriesCitation(volume: 75, numbers: [970, 971, 972, 973]),
        ])
    }

    @Test func anIbidWithNothingBeforeItRepeatsNoFootnote() {
        let lone = FootnoteCitationParser.citations(forFootnoteTexts: ["同上，第75卷，第970号。"])
        #expect(lone.first?.ibid == true)
        #expect(lone.first?.repeatsFootnote == nil)
    }
}

import DocumentStore
import Testing
@testable import Normalizer

/// Facts read off `Data/sources/resolution-62-148.zh-Hans.txt` by hand.
@Suite struct ResolutionFactsTests {
    @Test func hasTenRecitalsAndThirtyTwoOperativeParagraphs() throws {
        let document = try Corpus.resolution()
        #expect(document.units.filter { $0.type == .recital }.map(\.eId) == (1...10).map { "rec_\($0)" })
        let paragraphs = document.units.filter { $0.type == .paragraph }
        #expect(paragraphs.map(\.eId) == (1...32).map { "para_\($0)" })
        #expect(paragraphs.map(\.num) == (1...32).map { "\($0)." })
        #expect(paragraphs.map(\.ordinal) == (1...32).map { $0 })
    }

    @Test func prefaceFormulaAndClosingLinesAreInOrder() throws {
        let document = try Corpus.resolution()
        #expect(document.units.prefix(4).map(\.eId) == ["preface__p_1", "preface__p_2", "preface__p_3", "formula_1"])
        #expect(try document.unit("preface__p_1").text == "2007年12月18日大会决议")
        #expect(try document.unit("preface__p_2").text == "[根据第三委员会的报告(A/62/439/Add.1)通过]")
        let title = try document.unit("preface__p_3")
        #expect(title.num == "62/148.")
        #expect(title.text == "酷刑和其他残忍、不人道或有辱人格的待遇或处罚")
        #expect(document.title == "酷刑和其他残忍、不人道或有辱人格的待遇或处罚")
        #expect(try document.unit("formula_1").text == "大会，")
        #expect(document.units.suffix(2).map(\.eId) == ["conclusions__p_1", "conclusions__p_2"])
        #expect(try document.unit("conclusions__p_1").text == "2007年12月18日")
        #expect(try document.unit("conclusions__p_2").text == "第76次全体会议")
        #expect(document.dates == [DocumentDate(kind: "adopted", date: "2007-12-18", printed: "2007年12月18日")])
    }

    @Test func operativeParagraphTenReadsAsPrinted() throws {
        // Source lines 145–147, typed by hand.
        let paragraph = try Corpus.resolution().unit("para_10")
        #expect(paragraph.num == "10.")
        #expect(paragraph.text == "强烈敦促各国确保在任何诉讼程序中，不得援引任何经确定以酷刑取得的口供为证据，但这类口供可用作被控施用酷刑者刑讯逼供的证据；")
        #expect(paragraph.footnoteRefs.isEmpty)
    }

    @Test func hasEightFootnotesWithTheirPrintedText() throws {
        let footnotes = try Corpus.resolution().footnotes
        #expect(footnotes.map(\.number) == Array(1...8))
        #expect(footnotes.map(\.eId) == (1...8).map { "authorialNote_\($0)" })
        #expect(footnotes[0].text == "联合国，《条约汇编》，第1465卷，第24841号。")
        #expect(footnotes[1].text == "同上，第75卷，第970至973号。")
        #expect(footnotes[3].text == "第57/199号决议，附件。")
        #expect(footnotes[5].text == "见E/CN.4/2005/102/Add.1。")
        #expect(footnotes[6].text == "《大会正式记录，第六十二届会议，补编第44号》(A/62/44)。")
        #expect(footnotes[7].text == "见A/62/221。")
    }

    @Test func footnoteOneIsAnchoredAfterTheConventionTitleInRecitalFourAndInParagraphSeven() throws {
        let document = try Corpus.resolution()
        let footnote = try #require(document.footnotes.first { $0.number == 1 })
        #expect(footnote.anchors.map(\.eId) == ["rec_4", "para_7"])
        let recital = try document.unit("rec_4")
        let (before, after) = split(recital.text, at: footnote.anchors[0].offset)
        #expect(before == "还回顾《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》")
        #expect(after.hasPrefix("第一条所载的酷刑定义"))
        let paragraph = try document.unit("para_7")
        let (beforeSeven, afterSeven) = split(paragraph.text, at: footnote.anchors[1].offset)
        #expect(beforeSeven == "吁请《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》")
        #expect(afterSeven.hasPrefix("缔约国履行义务"))
    }

    @Test func footnoteFourIsAnchoredInTheOptionalProtocolRecitalAndInParagraphTwenty() throws {
        let document = try Corpus.resolution()
        let footnote = try #require(document.footnotes.first { $0.number == 4 })
        #expect(footnote.anchors.map(\.eId) == ["rec_7", "para_20"])
        // Source line 60: `…公约任择议定书》` then `4`; line 217: `…公约任择议定书》，` then `4` (after the comma).
        let (beforeRecital, afterRecital) = split(try document.unit("rec_7").text, at: footnote.anchors[0].offset)
        #expect(beforeRecital.hasSuffix("公约任择议定书》"))
        #expect(afterRecital.hasPrefix("规定的缔约国义务"))
        let (beforeParagraph, afterParagraph) = split(try document.unit("para_20").text, at: footnote.anchors[1].offset)
        #expect(beforeParagraph.hasSuffix("公约任择议定书》，"))
        #expect(afterParagraph.hasPrefix("该议定书规定了"))
        #expect(try document.unit("rec_7").text.hasPrefix("欢迎依照2006年6月22日生效的"))
    }

    @Test func recitalSixIsOneUnitAcrossTheFootnoteBlockInItsMiddle() throws {
        let document = try Corpus.resolution()
        let recital = try document.unit("rec_6")
        #expect(recital.text.hasPrefix("注意到1949年日内瓦四公约规定酷刑"))
        #expect(recital.text.contains("卢旺达公民的国际刑事法庭规约以及《国际刑事法院罗马规约》规定，酷刑行为可构成危害人类罪"))
        #expect(recital.text.hasSuffix("在武装冲突局势中实施的酷刑行为可构成战争罪，"))
        #expect(recital.footnoteRefs.map(\.number) == [2, 3])
        #expect(!document.allUnits.contains { $0.text.contains("条约汇编") || $0.text.contains("同上") })
    }

    @Test func everyFootnoteMarkerIsRemovedFromTheText() throws {
        let document = try Corpus.resolution()
        let refs = document.allUnits.flatMap { unit in unit.footnoteRefs.map { (unit.eId, $0.number) } }
        #expect(refs.map(\.1) == [1, 2, 3, 4, 5, 6, 1, 4, 7, 8])
        let paragraph = try document.unit("para_6")
        #expect(paragraph.text.contains("(《伊斯坦布尔原则》)是防范和制止酷刑的有用工具"))
        #expect(paragraph.text.hasSuffix("增订原则；"))
    }

    @Test func sourceFingerprintMatchesTheFileOnDisk() throws {
        // `sha256sum Data/sources/resolution-62-148.zh-Hans.txt`
        let source = try Corpus.resolution().source
        #expect(source.sha256 == "ee5712fc941388022df6f2c490b34b0ebc44f957fc63e94fe4ca5f2d9299a21b")
        #expect(source.bytes == 12395)
        #expect(source.path == "sources/resolution-62-148.zh-Hans.txt")
    }

    private func split(_ text: String, at offset: Int) -> (String, String) {
        let scalars = Array(text.unicodeScalars)
        var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
        before.append(contentsOf: scalars[..<offset])
        after.append(contentsOf: scalars[offset...])
        return (String(before), String(after))
    }
}

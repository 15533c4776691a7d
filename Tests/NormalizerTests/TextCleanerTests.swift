import DocumentStore
import Testing
@testable import Normalizer

@Suite struct TextCleanerTests {
    @Test func joinsSpacedOutDigitsAndDropsSpacesNextToCJK() {
        #expect(TextCleaner.clean(" 2 0 0 7 年 1 2 月 1 8 日大会决议  ") == "2007年12月18日大会决议")
        #expect(TextCleaner.clean(" 同上，第 75 卷，第 970 至 973 号。 ") == "同上，第75卷，第970至973号。")
    }

    @Test func keepsOneSpaceBetweenLatinWordsAndAcrossLineBreaks() {
        #expect(TextCleaner.clean("International  Covenant\non Civil") == "International Covenant on Civil")
        #expect(TextCleaner.clean("Call us (06)505-2916 .") == "Call us (06)505-2916 .")
    }

    @Test func spacesBetweenMultiDigitNumbersStay() {
        #expect(TextCleaner.clean("1993 12") == "1993 12")
        #expect(TextCleaner.clean("1 12") == "1 12")
    }

    @Test func joinsLinesOfCJKTextWithoutSpaces() {
        #expect(TextCleaner.clean([.text(" 回顾免受酷刑是不容克减的权"), .text("利，在一切情况下， ")]).text == "回顾免受酷刑是不容克减的权利，在一切情况下，")
    }

    @Test func recordsAMarkerRightAfterTheCharacterBeforeIt() {
        let (text, refs) = TextCleaner.clean([.text(" 还回顾《公约》"), .marker(1), .text(" 第"), .text("一条所载， ")])
        #expect(text == "还回顾《公约》第一条所载，")
        #expect(refs == [FootnoteRef(number: 1, offset: 7)])
        let (latin, latinRefs) = TextCleaner.clean([.text("see note"), .marker(2), .text(" here")])
        #expect(latin == "see note here")
        #expect(latinRefs == [FootnoteRef(number: 2, offset: 8)])
    }

    @Test func treatsNoBreakAndIdeographicSpacesAsWhitespace() {
        #expect(TextCleaner.clean("\u{00A0}本公約\u{3000}締約國 ") == "本公約締約國")
        #expect(TextCleaner.removingWhitespace(" a\u{00A0}b\u{3000}c\n") == "abc")
    }

    @Test func neverChangesANonWhitespaceCharacter() throws {
        for path in [Corpus.resolutionSourcePath, Corpus.iccprSourcePath] {
            let raw = try Corpus.rawText(path)
            #expect(strippingWhitespace(TextCleaner.clean(raw)) == strippingWhitespace(raw))
        }
    }
}

@Suite struct SHA256Tests {
    // FIPS 180-4 / NIST example vectors.
    @Test func matchesTheStandardTestVectors() {
        #expect(SHA256.hexDigest(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hexDigest(of: Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8))
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func handlesAMillionBytes() {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

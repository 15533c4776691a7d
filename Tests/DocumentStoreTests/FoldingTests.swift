import Testing
@testable import DocumentStore

@Suite struct FoldingTests {
    @Test func scriptConverterWorksOnThisPlatform() {
        #expect(ScriptConverter.simplified("公民與政治權利國際公約") == "公民与政治权利国际公约")
        #expect(ScriptConverter.simplified("酷刑") == "酷刑")
        #expect(ScriptConverter.traditional("国际") == "國際")
        #expect(ScriptConverter.simplified("第十四條第三項") == "第十四条第三项")
    }

    @Test func foldingKeepsAMapToOriginalOffsets() {
        let folding = SearchFolding(corpusTexts: ["第二項（一）款 1991 年"])
        let folded = folding.fold("第二項（一）款 1991 年")
        #expect(String(String.UnicodeScalarView(folded.scalars.compactMap(Unicode.Scalar.init))) == "第二项(一)款1991年")
        #expect(folded.originalOffsets.count == folded.scalars.count)
        #expect(folded.originalCount == 14)
        // "1991年" → original "1991 年" at 8..<14
        #expect(folded.originalSpan(start: 7, end: 12) == TextSpan(start: 8, end: 14))
    }

    @Test func queryScalarsOutsideTheCorpusAreConvertedToo() {
        let folding = SearchFolding(corpusTexts: ["权利"])
        #expect(folding.fold("權利").scalars == folding.fold("权利").scalars)
        #expect(folding.fold("ＡＢｃ").scalars == Array("abc".unicodeScalars.map(\.value)))
    }

    @Test func sha256MatchesTheFIPSExample() {
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

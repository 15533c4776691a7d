import HTTPCore
import Testing

@Suite("PercentDecoding")
struct PercentDecodingTests {
    @Test func decodesUTF8EscapesOfChineseText() {
        #expect(PercentDecoding.decodePathSegment("%E9%85%B7%E5%88%91") == "酷刑")
        #expect(PercentDecoding.decodePathSegment("%e7%ac%ac%e5%8d%81%e5%9b%9b%e6%a2%9d") == "第十四條")
    }

    @Test func leavesPlainSegmentsAsTheyAre() {
        #expect(PercentDecoding.decodePathSegment("art_14__para_3") == "art_14__para_3")
        #expect(PercentDecoding.decodePathSegment("") == "")
    }

    @Test func rejectsInvalidEscapes() {
        #expect(PercentDecoding.decodePathSegment("%zz") == nil)
        #expect(PercentDecoding.decodePathSegment("abc%") == nil)
        #expect(PercentDecoding.decodePathSegment("abc%4") == nil)
        #expect(PercentDecoding.decodePathSegment("%4g") == nil)
    }

    @Test func rejectsEscapesThatAreNotUTF8() {
        #expect(PercentDecoding.decodePathSegment("%C3%28") == nil)
        #expect(PercentDecoding.decodePathSegment("%FF") == nil)
        #expect(PercentDecoding.decodePathSegment("%E9%85") == nil)  // truncated sequence
        #expect(PercentDecoding.decodePathSegment("%ED%A0%80") == nil)  // UTF-16 surrogate
    }

    @Test func keepsPlusLiteralInPathSegments() {
        #expect(PercentDecoding.decodePathSegment("a+b") == "a+b")
    }

    @Test func decodesAnEncodedSlashInsideTheSegment() {
        // Split the path at "/" first: an encoded slash then stays part of its segment.
        #expect(PercentDecoding.decodePathSegment("a%2Fb") == "a/b")
    }

    @Test func decodesPlusAsSpaceInQueryComponents() {
        #expect(PercentDecoding.decodeQueryComponent("a+b%20c%2B") == "a b c+")
        #expect(PercentDecoding.decodeQueryComponent("%zz") == nil)
    }
}

@Suite("QueryParameters")
struct QueryParametersTests {
    @Test func parsesPairsInOrder() throws {
        let pairs = try QueryParameters.parse("q=%E9%85%B7%E5%88%91&document=iccpr&limit=5&q=two+words")
        #expect(pairs.map(\.0) == ["q", "document", "limit", "q"])
        #expect(pairs.map(\.1) == ["酷刑", "iccpr", "5", "two words"])
    }

    @Test func givesEmptyValuesToBareNamesAndSkipsEmptyPieces() throws {
        let pairs = try QueryParameters.parse("pretty&&a=&=x&b=1=2")
        #expect(pairs.map(\.0) == ["pretty", "a", "", "b"])
        #expect(pairs.map(\.1) == ["", "", "x", "1=2"])
    }

    @Test func returnsNothingForAMissingOrEmptyQuery() throws {
        #expect(try QueryParameters.parse(nil).isEmpty)
        #expect(try QueryParameters.parse("").isEmpty)
    }

    @Test func throwsOnInvalidEscapesNamingTheComponent() {
        #expect(throws: QueryParameters.DecodingError(component: "%zz")) { try QueryParameters.parse("q=%zz") }
        #expect(throws: QueryParameters.DecodingError(component: "%C3%28")) { try QueryParameters.parse("%C3%28=1") }
    }

    @Test func describesTheDecodingErrorAsA400Problem() {
        let problem = QueryParameters.DecodingError(component: "%zz").problem
        #expect(problem.status.code == 400)
        #expect(problem.detail.contains("%zz"))
    }
}

import HTTPCore
import Testing

@Suite("HTTPRequestParser: valid requests")
struct HTTPRequestParserTests {
    @Test func parsesRequestLineTargetPathAndQuery() throws {
        let result = ParserFeeding.parse("GET /v1/search?q=%E9%85%B7&limit=5 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n")
        #expect(result.failure == nil)
        let request = try #require(result.requests.first)
        #expect(request.method == "GET")
        #expect(request.target == "/v1/search?q=%E9%85%B7&limit=5")
        #expect(request.path == "/v1/search")
        #expect(request.query == "q=%E9%85%B7&limit=5")
        #expect(request.version == .http1_1)
        #expect(request.headers["host"] == "localhost:8080")
        #expect(request.body.isEmpty)
    }

    @Test func keepsAnEmptyQueryDistinctFromNoQuery() throws {
        let withMark = try #require(ParserFeeding.parse("GET /a? HTTP/1.1\r\nHost: x\r\n\r\n").requests.first)
        let without = try #require(ParserFeeding.parse("GET /a HTTP/1.1\r\nHost: x\r\n\r\n").requests.first)
        #expect(withMark.path == "/a" && withMark.query == "")
        #expect(without.path == "/a" && without.query == nil)
    }

    @Test func trimsOptionalWhitespaceAroundFieldValuesAndKeepsNamesAsReceived() throws {
        let request = try #require(
            ParserFeeding.parse("GET / HTTP/1.1\r\nhOsT:\t example.org \t\r\nX-Empty:\r\nX-Inner: a  b\r\n\r\n").requests.first)
        #expect(request.headers.fields == [
            .init(name: "hOsT", value: "example.org"),
            .init(name: "X-Empty", value: ""),
            .init(name: "X-Inner", value: "a  b"),
        ])
    }

    @Test func acceptsObsTextInFieldValues() throws {
        let bytes = Array("GET / HTTP/1.1\r\nHost: x\r\nX-Name: ".utf8) + [0xE9, 0x85, 0xB7] + Array("\r\n\r\n".utf8)
        let result = ParserFeeding.parse(pieces: [ArraySlice(bytes)])
        #expect(result.failure == nil)
        #expect(result.requests.first?.headers["X-Name"] == "酷")
    }

    @Test func acceptsHTTP10WithoutHost() throws {
        let request = try #require(ParserFeeding.parse("GET /healthz HTTP/1.0\r\n\r\n").requests.first)
        #expect(request.version == .http1_0)
        #expect(request.keepAlive == false)
    }

    @Test func acceptsAsteriskFormForOptions() throws {
        let request = try #require(ParserFeeding.parse("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n").requests.first)
        #expect(request.target == "*")
        #expect(request.method == "OPTIONS")
    }

    @Test func acceptsAnyTokenAsMethodCaseSensitively() throws {
        let request = try #require(ParserFeeding.parse("get / HTTP/1.1\r\nHost: x\r\n\r\n").requests.first)
        #expect(request.method == "get")
        #expect(ParserFeeding.failure("PROPFIND / HTTP/1.1\r\nHost: x\r\n\r\n") == nil)
    }

    @Test func readsAContentLengthBody() throws {
        let request = try #require(
            ParserFeeding.parse("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world").requests.first)
        #expect(request.body == Array("hello world".utf8))
    }

    @Test func readsAndKeepsTheBodyOfAGetRequest() throws {
        let request = try #require(
            ParserFeeding.parse("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc").requests.first)
        #expect(request.method == "GET")
        #expect(request.body == Array("abc".utf8))
    }

    @Test func acceptsIdenticalDuplicateContentLengths() throws {
        let twoFields = ParserFeeding.parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc")
        let list = ParserFeeding.parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc")
        #expect(twoFields.requests.first?.body == Array("abc".utf8))
        #expect(list.requests.first?.body == Array("abc".utf8))
    }

    @Test func toleratesWhitespaceAroundContentLengthLikeAnyFieldValue() throws {
        let result = ParserFeeding.parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:  5 \r\n\r\nhello")
        #expect(result.failure == nil)
        #expect(result.requests.first?.body == Array("hello".utf8))
    }

    @Test func acceptsLeadingZerosInContentLength() throws {
        let result = ParserFeeding.parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 003\r\n\r\nabc")
        #expect(result.requests.first?.body == Array("abc".utf8))
    }

    @Test func decodesChunkedBodyIgnoringExtensionsAndDroppingTrailers() throws {
        let raw = "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "4;name=value\r\nWiki\r\n5 ; ext\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\n\r\n"
        let result = ParserFeeding.parse(raw)
        #expect(result.failure == nil)
        let request = try #require(result.requests.first)
        #expect(request.body == Array("Wikipedia in\r\n\r\nchunks.".utf8))
        #expect(request.headers["Expires"] == nil)
        #expect(result.parser.bufferedByteCount == 0)
    }

    @Test func acceptsChunkedCaseInsensitivelyAndEmptyListElements() throws {
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: , CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
        #expect(ParserFeeding.parse(raw).requests.first?.body == Array("abc".utf8))
    }

    @Test func skipsEmptyLinesBeforeTheRequestLine() throws {
        let result = ParserFeeding.parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(result.failure == nil)
        #expect(result.requests.count == 1)
    }

    @Test func returnsPipelinedRequestsOneByOneAndKeepsLeftoverBytes() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HT".utf8))
        guard case .request(let first) = parser.nextRequest() else { Issue.record("no first request"); return }
        guard case .request(let second) = parser.nextRequest() else { Issue.record("no second request"); return }
        #expect(parser.nextRequest() == .needMoreData)
        #expect(first.target == "/1" && second.target == "/2")
        #expect(parser.bufferedByteCount == "GET /3 HT".utf8.count)
        #expect(parser.hasPartialRequest)
        parser.append(Array("TP/1.1\r\nHost: x\r\n\r\n".utf8))
        guard case .request(let third) = parser.nextRequest() else { Issue.record("no third request"); return }
        #expect(third.target == "/3")
        #expect(parser.bufferedByteCount == 0)
        #expect(!parser.hasPartialRequest)
    }

    @Test func reportsNoPartialRequestWhenIdleAndAPartialOneOnceBytesArrive() {
        var parser = HTTPRequestParser()
        #expect(!parser.hasPartialRequest)
        #expect(parser.nextRequest() == .needMoreData)
        parser.append(Array("G".utf8))
        #expect(parser.hasPartialRequest)
        #expect(parser.nextRequest() == .needMoreData)
        #expect(parser.hasPartialRequest)
    }

    @Test func reportsAPartialRequestWhileWaitingForTheBody() {
        var parser = HTTPRequestParser()
        parser.append(Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab".utf8))
        #expect(parser.nextRequest() == .needMoreData)
        #expect(parser.hasPartialRequest)
        #expect(parser.bufferedByteCount == 0)
    }

    @Test func acceptsBytesFromARawBufferPointer() throws {
        var parser = HTTPRequestParser()
        let bytes = Array("GET /raw HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        bytes.withUnsafeBytes { parser.append($0) }
        guard case .request(let request) = parser.nextRequest() else { Issue.record("no request"); return }
        #expect(request.path == "/raw")
    }

    @Test func acceptsARequestLineOfExactlyTheLimit() {
        let limits = HTTPParserLimits(maxRequestLineBytes: 64)
        let prefix = "GET /", suffix = " HTTP/1.1"
        let target = String(repeating: "a", count: 64 - prefix.count - suffix.count)
        let line = prefix + target + suffix
        #expect(line.utf8.count == 64)
        #expect(ParserFeeding.failure(line + "\r\nHost: x\r\n\r\n", limits: limits) == nil)
    }

    @Test func acceptsExactlyTheMaximumNumberOfHeaderFields() {
        let limits = HTTPParserLimits(maxHeaderCount: 5)
        let fields = "Host: x\r\n" + (1...4).map { "X-\($0): v\r\n" }.joined()
        #expect(ParserFeeding.failure("GET / HTTP/1.1\r\n" + fields + "\r\n", limits: limits) == nil)
    }

    @Test func acceptsAHeaderSectionOfExactlyTheLimit() {
        let fields = "Host: x\r\nX-Pad: " + String(repeating: "p", count: 20) + "\r\n"
        let limits = HTTPParserLimits(maxHeaderBytes: fields.utf8.count)
        #expect(ParserFeeding.failure("GET / HTTP/1.1\r\n" + fields + "\r\n", limits: limits) == nil)
        let smaller = HTTPParserLimits(maxHeaderBytes: fields.utf8.count - 1)
        #expect(ParserFeeding.failure("GET / HTTP/1.1\r\n" + fields + "\r\n", limits: smaller)?.kind == .headerSectionTooLarge)
    }

    @Test func acceptsABodyOfExactlyTheLimit() {
        let limits = HTTPParserLimits(maxBodyBytes: 4)
        #expect(ParserFeeding.failure("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd", limits: limits) == nil)
        let chunked = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n"
        #expect(ParserFeeding.failure(chunked, limits: limits) == nil)
    }

    @Test func handsOutManyPipelinedRequestsWithoutLosingBytes() {
        var text = ""
        for i in 0..<2_000 { text += "POST /\(i) HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nbody\(i % 10)" }
        let bytes = Array(text.utf8)
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count {  // uneven reads, as from a socket
            let end = min(bytes.count, start + 997)
            pieces.append(bytes[start..<end])
            start = end
        }
        let result = ParserFeeding.parse(pieces: pieces)
        #expect(result.failure == nil)
        #expect(result.requests.count == 2_000)
        #expect(result.requests.enumerated().allSatisfy { $1.path == "/\($0)" && $1.body == Array("body\($0 % 10)".utf8) })
        #expect(result.parser.bufferedByteCount == 0)
    }
}

@Suite("HTTPRequestParser: buffer management")
struct HTTPRequestParserBufferTests {
    @Test func keepsParsingAfterTheIdleBufferIsReleased() {
        var parser = HTTPRequestParser()
        parser.append(Array("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        guard case .request = parser.nextRequest() else { Issue.record("no first request"); return }
        parser.releaseBufferIfEmpty()
        #expect(parser.bufferedByteCount == 0)
        parser.append(Array("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        guard case .request(let second) = parser.nextRequest() else { Issue.record("no second request"); return }
        #expect(second.path == "/2")
    }

    @Test func keepsBufferedBytesWhenAskedToReleaseABusyBuffer() {
        var parser = HTTPRequestParser()
        parser.append(Array("GET /1 HTTP/1.1\r\nHo".utf8))
        #expect(parser.nextRequest() == .needMoreData)
        parser.releaseBufferIfEmpty()
        parser.append(Array("st: x\r\n\r\n".utf8))
        guard case .request(let request) = parser.nextRequest() else { Issue.record("no request"); return }
        #expect(request.headers["Host"] == "x")
    }

    @Test func readsALargeBodyArrivingInManySmallReads() {
        var parser = HTTPRequestParser()
        let body = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        parser.append(Array("PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n".utf8))
        var offset = 0
        var result = parser.nextRequest()
        while offset < body.count {
            #expect(result == .needMoreData)
            let end = min(body.count, offset + 1_500)
            parser.append(body[offset..<end])
            offset = end
            result = parser.nextRequest()
        }
        guard case .request(let request) = result else { Issue.record("no request"); return }
        #expect(request.body == body)
    }
}

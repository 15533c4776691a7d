import HTTPCore
import Testing

/// One malformed request and what the parser must answer.
struct HostileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: String
    var kind: HTTPParseError.Kind
    var code: Int

    var testDescription: String { name }
}

private let head = "POST / HTTP/1.1\r\nHost: x\r\n"

@Suite("HTTPRequestParser: hostile input")
struct HTTPRequestParserHostileInputTests {
    static let cases: [HostileCase] = [
        .init(name: "Content-Length with Transfer-Encoding", raw: head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
              kind: .conflictingContentLengthAndTransferEncoding, code: 400),
        .init(name: "Transfer-Encoding before Content-Length", raw: head + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n",
              kind: .conflictingContentLengthAndTransferEncoding, code: 400),
        .init(name: "differing duplicate Content-Length", raw: head + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
              kind: .duplicateContentLength, code: 400),
        .init(name: "differing Content-Length list", raw: head + "Content-Length: 5, 6\r\n\r\nhello",
              kind: .duplicateContentLength, code: 400),
        .init(name: "Content-Length not digits", raw: head + "Content-Length: abc\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "Content-Length with plus sign", raw: head + "Content-Length: +5\r\n\r\nhello", kind: .invalidContentLength, code: 400),
        .init(name: "negative Content-Length", raw: head + "Content-Length: -1\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "Content-Length in hexadecimal", raw: head + "Content-Length: 0x10\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "Content-Length with inner space", raw: head + "Content-Length: 1 0\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "empty Content-Length", raw: head + "Content-Length:\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "Content-Length list with an empty element", raw: head + "Content-Length: 5,\r\n\r\n", kind: .invalidContentLength, code: 400),
        .init(name: "overflowing Content-Length", raw: head + "Content-Length: 99999999999999999999999\r\n\r\n",
              kind: .invalidContentLength, code: 400),
        .init(name: "Content-Length one above Int.max", raw: head + "Content-Length: 9223372036854775808\r\n\r\n",
              kind: .invalidContentLength, code: 400),
        .init(name: "transfer coding gzip", raw: head + "Transfer-Encoding: gzip\r\n\r\n", kind: .unsupportedTransferCoding, code: 400),
        .init(name: "transfer codings chunked, gzip", raw: head + "Transfer-Encoding: chunked, gzip\r\n\r\n",
              kind: .unsupportedTransferCoding, code: 400),
        .init(name: "transfer codings gzip, chunked", raw: head + "Transfer-Encoding: gzip, chunked\r\n\r\n",
              kind: .unsupportedTransferCoding, code: 400),
        .init(name: "transfer coding identity", raw: head + "Transfer-Encoding: identity\r\n\r\n",
              kind: .unsupportedTransferCoding, code: 400),
        .init(name: "chunked with a parameter", raw: head + "Transfer-Encoding: chunked;q=1\r\n\r\n",
              kind: .unsupportedTransferCoding, code: 400),
        .init(name: "chunked twice in two fields", raw: head + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
              kind: .invalidTransferEncoding, code: 400),
        .init(name: "empty Transfer-Encoding", raw: head + "Transfer-Encoding: \r\n\r\n", kind: .invalidTransferEncoding, code: 400),
        .init(name: "Transfer-Encoding on HTTP/1.0", raw: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
              kind: .invalidTransferEncoding, code: 400),
        .init(name: "invalid chunk size", raw: head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n", kind: .invalidChunkSize, code: 400),
        .init(name: "overflowing chunk size", raw: head + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n",
              kind: .invalidChunkSize, code: 400),
        .init(name: "chunk size followed by garbage", raw: head + "Transfer-Encoding: chunked\r\n\r\n5x\r\nhello\r\n0\r\n\r\n",
              kind: .invalidChunkSize, code: 400),
        .init(name: "negative chunk size", raw: head + "Transfer-Encoding: chunked\r\n\r\n-5\r\n", kind: .invalidChunkSize, code: 400),
        .init(name: "empty chunk-size line", raw: head + "Transfer-Encoding: chunked\r\n\r\n\r\n", kind: .invalidChunkSize, code: 400),
        .init(name: "chunk data longer than its size", raw: head + "Transfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
              kind: .invalidChunkedBody, code: 400),
        .init(name: "invalid trailer field", raw: head + "Transfer-Encoding: chunked\r\n\r\n0\r\nBad Name: x\r\n\r\n",
              kind: .whitespaceBeforeColon, code: 400),
        .init(name: "obs-fold", raw: "GET / HTTP/1.1\r\nHost: x\r\nX-Long: a\r\n  continued\r\n\r\n", kind: .obsoleteLineFolding, code: 400),
        .init(name: "whitespace before the first field line", raw: "GET / HTTP/1.1\r\n Host: x\r\n\r\n", kind: .obsoleteLineFolding, code: 400),
        .init(name: "space before colon", raw: "GET / HTTP/1.1\r\nHost : x\r\n\r\n", kind: .whitespaceBeforeColon, code: 400),
        .init(name: "tab before colon", raw: "GET / HTTP/1.1\r\nHost\t: x\r\n\r\n", kind: .whitespaceBeforeColon, code: 400),
        .init(name: "bare CR in a field value", raw: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", kind: .bareCarriageReturn, code: 400),
        .init(name: "bare CR in the request-line", raw: "GET /\r HTTP/1.1\r\nHost: x\r\n\r\n", kind: .bareCarriageReturn, code: 400),
        .init(name: "bare CR as a line ending", raw: "GET / HTTP/1.1\rHost: x\r\n\r\n", kind: .bareCarriageReturn, code: 400),
        .init(name: "bare LF as a line ending", raw: "GET / HTTP/1.1\nHost: x\n\n", kind: .bareLineFeed, code: 400),
        .init(name: "bare LF ending the header section", raw: "GET / HTTP/1.1\r\nHost: x\r\n\n", kind: .bareLineFeed, code: 400),
        .init(name: "NUL in a field value", raw: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{0}b\r\n\r\n", kind: .nulByte, code: 400),
        .init(name: "NUL in the target", raw: "GET /a\u{0}b HTTP/1.1\r\nHost: x\r\n\r\n", kind: .nulByte, code: 400),
        .init(name: "control character in a field value", raw: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{1}b\r\n\r\n",
              kind: .invalidHeaderValue, code: 400),
        .init(name: "DEL in a field value", raw: "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{7F}b\r\n\r\n", kind: .invalidHeaderValue, code: 400),
        .init(name: "field name that is not a token", raw: "GET / HTTP/1.1\r\nHost: x\r\nX(A): b\r\n\r\n", kind: .invalidHeaderName, code: 400),
        .init(name: "field line without colon", raw: "GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", kind: .invalidHeaderName, code: 400),
        .init(name: "empty field name", raw: "GET / HTTP/1.1\r\nHost: x\r\n: value\r\n\r\n", kind: .invalidHeaderName, code: 400),
        .init(name: "invalid method G@T", raw: "G@T / HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidMethod, code: 400),
        .init(name: "missing method", raw: " / HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidRequestLine, code: 400),
        .init(name: "two spaces after the method", raw: "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidRequestLine, code: 400),
        .init(name: "HTTP/0.9 request-line without version", raw: "GET /\r\n\r\n", kind: .invalidRequestLine, code: 400),
        .init(name: "invalid version HTTP/1.x", raw: "GET / HTTP/1.x\r\nHost: x\r\n\r\n", kind: .invalidVersion, code: 400),
        .init(name: "lower-case version", raw: "GET / http/1.1\r\nHost: x\r\n\r\n", kind: .invalidVersion, code: 400),
        .init(name: "two-digit minor version", raw: "GET / HTTP/1.10\r\nHost: x\r\n\r\n", kind: .invalidVersion, code: 400),
        .init(name: "text after the version", raw: "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", kind: .invalidVersion, code: 400),
        .init(name: "version HTTP/2.0", raw: "GET / HTTP/2.0\r\nHost: x\r\n\r\n", kind: .unsupportedVersion, code: 505),
        .init(name: "version HTTP/0.9", raw: "GET / HTTP/0.9\r\nHost: x\r\n\r\n", kind: .unsupportedVersion, code: 505),
        .init(name: "absolute-form with another scheme", raw: "GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "authority-form", raw: "GET x:80 HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "absolute-form with userinfo", raw: "GET http://u@x/ HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "absolute-form with an empty host", raw: "GET http:///a HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with a port that is not a number", raw: "GET / HTTP/1.1\r\nHost: x:8o\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with a port above 65535", raw: "GET / HTTP/1.1\r\nHost: x:65536\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with two ports", raw: "GET / HTTP/1.1\r\nHost: x:80:81\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with a port and no host", raw: "GET / HTTP/1.1\r\nHost: :80\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with an unclosed IP literal", raw: "GET / HTTP/1.1\r\nHost: [::1\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Expect other than 100-continue", raw: "POST / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 1\r\n\r\nx", kind: .unsupportedExpectation, code: 417),
        .init(name: "authority-form target", raw: "CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "asterisk target on GET", raw: "GET * HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "fragment in the target", raw: "GET /a#b HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "raw non-ASCII in the target", raw: "GET /酷刑 HTTP/1.1\r\nHost: x\r\n\r\n", kind: .invalidTarget, code: 400),
        .init(name: "missing Host on HTTP/1.1", raw: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", kind: .missingHost, code: 400),
        .init(name: "duplicate Host", raw: "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", kind: .duplicateHost, code: 400),
        .init(name: "duplicate Host on HTTP/1.0", raw: "GET / HTTP/1.0\r\nHost: a\r\nhost: a\r\n\r\n", kind: .duplicateHost, code: 400),
        .init(name: "Host with a space", raw: "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", kind: .invalidHost, code: 400),
        .init(name: "Host with a slash", raw: "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", kind: .invalidHost, code: 400),
    ]

    @Test(arguments: cases)
    func rejectsMalformedRequestWithItsStatus(_ hostile: HostileCase) throws {
        let error = try #require(ParserFeeding.failure(hostile.raw))
        #expect(error.kind == hostile.kind)
        #expect(error.status.code == hostile.code)
        #expect(error.problem.status.code == hostile.code)
        #expect(!error.detail.isEmpty)
    }

    @Test(arguments: cases)
    func rejectsMalformedRequestTheSameWayWhenFedOneByteAtATime(_ hostile: HostileCase) throws {
        let bytes = Array(hostile.raw.utf8)
        let result = ParserFeeding.parse(pieces: bytes.indices.map { bytes[$0...$0] })
        #expect(result.requests.isEmpty)
        #expect(result.failure?.kind == hostile.kind)
    }

    // MARK: Limits

    @Test func rejectsARequestLineOverTheLimitBeforeItsEnd() throws {
        let line = "GET /" + String(repeating: "a", count: 8 * 1024)  // no CRLF: the client is still sending
        let error = try #require(ParserFeeding.failure(line))
        #expect(error.kind == .requestLineTooLong)
        #expect(error.status.code == 414)
    }

    @Test func rejectsARequestLineOneByteOverTheLimit() throws {
        let limits = HTTPParserLimits(maxRequestLineBytes: 64)
        let line = "GET /" + String(repeating: "a", count: 64 - 14 + 1) + " HTTP/1.1"
        #expect(line.utf8.count == 65)
        let complete = try #require(ParserFeeding.failure(line + "\r\nHost: x\r\n\r\n", limits: limits))
        #expect(complete.kind == .requestLineTooLong)
        let incomplete = try #require(ParserFeeding.failure(line, limits: limits))
        #expect(incomplete.kind == .requestLineTooLong)
    }

    @Test func rejectsAHeaderSectionOverTheLimitBeforeItsEnd() throws {
        var raw = "GET / HTTP/1.1\r\nHost: x\r\n"
        for i in 0..<40 { raw += "X-Pad-\(i): " + String(repeating: "v", count: 1000) + "\r\n" }  // > 32 KiB, no end
        let error = try #require(ParserFeeding.failure(raw))
        #expect(error.kind == .headerSectionTooLarge)
        #expect(error.status.code == 431)
    }

    @Test func rejectsOneHugeFieldLineBeforeItsEnd() throws {
        let raw = "GET / HTTP/1.1\r\nHost: x\r\nCookie: " + String(repeating: "c", count: 33 * 1024)
        let error = try #require(ParserFeeding.failure(raw))
        #expect(error.kind == .headerSectionTooLarge)
        #expect(error.status.code == 431)
    }

    @Test func rejectsMoreThanOneHundredFields() throws {
        var raw = "GET / HTTP/1.1\r\nHost: x\r\n"
        for i in 0..<100 { raw += "X-\(i): v\r\n" }  // 101 fields with Host
        let error = try #require(ParserFeeding.failure(raw + "\r\n"))
        #expect(error.kind == .tooManyHeaders)
        #expect(error.status.code == 431)
    }

    @Test func countsTrailerFieldsAgainstTheHeaderLimits() throws {
        let limits = HTTPParserLimits(maxHeaderCount: 3)
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nT-1: a\r\nT-2: b\r\n\r\n"
        let error = try #require(ParserFeeding.failure(raw, limits: limits))
        #expect(error.kind == .tooManyHeaders)
    }

    @Test func rejectsAContentLengthOverTheLimitBeforeAnyBodyByte() throws {
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \((1 << 20) + 1)\r\n\r\n"
        let error = try #require(ParserFeeding.failure(raw))
        #expect(error.kind == .bodyTooLarge)
        #expect(error.status.code == 413)
    }

    @Test func rejectsAChunkedBodyAsSoonAsAChunkSizePassesTheLimit() throws {
        let limits = HTTPParserLimits(maxBodyBytes: 10)
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n3\r\n"
        let error = try #require(ParserFeeding.failure(raw, limits: limits))
        #expect(error.kind == .bodyTooLarge)
        #expect(error.status.code == 413)
    }

    @Test func rejectsAHugeButRepresentableChunkSizeAs413() throws {
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffff\r\n"
        #expect(ParserFeeding.failure(raw)?.kind == .bodyTooLarge)
    }

    @Test func rejectsAnOverlongChunkSizeLine() throws {
        let limits = HTTPParserLimits(maxChunkLineBytes: 32)
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;" + String(repeating: "e", count: 40)
        #expect(ParserFeeding.failure(raw, limits: limits)?.kind == .invalidChunkSize)
    }

    @Test func rejectsAnEndlessRunOfEmptyLines() throws {
        let limits = HTTPParserLimits(maxRequestLineBytes: 64)
        let raw = String(repeating: "\r\n", count: 33)
        #expect(ParserFeeding.failure(raw, limits: limits)?.kind == .invalidRequestLine)
    }

    // MARK: Early detection and poisoning

    @Test func rejectsABareCRBeforeTheLineIsComplete() throws {
        #expect(ParserFeeding.failure("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb")?.kind == .bareCarriageReturn)
    }

    @Test func rejectsAMissingCRLFAfterChunkDataAtItsFirstByte() throws {
        let raw = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX"
        #expect(ParserFeeding.failure(raw)?.kind == .invalidChunkedBody)
    }

    @Test func staysFailedAfterAFailure() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("G@T / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        guard case .failure(let first) = parser.nextRequest() else { Issue.record("expected a failure"); return }
        parser.append(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(parser.nextRequest() == .failure(first))
        #expect(parser.nextRequest() == .failure(first))
    }

    @Test func answersAProblemDocumentForAFailure() throws {
        let error = try #require(ParserFeeding.failure(head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"))
        let response = error.problem.response
        #expect(response.status.code == 400)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(body.contains("\"status\":400"))
        #expect(body.contains("Content-Length and Transfer-Encoding"))
        #expect(body.hasPrefix("{\"type\":\"tag:rights-api,2026:problem/conflicting-content-length-and-transfer-encoding\","))
    }

    @Test func everyParseErrorKindHasItsOwnProblemTypeInTheSharedScheme() {
        let types = HTTPParseError.Kind.allCases.map(\.problemType)
        #expect(Set(types).count == types.count)
        #expect(types.allSatisfy { $0.hasPrefix("tag:rights-api,2026:problem/") && !$0.contains(where: \.isUppercase) })
        #expect(HTTPParseError.Kind.bareLineFeed.problemType == "tag:rights-api,2026:problem/bare-line-feed")
    }

    @Test func deliversTheRequestsBeforeAMalformedPipelinedOne() throws {
        let result = ParserFeeding.parse("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nG@T / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(result.requests.map(\.path) == ["/ok"])
        #expect(result.failure?.kind == .invalidMethod)
    }
}

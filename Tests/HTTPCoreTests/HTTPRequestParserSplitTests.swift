import HTTPCore
import Testing

/// A valid byte stream and the requests it holds, written out by hand from RFC 9112's grammar.
struct ValidStream: Sendable, CustomTestStringConvertible {
    var name: String
    var raw: String
    var expected: [HTTPRequest]

    var testDescription: String { name }
}

@Suite("HTTPRequestParser: every split point")
struct HTTPRequestParserSplitTests {
    static let corpus: [ValidStream] = [
        .init(
            name: "GET with query and three fields",
            raw: "GET /v1/documents/iccpr?pretty=true HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\n\r\n",
            expected: [
                HTTPRequest(
                    method: "GET", target: "/v1/documents/iccpr?pretty=true",
                    headers: ["Host": "localhost:8080", "User-Agent": "curl/8.0", "Accept": "*/*"])
            ]),
        .init(
            name: "HEAD on HTTP/1.0 with keep-alive",
            raw: "HEAD /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
            expected: [
                HTTPRequest(method: "HEAD", target: "/healthz", version: .http1_0, headers: ["Connection": "keep-alive"])
            ]),
        .init(
            name: "POST with a Content-Length body",
            raw: "POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{\"a\":\"\r\n\"}  ",
            expected: [
                HTTPRequest(
                    method: "POST", target: "/v1/echo",
                    headers: ["Host": "x", "Content-Type": "application/json", "Content-Length": "12"],
                    body: Array("{\"a\":\"\r\n\"}  ".utf8))
            ]),
        .init(
            name: "chunked body with extensions and trailers",
            raw: "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;name=value\r\nWiki\r\n5 ; ext=\"q\"\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\nX-Sum: 1\r\n\r\n",
            expected: [
                HTTPRequest(
                    method: "POST", target: "/upload", headers: ["Host": "x", "Transfer-Encoding": "chunked"],
                    body: Array("Wikipedia in\r\n\r\nchunks.".utf8))
            ]),
        .init(
            name: "three pipelined requests after empty lines",
            raw: "\r\nGET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok"
                + "\r\nGET /3?x=%20 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            expected: [
                HTTPRequest(method: "GET", target: "/1", headers: ["Host": "x"]),
                HTTPRequest(
                    method: "POST", target: "/2", headers: ["Host": "x", "Content-Length": "2"], body: Array("ok".utf8)),
                HTTPRequest(method: "GET", target: "/3?x=%20", headers: ["Host": "x", "Connection": "close"]),
            ]),
    ]

    @Test(arguments: corpus)
    func parsesTheStreamFedInOnePiece(_ stream: ValidStream) {
        let bytes = Array(stream.raw.utf8)
        let result = ParserFeeding.parse(pieces: [bytes[...]])
        #expect(result.failure == nil)
        #expect(result.requests == stream.expected)
        #expect(result.parser.bufferedByteCount == 0)
        #expect(!result.parser.hasPartialRequest)
    }

    @Test(arguments: corpus)
    func parsesTheStreamIdenticallyWhenSplitAtEveryPoint(_ stream: ValidStream) {
        let bytes = Array(stream.raw.utf8)
        for split in 0...bytes.count {
            let result = ParserFeeding.parse(pieces: [bytes[..<split], bytes[split...]])
            #expect(result.failure == nil, "split at \(split)")
            #expect(result.requests == stream.expected, "split at \(split)")
            #expect(result.parser.bufferedByteCount == 0, "split at \(split)")
        }
    }

    @Test(arguments: corpus)
    func parsesTheStreamIdenticallyWhenFedOneByteAtATime(_ stream: ValidStream) {
        let bytes = Array(stream.raw.utf8)
        let result = ParserFeeding.parse(pieces: bytes.indices.map { bytes[$0...$0] })
        #expect(result.failure == nil)
        #expect(result.requests == stream.expected)
        #expect(!result.parser.hasPartialRequest)
    }
}

import HTTPCore
import Testing

@Suite("ResponseSerializer")
struct ResponseSerializerTests {
    /// The RFC 9110 §5.6.7 example date, set by the "handler" so that the bytes are fixed.
    static let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    static func json(_ status: HTTPStatus = .ok, _ extra: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: HTTPHeaders([("Date", date), ("Content-Type", "application/json")] + extra),
            body: Array("{\"ok\":true}".utf8))
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func writesA200WithLengthAndRequestID() {
        let bytes = ResponseSerializer.serialize(
            Self.json(), requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: "req-1")
        #expect(Self.text(bytes) == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: application/json\r\n"
            + "Content-Length: 11\r\nX-Request-Id: req-1\r\n\r\n{\"ok\":true}")
    }

    @Test func writesTheGetLengthButNoBodyForHead() {
        let bytes = ResponseSerializer.serialize(
            Self.json(), requestMethod: "HEAD", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: application/json\r\n"
            + "Content-Length: 11\r\n\r\n")
    }

    @Test func keepsAHandlerSetLengthForHead() {
        let response = HTTPResponse(status: .ok, headers: ["Date": Self.date, "Content-Length": "2400"])
        let bytes = ResponseSerializer.serialize(response, requestMethod: "HEAD", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 2400\r\n\r\n")
    }

    @Test func writesNeitherBodyNorLengthFor304() {
        var response = Self.json(.notModified, [("ETag", "\"abc\"")])
        response.headers.remove("Content-Type")
        let bytes = ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 304 Not Modified\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nETag: \"abc\"\r\n\r\n")
    }

    @Test func keepsAHandlerSetLengthFor304() {
        let response = HTTPResponse(status: .notModified, headers: ["Date": Self.date, "Content-Length": "11"])
        let bytes = ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 304 Not Modified\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 11\r\n\r\n")
    }

    @Test func writesNeitherBodyNorLengthFor204EvenIfTheHandlerSetOne() {
        let response = HTTPResponse(status: .noContent, headers: ["Date": Self.date, "Content-Length": "0"], body: [1, 2])
        let bytes = ResponseSerializer.serialize(response, requestMethod: "OPTIONS", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\r\n")
    }

    @Test func answersHTTP10KeepAliveWithKeepAliveAndAnHTTP11StatusLine() {
        let bytes = ResponseSerializer.serialize(
            Self.json(), requestMethod: "GET", version: .http1_0, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: application/json\r\n"
            + "Content-Length: 11\r\nConnection: keep-alive\r\n\r\n{\"ok\":true}")
    }

    @Test func writesConnectionCloseWhenNotKeepingAlive() {
        let bytes = ResponseSerializer.serialize(
            Self.json(.notFound, [("Connection", "keep-alive")]), requestMethod: "GET", version: .http1_1,
            keepAlive: false, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 404 Not Found\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
            + "Content-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}")
    }

    @Test func neverWritesContentLengthTwice() {
        let response = Self.json(.ok, [("content-length", "999"), ("Transfer-Encoding", "chunked")])
        let text = Self.text(
            ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil))
        #expect(text.components(separatedBy: "\r\n").filter { $0.lowercased().hasPrefix("content-length:") } == ["Content-Length: 11"])
        #expect(!text.lowercased().contains("transfer-encoding"))
    }

    @Test func keepsTheHandlersRequestIDAndDate() {
        let response = Self.json(.ok, [("X-Request-Id", "from-handler")])
        let text = Self.text(
            ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: "server"))
        #expect(text.contains("X-Request-Id: from-handler\r\n"))
        #expect(!text.contains("server"))
        #expect(text.components(separatedBy: "Date:").count == 2)
    }

    @Test func addsACurrentDateWhenTheHandlerSetNone() throws {
        let bytes = ResponseSerializer.serialize(
            HTTPResponse(status: .ok), requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil)
        let text = Self.text(bytes)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\nDate: "))
        #expect(text.hasSuffix(" GMT\r\nContent-Length: 0\r\n\r\n"))
        #expect(bytes.count == "HTTP/1.1 200 OK\r\nDate: \r\nContent-Length: 0\r\n\r\n".utf8.count + 29)
    }

    @Test func writesACustomReasonPhrase() {
        let response = HTTPResponse(status: HTTPStatus(code: 299, reason: "Custom"), headers: ["Date": Self.date])
        let bytes = ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil)
        #expect(Self.text(bytes) == "HTTP/1.1 299 Custom\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func replacesLineBreaksInValuesSoTheyCannotSplitTheResponse() {
        let response = HTTPResponse(status: .ok, headers: ["Date": Self.date, "X-Echo": "a\r\nSet-Cookie: evil"])
        let bytes = ResponseSerializer.serialize(
            response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: "id\r\nX: y")
        #expect(Self.text(bytes) == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nX-Echo: a  Set-Cookie: evil\r\n"
            + "Content-Length: 0\r\nX-Request-Id: id  X: y\r\n\r\n")
    }

    @Test func appendsToWhatIsAlreadyInTheBuffer() {
        var buffer = Array("previous".utf8)
        ResponseSerializer.serialize(
            HTTPResponse(status: .ok, headers: ["Date": Self.date]), requestMethod: "GET", version: .http1_1,
            keepAlive: true, requestID: nil, into: &buffer)
        #expect(Self.text(buffer) == "previousHTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func writesProblemResponsesOfParseErrors() throws {
        let error = HTTPParseError(.requestLineTooLong, "too long")
        let bytes = ResponseSerializer.serialize(
            error.problem.response, requestMethod: "GET", version: .http1_1, keepAlive: false, requestID: nil)
        let text = Self.text(bytes)
        #expect(text.hasPrefix("HTTP/1.1 414 URI Too Long\r\nContent-Type: application/problem+json; charset=utf-8\r\nDate: "))
        #expect(text.contains("\r\nConnection: close\r\n\r\n{\"type\":\"tag:rights-api,2026:problem/request-line-too-long\""))
    }
}

@Suite("ResponseSerializer: buffer reuse")
struct ResponseSerializerBufferTests {
    @Test func keepsTheCapacityOfAReusedEmptyBuffer() {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(64 * 1024)
        let capacity = buffer.capacity
        ResponseSerializer.serialize(
            HTTPResponse(status: .ok, body: Array(repeating: 0x61, count: 100)), requestMethod: "GET",
            version: .http1_1, keepAlive: true, requestID: nil, into: &buffer)
        #expect(buffer.capacity == capacity)
        #expect(buffer.suffix(100) == ArraySlice(repeating: 0x61, count: 100))
    }

    @Test func writesLargeHeaderSetsCompletely() {
        var headers = HTTPHeaders()
        for i in 0..<300 { headers.add(name: "X-Field-\(i)", value: String(repeating: "v", count: i)) }
        let bytes = ResponseSerializer.serialize(
            HTTPResponse(status: .ok, headers: headers, body: [0x7B, 0x7D]), requestMethod: "GET",
            version: .http1_1, keepAlive: true, requestID: nil)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\nX-Field-299: " + String(repeating: "v", count: 299) + "\r\n"))
        #expect(text.hasSuffix("\r\nContent-Length: 2\r\n\r\n{}"))
    }
}

import HTTPCore
import Testing

/// RFC 9112 / RFC 9110 corners: absolute-form targets, other HTTP/1.x minor versions, Host
/// values, `Expect: 100-continue`.
@Suite("Request parser: protocol corners")
struct HTTPRequestParserProtocolCornerTests {
    static func parse(_ raw: String) -> HTTPParseResult {
        var parser = HTTPRequestParser()
        parser.append(Array(raw.utf8))
        return parser.nextRequest()
    }

    static func request(_ raw: String) throws -> HTTPRequest {
        guard case .request(let request) = parse(raw) else {
            throw ParseFailure(description: "no request from \(raw.debugDescription): \(parse(raw))")
        }
        return request
    }

    struct ParseFailure: Error, CustomStringConvertible { var description: String }

    @Test func absoluteFormIsRoutedByItsPathAndItsAuthorityReplacesHost() throws {
        let request = try Self.request("GET http://api.example:8080/v1/search?q=x HTTP/1.1\r\nHost: other\r\n\r\n")
        #expect(request.target == "/v1/search?q=x")
        #expect(request.path == "/v1/search")
        #expect(request.query == "q=x")
        #expect(request.headers.values(for: "Host") == ["api.example:8080"])
    }

    @Test func absoluteFormIgnoresAnInvalidHostField() throws {
        let request = try Self.request("GET HTTPS://a.example/x HTTP/1.1\r\nHost: not a host\r\n\r\n")
        #expect(request.path == "/x")
        #expect(request.headers["Host"] == "a.example")
    }

    @Test func absoluteFormWithoutAPathMeansTheRoot() throws {
        let bare = try Self.request("GET http://a.example HTTP/1.1\r\nHost: a.example\r\n\r\n")
        #expect(bare.target == "/" && bare.path == "/" && bare.query == nil)
        let query = try Self.request("GET http://a.example?x=1 HTTP/1.1\r\nHost: a.example\r\n\r\n")
        #expect(query.target == "/?x=1" && query.path == "/" && query.query == "x=1")
    }

    @Test func absoluteFormOnHTTP10WithoutHostGetsTheAuthorityAsHost() throws {
        let request = try Self.request("GET http://[::1]:80/a HTTP/1.0\r\n\r\n")
        #expect(request.headers["Host"] == "[::1]:80")
    }

    @Test func otherHTTP1MinorVersionsAreAnsweredAsHTTP11() throws {
        #expect(try Self.request("GET / HTTP/1.2\r\nHost: x\r\n\r\n").version == .http1_1)
        #expect(try Self.request("GET / HTTP/1.9\r\nHost: x\r\n\r\n").version == .http1_1)
    }

    @Test func majorVersionsOtherThanOneAre505() {
        for version in ["HTTP/2.0", "HTTP/0.9", "HTTP/3.1"] {
            guard case .failure(let error) = Self.parse("GET / \(version)\r\nHost: x\r\n\r\n") else {
                Issue.record("\(version) was accepted")
                continue
            }
            #expect(error.status.code == 505)
        }
    }

    @Test func validHostValuesAreAccepted() throws {
        for host in ["example.org", "example.org:8080", "127.0.0.1:1", "[::1]", "[::1]:443", "example.org:", ""] {
            #expect(try Self.request("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n").headers["Host"] == host)
        }
    }

    @Test func continueIsExpectedOnceTheHeadIsAcceptedAndBeforeTheBodyArrives() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("POST /u HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n".utf8))
        let pending1 = parser.nextRequest()
        #expect(pending1 == .needMoreData)
        let took2 = parser.takeContinueExpectation()
        #expect(took2)
        let took3 = parser.takeContinueExpectation()
        #expect(!took3)   // once
        parser.append(Array("body".utf8))
        guard case .request(let request) = parser.nextRequest() else {
            Issue.record("no request after the body")
            return
        }
        #expect(request.body == Array("body".utf8))
        let took4 = parser.takeContinueExpectation()
        #expect(!took4)
    }

    @Test func noContinueWhenTheBodyArrivedWithTheHeadOrOnHTTP10() throws {
        var parser = HTTPRequestParser()
        parser.append(Array("POST /u HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok".utf8))
        guard case .request = parser.nextRequest() else {
            Issue.record("no request")
            return
        }
        let took5 = parser.takeContinueExpectation()
        #expect(!took5)
        var old = HTTPRequestParser()
        old.append(Array("POST /u HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        let pending6 = old.nextRequest()
        #expect(pending6 == .needMoreData)
        let took7 = old.takeContinueExpectation()
        #expect(!took7)
    }

    @Test func tooLargeBodyWithContinueIsRefusedBeforeTheBody() {
        var parser = HTTPRequestParser(limits: HTTPParserLimits(maxBodyBytes: 10))
        parser.append(Array("POST /u HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n".utf8))
        guard case .failure(let error) = parser.nextRequest() else {
            Issue.record("accepted")
            return
        }
        #expect(error.status.code == 413)
        let took8 = parser.takeContinueExpectation()
        #expect(!took8)
    }
}

import HTTPCore
import Testing

@Suite("HTTPRequest")
struct HTTPRequestTests {
    static func request(_ version: HTTPVersion, _ connection: [String]) -> HTTPRequest {
        HTTPRequest(method: "GET", target: "/", version: version, headers: HTTPHeaders(connection.map { ("Connection", $0) }))
    }

    @Test func keepsHTTP11ConnectionsAliveUnlessClosed() {
        #expect(Self.request(.http1_1, []).keepAlive)
        #expect(Self.request(.http1_1, ["keep-alive"]).keepAlive)
        #expect(!Self.request(.http1_1, ["close"]).keepAlive)
        #expect(!Self.request(.http1_1, ["Upgrade, CLOSE "]).keepAlive)
        #expect(!Self.request(.http1_1, ["upgrade", "close"]).keepAlive)
        #expect(Self.request(.http1_1, ["closed, enclose"]).keepAlive)
    }

    @Test func keepsHTTP10ConnectionsAliveOnlyWhenAsked() {
        #expect(!Self.request(.http1_0, []).keepAlive)
        #expect(Self.request(.http1_0, ["Keep-Alive"]).keepAlive)
        #expect(Self.request(.http1_0, [" te,\tkeep-alive "]).keepAlive)
        #expect(!Self.request(.http1_0, ["keep-alive, close"]).keepAlive)
    }

    @Test func splitsTheTargetIntoPathAndQuery() {
        let request = HTTPRequest(method: "GET", target: "/v1/search?q=a?b")
        #expect(request.path == "/v1/search")
        #expect(request.query == "q=a?b")
    }

    @Test func splitsAtTheFirstQuestionMarkWhateverTheCharactersAroundIt() {
        let unicode = HTTPRequest(method: "GET", target: "/v1/酷刑\u{301}?q=é")
        #expect(unicode.path == "/v1/酷刑\u{301}")
        #expect(unicode.query == "q=é")
        let empty = HTTPRequest(method: "GET", target: "/a?")
        #expect(empty.path == "/a" && empty.query == "")
        let none = HTTPRequest(method: "GET", target: "/a")
        #expect(none.path == "/a" && none.query == nil)
    }
}

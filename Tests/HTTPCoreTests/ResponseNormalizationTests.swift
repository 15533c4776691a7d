@testable import HTTPCore
import Testing

/// The field rules HTTP/1.1 and HTTP/2 share, checked on the HTTP/2 field list (RFC 9110 §8.6,
/// §9.3.2, §15.3.5, §15.4.5; RFC 9113 §8.2.2, §8.3.2).
@Suite("Response normalization")
struct ResponseNormalizationTests {
    static let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    static func names(_ list: [(name: String, value: String)]) -> [String] { list.map(\.name) }
    static func value(_ list: [(name: String, value: String)], _ name: String) -> String? { list.first { $0.name == name }?.value }

    @Test func http2ListStartsWithStatusLowercasesNamesAndAddsLengthAndRequestID() {
        let response = HTTPResponse(status: .ok, headers: ["Date": Self.date, "Content-Type": "application/json"], body: Array("{}".utf8))
        let list = ResponseNormalization.http2FieldList(for: response, requestMethod: "GET", requestID: "r-1")
        #expect(Self.names(list) == [":status", "date", "content-type", "content-length", "x-request-id"])
        #expect(Self.value(list, ":status") == "200")
        #expect(Self.value(list, "content-length") == "2")
        #expect(Self.value(list, "x-request-id") == "r-1")
    }

    @Test func http2ListDropsConnectionSpecificFields() {
        let response = HTTPResponse(
            status: .ok,
            headers: ["Date": Self.date, "Connection": "close", "Keep-Alive": "timeout=5", "Proxy-Connection": "x",
                      "Upgrade": "h2c", "Transfer-Encoding": "chunked", "ETag": "\"a\""])
        let list = ResponseNormalization.http2FieldList(for: response, requestMethod: "GET", requestID: nil)
        #expect(Self.names(list) == [":status", "date", "etag", "content-length"])
    }

    @Test func headKeepsTheGetLengthAnd304And204FollowTheSameRulesAsHTTP11() {
        let body = Array("{\"ok\":true}".utf8)
        let ok = HTTPResponse(status: .ok, headers: ["Date": Self.date], body: body)
        #expect(Self.value(ResponseNormalization.http2FieldList(for: ok, requestMethod: "HEAD", requestID: nil), "content-length") == "11")
        #expect(!ResponseFraming(statusCode: 200, requestMethod: "HEAD").sendsBody)
        let notModified = HTTPResponse(status: .notModified, headers: ["Date": Self.date], body: body)
        #expect(Self.value(ResponseNormalization.http2FieldList(for: notModified, requestMethod: "GET", requestID: nil), "content-length") == nil)
        let noContent = HTTPResponse(status: .noContent, headers: ["Date": Self.date, "Content-Length": "5"])
        #expect(Self.value(ResponseNormalization.http2FieldList(for: noContent, requestMethod: "GET", requestID: nil), "content-length") == nil)
    }

    @Test func controlCharactersBecomeSpacesInHTTP2ValuesAsInHTTP11() {
        let response = HTTPResponse(status: .ok, headers: ["Date": Self.date, "X-Note": "a\r\nInjected: yes"])
        let list = ResponseNormalization.http2FieldList(for: response, requestMethod: "GET", requestID: nil)
        #expect(Self.value(list, "x-note") == "a  Injected: yes")
        let http1 = String(decoding: ResponseSerializer.serialize(response, requestMethod: "GET", version: .http1_1, keepAlive: true, requestID: nil), as: UTF8.self)
        #expect(http1.contains("X-Note: a  Injected: yes\r\n"))
    }

    @Test func aDateIsAddedWhenTheHandlerSetNone() {
        let list = ResponseNormalization.http2FieldList(for: HTTPResponse(status: .ok), requestMethod: "GET", requestID: nil)
        #expect(Self.value(list, "date")?.utf8.count == HTTPDate.length)
    }
}

@Suite("Field name lowercasing")
struct FieldNameLoweringTests {
    @Test func namesAreLoweredWhetherCommonOrNot() {
        #expect(FieldText.lowercasedName("Content-Type") == "content-type")
        #expect(FieldText.lowercasedName("ACCESS-CONTROL-ALLOW-ORIGIN") == "access-control-allow-origin")
        #expect(FieldText.lowercasedName("X-Custom-Thing") == "x-custom-thing")
        #expect(FieldText.lowercasedName("already-lower") == "already-lower")
    }

    @Test func controlCharactersInNamesBecomeSpaces() {
        #expect(FieldText.lowercasedName("X-A\r\nB") == "x-a  b")
        #expect(FieldText.lowercasedName("etag\u{7F}") == "etag ")
    }

    @Test func everyCommonNameIsLowercase() {
        for name in FieldText.commonNames { #expect(name == name.lowercased()) }
    }
}

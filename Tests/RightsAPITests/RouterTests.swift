import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Routing")
struct RouterTests {
    let router = Router()

    @Test func literalSegmentsBeatParameters() {
        #expect(router.match(path: "/v1/documents/iccpr/articles") == .matched(.articles, parameters: []))
        #expect(router.match(path: "/v1/documents/iccpr/full") == .matched(.fullDocument, parameters: ["iccpr"]))
    }

    @Test func parametersArePercentDecodedAfterSplitting() {
        #expect(router.match(path: "/v1/documents/iccpr/provisions/a%2Fb") == .matched(.provision, parameters: ["iccpr", "a/b"]))
    }

    @Test(arguments: ["/v1/documents/%ZZ", "/v1/documents/%E7%AC", "/v1/documents/%"])
    func invalidEscapesOrUTF8AreMalformed(_ path: String) {
        guard case .malformed = router.match(path: path) else {
            Issue.record("expected malformed for \(path)")
            return
        }
    }

    @Test func badPercentEscapeIsA400Problem() throws {
        let response = try TestClient.request("/v1/documents/iccpr/articles/%E5%8D")
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test func unknownPathIsA404Problem() throws {
        let response = try TestClient.request("/v2/nothing")
        #expect(response.status == .notFound)
        #expect(try TestClient.object(response)["status"] as? Int == 404)
    }

    @Test func emptySegmentsDoNotMatch() {
        #expect(router.match(path: "/v1//documents") == .notFound)
        #expect(router.match(path: "//evil.example/") == .notFound)
    }

    @Test func trailingSlashOnAKnownPathRedirectsPermanently() throws {
        let response = try TestClient.request("/v1/documents/?pretty=true")
        #expect(response.status.code == 308)
        #expect(response.headers["Location"] == "/v1/documents?pretty=true")
        #expect(try TestClient.request("/v1/nothing/").status == .notFound)
    }

    @Test func otherMethodsOnAKnownPathAre405WithAllow() throws {
        let response = try TestClient.request("/v1/documents", method: "POST")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func optionsAnswersThePreflight() throws {
        let response = try TestClient.request("/v1/search", method: "OPTIONS",
                                              headers: [("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET")])
        #expect(response.status == .noContent)
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(response.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS")
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Max-Age"] != nil)
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("If-None-Match") == true)
    }

    @Test func headIsServedLikeGet() throws {
        let get = try TestClient.request("/v1/documents/iccpr")
        let head = try TestClient.request("/v1/documents/iccpr", method: "HEAD")
        #expect(head.status == .ok)
        #expect(head.headers["ETag"] == get.headers["ETag"])
        #expect(head.body.count == get.body.count)
    }

    @Test func everyRouteTemplateMatchesItself() {
        for route in Route.allCases {
            let path = route.template.replacingOccurrences(of: "{doc}", with: "iccpr")
                .replacingOccurrences(of: "{eId}", with: "art_1").replacingOccurrences(of: "{n}", with: "1")
                .replacingOccurrences(of: "{p}", with: "1").replacingOccurrences(of: "{i}", with: "1").replacingOccurrences(of: "{s}", with: "1")
            guard case .matched(let matched, _) = router.match(path: path) else {
                Issue.record("\(route.template) did not match")
                continue
            }
            #expect(matched == route)
        }
    }
}

import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Routing")
struct RouterTests {
    let router = APIRoutes.router()

    /// The template and parameters `path` matched, or nil.
    func matched(_ path: String) -> (template: String, parameters: [String])? {
        guard case .matched(let route, let parameters) = router.match(path: path) else { return nil }
        return (route.template, parameters)
    }

    @Test func literalSegmentsBeatParameters() {
        #expect(matched("/v1/documents/iccpr/articles")?.template == "/v1/documents/iccpr/articles")
        #expect(matched("/v1/documents/iccpr/articles")?.parameters == [])
        #expect(matched("/v1/documents/iccpr/full")?.template == "/v1/documents/{doc}/full")
        #expect(matched("/v1/documents/iccpr/full")?.parameters == ["iccpr"])
    }

    @Test func parametersArePercentDecodedAfterSplitting() {
        #expect(matched("/v1/documents/iccpr/provisions/a%2Fb")?.template == "/v1/documents/{doc}/provisions/{eId}")
        #expect(matched("/v1/documents/iccpr/provisions/a%2Fb")?.parameters == ["iccpr", "a/b"])
    }

    @Test func registeringATemplateGivesItTheNextSlot() {
        let templates = router.routes.map(\.template)
        #expect(Set(templates).count == templates.count)
        #expect(router.routes.map(\.slot) == Array(0..<templates.count))
        #expect(router.route(template: "/v1/resolve")?.template == "/v1/resolve")
        #expect(router.route(template: "/v1/nothing") == nil)
    }

    @Test func everyPrecomputedPathBelongsToTheRouteItMatches() throws {
        let handler = try TestClient.handler()
        #expect(handler.exactPaths.count == handler.api.resources.exactPaths.count)
        for (path, exact) in handler.exactPaths {
            guard case .matched(let route, _) = router.match(path: path) else {
                Issue.record("\(path) is precomputed but not routed")
                continue
            }
            #expect(route == exact.route, "\(path) is precomputed under \(exact.route.template) but routes to \(route.template)")
        }
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
        for route in router.routes {
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

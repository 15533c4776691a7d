import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Search, resolve and cross-references")
struct SearchResolveTests {
    @Test func searchFindsTraditionalTextWithATraditionalQuery() throws {
        // 自供 occurs in ICCPR art. 14(3)(g) only.
        let result = try TestClient.getObject("/v1/search?q=%E8%87%AA%E4%BE%9B")
        let hits = try #require(result["hits"] as? [[String: Any]])
        #expect(hits.contains { $0["eId"] as? String == "art_14__para_3__list_1__point_7" })
        #expect(result["total"] as? Int == hits.count)
        #expect(result["limit"] as? Int == 20)
        #expect(result["offset"] as? Int == 0)
        let hit = try #require(hits.first)
        for key in ["document", "eId", "kind", "score", "snippet", "highlights", "snippetHighlights", "url", "citation"] {
            #expect(hit[key] != nil, "missing \(key)")
        }
    }

    @Test func searchQueryEchoAndHitsFollowTheDocumentFilter() throws {
        let result = try TestClient.getObject("/v1/search?q=%E9%85%B7%E5%88%91&document=a-res-62-148")
        #expect(result["query"] as? String == "酷刑")
        let hits = try #require(result["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0["document"] as? String == "a-res-62-148" })
    }

    @Test(arguments: ["/v1/search", "/v1/search?q=", "/v1/search?q=%20", "/v1/search?q=a&limit=0", "/v1/search?q=a&limit=101",
                      "/v1/search?q=a&offset=-1", "/v1/search?q=a&document=udhr", "/v1/search?q=a&colour=red", "/v1/search?q=a&q=b",
                      "/v1/search?q=%ZZ"])
    func invalidSearchRequestsAreBadRequests(_ target: String) throws {
        let response = try TestClient.request(target)
        #expect(response.status == .badRequest, "\(target)")
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test func overlongQueryIsABadRequest() throws {
        let long = String(repeating: "a", count: 257)
        #expect(try TestClient.request("/v1/search?q=\(long)").status == .badRequest)
        #expect(try TestClient.request("/v1/search?q=\(String(repeating: "a", count: 256))").status == .ok)
    }

    @Test func unknownParameterProblemListsTheAllowedOnes() throws {
        let problem = try TestClient.object(try TestClient.request("/v1/resolve?cite=x&foo=1"))
        #expect((problem["allowed"] as? String)?.contains("cite") == true)
    }

    @Test func resolveWithoutCiteIsABadRequest() throws {
        #expect(try TestClient.request("/v1/resolve").status == .badRequest)
    }

    @Test func crossReferencesWithoutFilterListEveryLink() throws {
        let list = try TestClient.getObject("/v1/cross-references")
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(Set(items.compactMap { $0["id"] as? String }) == ["iccpr-ref-1", "a-res-62-148-ref-1", "thematic-1"])
        #expect(list["total"] as? Int == 3)
    }

    @Test func crossReferencesFilterByTypeSourceAndTarget() throws {
        let thematic = try TestClient.getObject("/v1/cross-references?type=thematic")
        #expect((thematic["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["thematic-1"])
        let bySource = try TestClient.getObject("/v1/cross-references?document=iccpr&source=art_8__para_2__list_1__point_2")
        #expect((bySource["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["iccpr-ref-1"])
        let byTarget = try TestClient.getObject("/v1/cross-references?target=art_7")
        #expect((byTarget["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["thematic-1"])
        let external = try TestClient.getObject("/v1/cross-references?type=external")
        let first = try #require((external["items"] as? [[String: Any]])?.first)
        #expect((first["external"] as? [String: Any])?["instrument"] as? String == "CAT")
    }

    @Test(arguments: ["/v1/cross-references?type=implicit", "/v1/cross-references?document=udhr", "/v1/cross-references?sort=id"])
    func invalidCrossReferenceFiltersAreBadRequests(_ target: String) throws {
        #expect(try TestClient.request(target).status == .badRequest, "\(target)")
    }

    @Test func crossReferenceFilterOnAMissingUnitIsNotFound() throws {
        let response = try TestClient.request("/v1/cross-references?document=iccpr&source=art_99")
        #expect(response.status == .notFound)
        #expect((try TestClient.object(response)["detail"] as? String)?.contains("art_99") == true)
    }
}

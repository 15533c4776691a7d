import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Caching, compression, formats and scripts")
struct NegotiationTests {
    let article14 = "/v1/documents/iccpr/provisions/art_14"

    @Test func matchingIfNoneMatchAnswers304WithTheETag() throws {
        let first = try TestClient.request(article14)
        let etag = try #require(first.headers["ETag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        let revalidated = try TestClient.request(article14, headers: [("If-None-Match", etag)])
        #expect(revalidated.status == .notModified)
        #expect(revalidated.headers["ETag"] == etag)
        #expect(revalidated.headers["Content-Type"] == nil)
    }

    @Test func ifNoneMatchUsesWeakComparisonListsAndStar() throws {
        let etag = try #require(try TestClient.request(article14).headers["ETag"])
        #expect(try TestClient.request(article14, headers: [("If-None-Match", "\"nope\", W/\(etag)")]).status == .notModified)
        #expect(try TestClient.request(article14, headers: [("If-None-Match", "*")]).status == .notModified)
        #expect(try TestClient.request(article14, headers: [("If-None-Match", "\"other\"")]).status == .ok)
    }

    @Test func gzipDecodesToTheIdentityBody() throws {
        let identity = try TestClient.request(article14)
        let compressed = try TestClient.request(article14, headers: [("Accept-Encoding", "gzip, deflate, br")])
        #expect(compressed.headers["Content-Encoding"] == "gzip")
        #expect(compressed.body.count < identity.body.count)
        #expect(Inflate.gunzip(compressed.body) == identity.body)
        #expect(compressed.headers["ETag"] != identity.headers["ETag"])
        #expect(compressed.headers["Vary"]?.contains("Accept-Encoding") == true)
    }

    @Test(arguments: ["gzip;q=0", "identity", "br", "gzip;q=0, *;q=1", ""])
    func gzipIsNotUsedWhenRefused(_ header: String) throws {
        let response = try TestClient.request(article14, headers: [("Accept-Encoding", header)])
        #expect(response.headers["Content-Encoding"] == nil)
    }

    @Test(arguments: ["*", "br;q=1, gzip;q=0.5", "GZIP"])
    func gzipIsUsedWhenAllowed(_ header: String) throws {
        let response = try TestClient.request(article14, headers: [("Accept-Encoding", header)])
        #expect(response.headers["Content-Encoding"] == "gzip")
    }

    @Test func smallBodiesAreNotCompressed() throws {
        let response = try TestClient.request("/healthz", headers: [("Accept-Encoding", "gzip")])
        #expect(response.headers["Content-Encoding"] == nil)
        #expect(response.headers["Cache-Control"] == "no-store")
    }

    @Test func corsHeadersAreOnEveryResponse() throws {
        for target in [article14, "/v2/missing", "/v1/search?q=%E9%85%B7%E5%88%91", "/metrics"] {
            let response = try TestClient.request(target)
            #expect(response.headers["Access-Control-Allow-Origin"] == "*", "\(target)")
            #expect(response.headers["Access-Control-Expose-Headers"] == "ETag, X-Request-Id, Reading", "\(target)")
        }
    }

    @Test func corpusBodiesAreCacheableForAnHour() throws {
        #expect(try TestClient.request(article14).headers["Cache-Control"] == "public, max-age=3600")
    }

    @Test(arguments: ["pretty=true", "pretty=1"])
    func prettyIndentsTheSameJSON(_ query: String) throws {
        let compact = try TestClient.request(article14)
        let pretty = try TestClient.request(article14 + "?" + query)
        #expect(pretty.text.contains("\n  \"eId\": \"art_14\""))
        #expect(!compact.text.contains("\n"))
        let a = try JSONSerialization.jsonObject(with: Data(compact.body)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.body)) as? NSDictionary
        #expect(a == b)
    }

    @Test func scriptHansConvertsTraditionalCharacters() throws {
        let unit = try TestClient.getObject(article14 + "?script=hans")
        #expect(unit["num"] as? String == "第十四条")
        let item = try TestClient.getObject("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7?script=hans")
        #expect(item["text"] as? String == "不得强迫被告自供或认罪。")
        #expect(item["eId"] as? String == "art_14__para_3__list_1__point_7")
    }

    @Test func scriptHantConvertsSimplifiedCharacters() throws {
        let unit = try TestClient.getObject("/v1/documents/a-res-62-148/operative/10?script=hant")
        let text = try #require(unit["text"] as? String)
        #expect(text.hasPrefix("強烈敦促各國確保"))
    }

    @Test func invalidScriptOrPrettyIsABadRequest() throws {
        #expect(try TestClient.request(article14 + "?script=latn").status == .badRequest)
        #expect(try TestClient.request(article14 + "?pretty=yes").status == .badRequest)
    }

    @Test func unacceptableMediaTypeIs406Problem() throws {
        let response = try TestClient.request(article14, headers: [("Accept", "image/png")])
        #expect(response.status == .notAcceptable)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        #expect(try TestClient.request("/v1/documents", headers: [("Accept", "text/plain")]).status == .notAcceptable)
    }

    @Test(arguments: ["application/json", "*/*", "application/*", "text/html, */*;q=0.8", "application/json;q=0.9, text/plain;q=0.1"])
    func jsonIsChosenWhenPreferredOrEqual(_ accept: String) throws {
        let response = try TestClient.request(article14, headers: [("Accept", accept)])
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
    }

    @Test func plainTextRespectsScriptConversion() throws {
        let response = try TestClient.request("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7?script=hans",
                                              headers: [("Accept", "text/plain")])
        #expect(response.text == "不得强迫被告自供或认罪。\n")
    }

    @Test func unknownParametersAreIgnoredOnStaticResources() throws {
        #expect(try TestClient.request(article14 + "?cachebuster=1").status == .ok)
    }
}

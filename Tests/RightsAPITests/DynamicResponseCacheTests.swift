import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Dynamic response cache")
struct DynamicResponseCacheTests {
    @Test func repeatedSearchAnswersTheSameBytesAndETag() throws {
        let target = "/v1/search?q=%E5%AF%A9%E5%88%A4&limit=3"
        let first = try TestClient.request(target)
        let second = try TestClient.request(target)
        #expect(first.status == .ok)
        #expect(second.body == first.body)
        #expect(second.headers["ETag"] == first.headers["ETag"])
        let etag = try #require(first.headers["ETag"])
        #expect(try TestClient.request(target, headers: [("If-None-Match", etag)]).status == .notModified)
    }

    @Test func cacheEmptiesItselfWhenFull() {
        let cache = DynamicResponseCache(maximumEntries: 3)
        for index in 0..<7 { _ = cache.store(Array("{\"n\":\(index)}".utf8), for: "/k\(index)", cacheControl: "no-store") }
        #expect(cache.count <= 3)
        #expect(cache.entry(for: "/k6") != nil)
    }

    @Test func gzipVariantIsStoredForLargeBodies() throws {
        let cache = DynamicResponseCache()
        let body = Array(("{\"text\":\"" + String(repeating: "酷刑", count: 400) + "\"}").utf8)
        let entry = cache.store(body, for: "/large", cacheControl: "no-store")
        let gzip = try #require(entry.gzip)
        #expect(Inflate.gunzip(gzip.body) == body)
        #expect(entry.body(gzip: false).body == body)
    }

    @Test func problemsAreNotCached() throws {
        let response = try TestClient.request("/v1/resolve?cite=xyzzy%20plugh")
        #expect(response.status.code == 400 || response.status.code == 404)
        #expect(try TestClient.handler().dynamicCache.entry(for: "/v1/resolve?cite=xyzzy%20plugh") == nil)
    }
}

import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Documents, footnotes, errata, service endpoints")
struct DocumentEndpointTests {
    @Test func documentListHasBothDocumentsWithLanguageTags() throws {
        let list = try TestClient.getObject("/v1/documents")
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["a-res-62-148", "iccpr"])
        #expect(items.map { $0["language"] as? String } == ["zh-Hans", "zh-Hant"])
        #expect(list["total"] as? Int == 2)
    }

    @Test func documentHasATableOfContentsWithoutText() throws {
        let document = try TestClient.getObject("/v1/documents/iccpr")
        let toc = try #require(document["toc"] as? [[String: Any]])
        let article14 = try #require(toc.first { $0["eId"] as? String == "art_14" })
        #expect(article14["text"] == nil)
        #expect((article14["children"] as? [[String: Any]])?.count == 7)
        #expect(article14["url"] as? String == "/v1/documents/iccpr/provisions/art_14")
    }

    @Test func fullDocumentHoldsEveryUnitFootnoteAndErratum() throws {
        let full = try TestClient.getObject("/v1/documents/a-res-62-148/full")
        #expect((full["units"] as? [[String: Any]])?.count == 4)
        #expect((full["footnotes"] as? [[String: Any]])?.count == 1)
        #expect(full["errata"] is [Any])
    }

    @Test func footnoteHasTextStructuredCitationAndAnchors() throws {
        let footnote = try TestClient.getObject("/v1/documents/a-res-62-148/footnotes/1")
        #expect(footnote["text"] as? String == "联合国，《条约汇编》，第 1465 卷，第 24841 号。")
        let citation = try #require(footnote["citation"] as? [String: Any])
        #expect((citation["treatySeries"] as? [String: Any])?["volume"] as? Int == 1465)
        let anchors = try #require(footnote["anchors"] as? [[String: Any]])
        #expect(anchors.first?["eId"] as? String == "rec_2")
        #expect(try TestClient.request("/v1/documents/a-res-62-148/footnotes/9").status == .notFound)
        #expect(try TestClient.request("/v1/documents/a-res-62-148/footnotes/x").status == .badRequest)
    }

    @Test func errataListTheRecordedDefects() throws {
        let errata = try TestClient.getObject("/v1/documents/iccpr/errata")
        let items = try #require(errata["items"] as? [[String: Any]])
        #expect(items.first?["printed"] as? String == "目決權")
    }

    @Test func serviceIndexLinksToTheResources() throws {
        let index = try TestClient.getObject("/")
        let links = try #require(index["links"] as? [String: Any])
        #expect(links["documents"] as? String == "/v1/documents")
        #expect(links["openapi"] as? String == "/openapi.yaml")
    }

    @Test func healthAndReadinessAreLiveAndUncached() throws {
        let health = try TestClient.request("/healthz")
        #expect(health.status == .ok)
        #expect(health.headers["Cache-Control"] == "no-store")
        let ready = try TestClient.getObject("/readyz")
        #expect(ready["status"] as? String == "ready")
        #expect(ready["documents"] as? Int == 2)
    }

    @Test func openAPIDescriptionIsServedVerbatim() throws {
        let yaml = try #require(TestClient.openAPIYAML)
        let response = try TestClient.request("/openapi.yaml")
        #expect(response.status == .ok)
        #expect(response.body == yaml)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/yaml") == true)
    }
}

import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// `Content-Language` and the JSON `language` follow `?script=`: the Covenant is printed in
/// Traditional characters (zh-Hant), the resolution in Simplified (zh-Hans).
@Suite("Language follows script")
struct ScriptLanguageTests {
    @Test func covenantArticleServedInSimplifiedIsLabelledZhHans() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7?script=hans")
        #expect(response.status == .ok)
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hans")
        let unit = try TestClient.object(response)
        #expect(unit["language"] as? String == "zh-Hans")
    }

    @Test func resolutionServedInTraditionalIsLabelledZhHant() throws {
        let response = try CorpusClient.request("/v1/documents/a-res-62-148?script=hant")
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hant")
        #expect(try TestClient.object(response)["language"] as? String == "zh-Hant")
        let unit = try CorpusClient.request("/v1/documents/a-res-62-148/operative/10?script=hant")
        #expect(unit.headers.combinedValue(for: "Content-Language") == "zh-Hant")
    }

    @Test func withoutScriptEachDocumentKeepsItsOwnLanguage() throws {
        let covenant = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7")
        #expect(covenant.headers.combinedValue(for: "Content-Language") == "zh-Hant")
        #expect(try TestClient.object(covenant)["language"] as? String == "zh-Hant")
        let resolution = try CorpusClient.request("/v1/documents/a-res-62-148")
        #expect(resolution.headers.combinedValue(for: "Content-Language") == "zh-Hans")
        #expect(try TestClient.object(resolution)["language"] as? String == "zh-Hans")
    }

    @Test func plainTextCarriesTheLanguageOfItsScript() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7?script=hans", headers: [("Accept", "text/plain")])
        #expect(response.headers.combinedValue(for: "Content-Type")?.hasPrefix("text/plain") == true)
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hans")
    }

    @Test func documentListLabelsEveryDocumentInTheRequestedScript() throws {
        let response = try CorpusClient.request("/v1/documents?script=hant")
        let object = try TestClient.object(response)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0["language"] as? String == "zh-Hant" })
    }
}

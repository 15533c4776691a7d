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

    // Search and resolve. The sources say which script each document is printed in:
    // Data/sources/iccpr.zh-Hant.txt prints 公民與政治權利國際公約 (Traditional),
    // Data/sources/resolution-62-148.zh-Hans.txt prints 酷刑和其他残忍 (Simplified).
    // 酷刑 occurs in both (the Covenant's article 7, the resolution's title).

    @Test func searchAcrossBothDocumentsAsPrintedListsBothLanguagesAndLabelsEachHit() throws {
        let response = try CorpusClient.request("/v1/search?q=%E9%85%B7%E5%88%91&limit=100")
        #expect(response.status == .ok)
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hans, zh-Hant")
        let hits = try #require(try TestClient.object(response)["hits"] as? [[String: Any]])
        #expect(Set(hits.compactMap { $0["document"] as? String }) == ["iccpr", "a-res-62-148"])
        for hit in hits {
            let expected = hit["document"] as? String == "iccpr" ? "zh-Hant" : "zh-Hans"
            #expect(hit["language"] as? String == expected)
        }
    }

    @Test(arguments: [("hans", "zh-Hans"), ("hant", "zh-Hant")])
    func searchInOneScriptIsLabelledWithThatScriptAlone(script: String, tag: String) throws {
        let target = "/v1/search?q=%E9%85%B7%E5%88%91&limit=100&script=\(script)"
        for _ in 0..<2 { // the second answer comes from the response cache
            let response = try CorpusClient.request(target)
            #expect(response.headers.combinedValue(for: "Content-Language") == tag)
            let hits = try #require(try TestClient.object(response)["hits"] as? [[String: Any]])
            #expect(!hits.isEmpty)
            #expect(hits.allSatisfy { $0["language"] as? String == tag })
        }
    }

    @Test func searchOfOneDocumentCarriesThatDocumentsLanguage() throws {
        let covenant = try CorpusClient.request("/v1/search?q=%E9%85%B7%E5%88%91&document=iccpr")
        #expect(covenant.headers.combinedValue(for: "Content-Language") == "zh-Hant")
        let resolution = try CorpusClient.request("/v1/search?q=%E9%85%B7%E5%88%91&document=a-res-62-148")
        #expect(resolution.headers.combinedValue(for: "Content-Language") == "zh-Hans")
    }

    @Test func searchWithoutHitsStillNamesTheLanguagesSearched() throws {
        let response = try CorpusClient.request("/v1/search?q=xyzzy&document=iccpr&script=hans")
        #expect(try TestClient.object(response)["total"] as? Int == 0)
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hans")
    }

    @Test func resolvedCovenantArticleIsLabelledZhHantAsPrinted() throws {
        let response = try CorpusClient.request("/v1/resolve?cite=ICCPR%20art.%207&include=unit")
        #expect(response.status == .ok)
        #expect(response.headers.combinedValue(for: "Content-Language") == "zh-Hant")
        let object = try TestClient.object(response)
        #expect(object["language"] as? String == "zh-Hant")
        #expect((object["unit"] as? [String: Any])?["language"] as? String == "zh-Hant")
    }

    @Test func resolvedUnitFollowsScriptInHeaderFieldAndInlineUnit() throws {
        let covenant = try CorpusClient.request("/v1/resolve?cite=ICCPR%20art.%207&include=unit&script=hans")
        #expect(covenant.headers.combinedValue(for: "Content-Language") == "zh-Hans")
        let object = try TestClient.object(covenant)
        #expect(object["language"] as? String == "zh-Hans")
        #expect((object["unit"] as? [String: Any])?["language"] as? String == "zh-Hans")
        let resolution = try CorpusClient.request("/v1/resolve?cite=A%2FRES%2F62%2F148%20OP10&script=hant")
        #expect(resolution.headers.combinedValue(for: "Content-Language") == "zh-Hant")
        #expect(try TestClient.object(resolution)["language"] as? String == "zh-Hant")
        let printed = try CorpusClient.request("/v1/resolve?cite=A%2FRES%2F62%2F148%20OP10")
        #expect(printed.headers.combinedValue(for: "Content-Language") == "zh-Hans")
    }

    @Test func resolveProblemsCarryNoContentLanguage() throws {
        let response = try CorpusClient.request("/v1/resolve?cite=ICCPR%20art.%2099")
        #expect(response.status == .notFound)
        #expect(response.headers.combinedValue(for: "Content-Language") == nil)
    }
}

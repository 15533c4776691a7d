import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// `/v1/search` over the real corpus: what a hit carries, page links, and which `q` is refused.
@Suite("Search endpoint")
struct SearchEndpointTests {
    private func encoded(_ text: String) -> String { SearchEndpoint.percentEncoded(text) }

    @Test func hitCarriesTheUnitsTypeAndPrintedNumber() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("酷刑"))&document=iccpr")
        let hit = try #require((result["hits"] as? [[String: Any]])?.first)
        #expect(hit["eId"] as? String == "art_7")
        #expect(hit["type"] as? String == "article")
        #expect(hit["num"] as? String == "第七條")
        #expect(hit["matchedBy"] as? String == "text")
    }

    @Test func footnoteHitHasTypeFootnoteAndItsNumber() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("\"A/62/44\""))")
        let hit = try #require((result["hits"] as? [[String: Any]])?.first)
        #expect(hit["eId"] as? String == "authorialNote_7")
        #expect(hit["type"] as? String == "footnote")
        #expect(hit["num"] as? String == "7")
    }

    @Test func unnumberedUnitHasNullNum() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("\"重申不得对任何人实施酷刑\""))")
        let hit = try #require((result["hits"] as? [[String: Any]])?.first)
        #expect(hit["eId"] as? String == "rec_1")
        #expect(hit["type"] as? String == "recital")
        #expect(hit["num"] is NSNull)
    }

    @Test func contextHitsSayHowTheyMatched() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("言论自由"))&document=iccpr&limit=100")
        let hits = try #require(result["hits"] as? [[String: Any]])
        let context = try #require(hits.first { $0["eId"] as? String == "art_19__para_1" })
        #expect(context["matchedBy"] as? String == "context")
        #expect((context["highlights"] as? [Any])?.isEmpty == true)
    }

    @Test func nextAndPreviousLinkThePagesAndWalkAllHits() throws {
        let first = try CorpusClient.getObject("/v1/search?q=\(encoded("酷刑"))&limit=7")
        let total = try #require(first["total"] as? Int)
        #expect(first["previous"] is NSNull)
        var seen: [String] = []
        var page: [String: Any]? = first
        var pages = 0
        while let current = page {
            pages += 1
            for hit in current["hits"] as? [[String: Any]] ?? [] { seen.append("\(hit["document"]!)/\(hit["eId"]!)") }
            if let next = current["next"] as? String {
                let following = try CorpusClient.getObject(next)
                #expect(following["previous"] as? String != nil)
                page = following
            } else {
                page = nil
            }
            #expect(pages < 20)
            if pages >= 20 { break }
        }
        #expect(seen.count == total)
        #expect(Set(seen).count == total)
        #expect(pages == (total + 6) / 7)
    }

    @Test func pageLinksKeepTheDocumentScriptAndPrettyParameters() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("自由"))&document=iccpr&limit=2&offset=4&script=hans&pretty=true")
        #expect(result["next"] as? String == "/v1/search?q=\(encoded("自由"))&document=iccpr&limit=2&offset=6&script=hans&pretty=true")
        #expect(result["previous"] as? String == "/v1/search?q=\(encoded("自由"))&document=iccpr&limit=2&offset=2&script=hans&pretty=true")
    }

    @Test func previousOfAnOffsetBeyondTheHitsIsTheLastPage() throws {
        let result = try CorpusClient.getObject("/v1/search?q=\(encoded("死刑"))&document=iccpr&limit=2&offset=1000")
        let total = try #require(result["total"] as? Int)
        #expect(result["next"] is NSNull)
        #expect(result["previous"] as? String == "/v1/search?q=\(encoded("死刑"))&document=iccpr&limit=2&offset=\(max(0, total - 2))")
    }

    @Test(arguments: ["，。", "()", "...", "“”", "、", "「」", "!?", "《》", "——", "…", "~", "\u{3000}，", "‧"])
    func queryOfPunctuationOnlyIsABadRequest(_ q: String) throws {
        let response = try CorpusClient.request("/v1/search?q=\(encoded(q))")
        #expect(response.status == .badRequest, "\(q)")
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test(arguments: ["〇", "a", "7", "(七)", "“酷刑”", "々"])
    func queryWithALetterOrDigitIsAccepted(_ q: String) throws {
        #expect(try CorpusClient.request("/v1/search?q=\(encoded(q))").status == .ok, "\(q)")
    }

    @Test func openAPIPatternOfQIsTheEndpointsRule() throws {
        let yaml = String(decoding: try #require(TestClient.openAPIYAML), as: UTF8.self)
        let lines = yaml.split(separator: "\n").map(String.init)
        let search = try #require(lines.firstIndex { $0.hasPrefix("  /v1/search:") })
        let schema = try #require(lines[search...].first { $0.contains("pattern:") })
        #expect(schema.contains("pattern: '\(SearchQueryText.schemaPattern)'"))
    }

    @Test func everyRefusedRangeIsRefusedAndItsNeighboursAreNot() {
        for range in SearchQueryText.refusedRanges {
            #expect(!SearchQueryText.isSearchable(Unicode.Scalar(range.lowerBound)!))
            #expect(!SearchQueryText.isSearchable(Unicode.Scalar(range.upperBound)!))
        }
        for searchable: Unicode.Scalar in ["0", "9", "A", "z", "ª", "µ", "º", "〇", "々", "〡", "集", "Ａ", "１"] {
            #expect(SearchQueryText.isSearchable(searchable), "\(searchable)")
        }
    }
}

import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// Round-2 API habits on the real corpus: official citations, typed forms in paths, footnotes as
/// units, document ids in any case, CORS, repeated header lines, problem types, bare `?pretty`.
@Suite("API round 2 (real corpus)")
struct APIRoundTwoTests {
    private func object(_ target: String, headers: [(String, String)] = []) throws -> [String: Any] {
        try CorpusClient.getObject(target, headers: headers)
    }

    private func problemType(_ response: HTTPResponse) throws -> String? {
        try TestClient.object(response)["type"] as? String
    }

    @Test func everyUnitsCitationResolvesToItInBothScriptRenderings() throws {
        for document in try CorpusClient.handler().catalog.documents {
            for entry in document.units {
                for script in ["hans", "hant"] {
                    let unit = try object("\(entry.url)?script=\(script)")
                    let citation = try #require(unit["citation"] as? [String: Any])
                    var texts = [citation["english"] as? String, citation["chinese"] as? String]
                    if let printed = citation["printed"] as? [String: Any] { texts += [printed["english"] as? String, printed["chinese"] as? String] }
                    for case let text? in texts {
                        let encoded = try #require(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
                        let resolved = try CorpusClient.request("/v1/resolve?cite=\(encoded)")
                        #expect(resolved.status == .ok, "\(entry.eId) ?script=\(script): '\(text)' → \(resolved.status.code) \(resolved.text)")
                        if resolved.status == .ok { #expect(try TestClient.object(resolved)["eId"] as? String == entry.eId, "\(text)") }
                    }
                }
            }
        }
    }

    @Test func unitsCarryTheOfficialCitationAndThePrintedPosition() throws {
        let citation = try #require(try object("/v1/documents/iccpr/provisions/art_52__para_1")["citation"] as? [String: Any])
        #expect(citation["english"] as? String == "ICCPR art. 52(a)")
        #expect((citation["printed"] as? [String: Any])?["english"] as? String == "ICCPR art. 52(1)")
        let plain = try #require(try object("/v1/documents/iccpr/provisions/art_7")["citation"] as? [String: Any])
        #expect(plain["printed"] is NSNull)
    }

    @Test func chineseNumeralsInPathsAreReadPositionallyOrRefused() throws {
        #expect(try object("/v1/documents/iccpr/articles/%E4%BA%94%E4%B8%89")["eId"] as? String == "art_53")   // 五三
        let refused = try CorpusClient.request("/v1/documents/iccpr/articles/%E5%8D%81%E5%8D%81")                 // 十十
        #expect(refused.status == .badRequest)
    }

    @Test func itemLettersAndSubItemRomanNumeralsWorkInPaths() throws {
        #expect(try object("/v1/documents/iccpr/articles/14/paragraphs/3/items/g")["eId"] as? String == "art_14__para_3__list_1__point_7")
        #expect(try object("/v1/documents/iccpr/articles/14/paragraphs/3/items/(g)")["eId"] as? String == "art_14__para_3__list_1__point_7")
        #expect(try object("/v1/documents/iccpr/articles/8/paragraphs/2/items/c/subitems/ii")["eId"] as? String
            == "art_8__para_2__list_1__point_3__list_1__point_2")
        // The authentic 8(3)(a) is the printed 8(2)(一).
        #expect(try object("/v1/documents/iccpr/articles/8/paragraphs/3/items/a")["eId"] as? String == "art_8__para_2__list_1__point_1")
    }

    /// Data/sources/iccpr.zh-Hant.txt prints art. 52's particulars as 一、 and 二、; the authentic
    /// text letters them (a) and (b), and art. 25's items (一)–(三) hang under its opening words.
    @Test func officialItemsOfAnArticleAnswerTheUnitResolveNames() throws {
        let a = try object("/v1/documents/iccpr/articles/52/items/a")
        #expect(a["text"] as? String == "依第四十八條所為之簽署、批准及加入;")
        let resolved = try object("/v1/resolve?cite=ICCPR%20art.%2052(a)")
        #expect(a["eId"] as? String == resolved["eId"] as? String)
        #expect(try object("/v1/documents/iccpr/articles/52/items/(b)")["text"] as? String
            == "依第四十九條本公約發生效力之日期,及依第五十一條任何修正案發生效力之日期。")
        let printed = try CorpusClient.request("/v1/documents/iccpr/articles/52/paragraphs/1")
        let official = try CorpusClient.request("/v1/documents/iccpr/articles/52/items/a")
        #expect(official.body == printed.body)
        #expect(official.headers["ETag"] == printed.headers["ETag"])
        #expect(try object("/v1/documents/iccpr/articles/52/items/1")["text"] as? String == "依第四十八條所為之簽署、批准及加入;")
        #expect(try object("/v1/documents/iccpr/articles/25/items/a")["text"] as? String == "直接或經由自由選舉之代表參與政事;")
    }

    @Test func anArticleWithoutOfficialItemsOfItsOwnSaysWhatItHas() throws {
        let missing = try CorpusClient.request("/v1/documents/iccpr/articles/52/items/c")
        #expect(missing.status == .notFound)
        #expect((try TestClient.object(missing)["detail"] as? String)?.contains("article 52 has items (a), (b)") == true)
        let none = try CorpusClient.request("/v1/documents/iccpr/articles/14/items/a")
        #expect(none.status == .notFound)
        #expect((try TestClient.object(none)["detail"] as? String)?.contains("article 14 has no items") == true)
        #expect(try CorpusClient.request("/v1/documents/iccpr/articles/52/items/x1").status == .badRequest)
    }

    @Test func documentIdsInAnyCaseRedirectToTheCanonicalId() throws {
        let response = try CorpusClient.request("/v1/documents/ICCPR/articles/7?pretty=true")
        #expect(response.status.code == 308)
        #expect(response.headers["Location"] == "/v1/documents/iccpr/articles/7?pretty=true")
        #expect(try CorpusClient.request("/v1/documents/A-RES-62-148").headers["Location"] == "/v1/documents/a-res-62-148")
    }

    @Test func footnotesAreAddressableAsProvisions() throws {
        let footnote = try object("/v1/documents/a-res-62-148/provisions/authorialNote_5")
        #expect(footnote["number"] as? Int == 5)
        #expect(footnote["eId"] as? String == "authorialNote_5")
        let withQuery = try object("/v1/documents/a-res-62-148/provisions/authorialNote_5?pretty=1")
        #expect(withQuery["number"] as? Int == 5)
    }

    @Test func resolveCanIncludeTheUnit() throws {
        let body = try object("/v1/resolve?cite=ICCPR%20art.%208(3)(a)&include=unit")
        #expect(body["eId"] as? String == "art_8__para_2__list_1__point_1")
        #expect(body["numbering"] as? String == "official")
        let unit = try #require(body["unit"] as? [String: Any])
        #expect(unit["text"] as? String == "任何人不得使服強迫或強制之勞役;")
        #expect(try CorpusClient.request("/v1/resolve?cite=x&include=everything").status == .badRequest)
    }

    @Test func aCitationTheSourceNumbersDifferentlyGetsAnExplainingProblem() throws {
        let response = try CorpusClient.request("/v1/resolve?cite=ICCPR%20preamble%2C%20para.%203")
        #expect(response.status == .notFound)
        let problem = try TestClient.object(response)
        #expect(problem["type"] as? String == ProblemType.numberedDifferently.uri)
        #expect(problem["units"] as? String == "rec_1")
        #expect((problem["detail"] as? String)?.contains("rec_1") == true)
    }

    @Test func preflightAllowsTheHeadersTheBrowserAsksFor() throws {
        let response = try CorpusClient.request("/v1/search", method: "OPTIONS", headers: [
            ("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "traceparent, Authorization"), ("Access-Control-Request-Headers", "x-custom, bad header"),
        ])
        #expect(response.status == .noContent)
        let allowed = try #require(response.headers["Access-Control-Allow-Headers"]).lowercased()
        for name in ["traceparent", "authorization", "x-custom", "if-none-match"] { #expect(allowed.contains(name), "\(name)") }
        #expect(!allowed.contains("bad header"))
    }

    @Test func repeatedHeaderLinesAreCombined() throws {
        let etag = try #require(try CorpusClient.request("/v1/documents/iccpr/articles/7").headers["ETag"])
        let revalidated = try CorpusClient.request("/v1/documents/iccpr/articles/7", headers: [("If-None-Match", "\"other\""), ("If-None-Match", etag)])
        #expect(revalidated.status.code == 304)
        let accepted = try CorpusClient.request("/v1/documents/iccpr/articles/7", headers: [("Accept", "text/html"), ("Accept", "application/json")])
        #expect(accepted.status == .ok)
        let gzip = try CorpusClient.request("/v1/documents/iccpr/full", headers: [("Accept-Encoding", "br"), ("Accept-Encoding", "gzip")])
        #expect(gzip.headers["Content-Encoding"] == "gzip")
    }

    @Test func problemsCarryAStableTypePerKind() throws {
        #expect(try problemType(CorpusClient.request("/v1/documents/udhr")) == "tag:rights-api,2026:problem/unknown-document")
        #expect(try problemType(CorpusClient.request("/v1/documents/iccpr/articles/54")) == "tag:rights-api,2026:problem/unknown-unit")
        #expect(try problemType(CorpusClient.request("/v1/resolve?cite=hello")) == "tag:rights-api,2026:problem/unreadable-citation")
        #expect(try problemType(CorpusClient.request("/v1/documents?pretty=maybe")) == "tag:rights-api,2026:problem/bad-parameter")
        #expect(try problemType(CorpusClient.request("/v2/nothing")) == "tag:rights-api,2026:problem/unknown-resource")
        #expect(try problemType(CorpusClient.request("/v1/documents", method: "DELETE")) == "tag:rights-api,2026:problem/method-not-allowed")
    }

    @Test func aBarePrettyMeansTrue() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/articles/7?pretty")
        #expect(response.status == .ok)
        #expect(response.text.contains("\n  \"eId\""))
    }

    @Test func crossReferencesOfTheResolutionIncludeThematicLinksTouchingIt() throws {
        let body = try object("/v1/cross-references?document=a-res-62-148&type=thematic")
        #expect((body["total"] as? Int ?? 0) > 0)
        // para_10 is the target of the coerced-confessions link from ICCPR art. 14(3)(g).
        let targeted = try object("/v1/cross-references?document=a-res-62-148&target=para_10&type=thematic")
        let items = try #require(targeted["items"] as? [[String: Any]])
        #expect(items.contains { ($0["source"] as? [String: Any])?["eId"] as? String == "art_14__para_3__list_1__point_7" })
    }
}

@Suite("Plain text of a whole document")
struct FullDocumentPlainTextTests {
    @Test func fullAnswersPlainTextWithEveryUnitInReadingOrder() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/full", headers: [("Accept", "text/plain")])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        let text = response.text
        // Article 7 as printed, and article 14(3)(g) after the earlier items.
        let torture = try #require(text.range(of: "任何人不得施以酷刑"))
        let confession = try #require(text.range(of: "不得強迫被告自供或認罪。"))
        #expect(torture.lowerBound < confession.lowerBound)
        #expect(!text.hasPrefix("{"))
        let json = try CorpusClient.request("/v1/documents/iccpr/full")
        #expect(json.headers["Content-Type"] == "application/json; charset=utf-8")
    }
}

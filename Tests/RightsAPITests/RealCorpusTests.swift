import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// The API over the real `Data/`, asserted against facts read by hand off the raw sources in
/// `Data/sources/` (line numbers of the raw files in the comments).
@Suite("Real corpus")
struct RealCorpusTests {
    @Test func itemSevenOfArticleFourteenParagraphThreeIsTheRawLine() throws {
        // iccpr.zh-Hant.txt line 85: "  (七)不得強迫被告自供或認罪。"
        let unit = try CorpusClient.getObject("/v1/documents/iccpr/articles/14/paragraphs/3/items/7")
        #expect(unit["text"] as? String == "不得強迫被告自供或認罪。")
        #expect(unit["eId"] as? String == "art_14__para_3__list_1__point_7")
        #expect((unit["citation"] as? [String: Any])?["english"] as? String == "ICCPR art. 14(3)(g)")
    }

    @Test func operativeParagraphTenIsTheRawTextJoinedAcrossTheLineBreak() throws {
        // resolution-62-148.zh-Hans.txt lines 145–147.
        let unit = try CorpusClient.getObject("/v1/documents/a-res-62-148/operative/10")
        #expect(unit["text"] as? String == "强烈敦促各国确保在任何诉讼程序中，不得援引任何经确定以酷刑取得的口供为证据，但这类口供可用作被控施用酷刑者刑讯逼供的证据；")
    }

    @Test(arguments: ["14", "%E5%8D%81%E5%9B%9B", "%E7%AC%AC%E5%8D%81%E5%9B%9B%E6%A2%9D"])
    func articleFourteenInEveryNumberFormIsTheSameBody(_ number: String) throws {
        let canonical = try CorpusClient.request("/v1/documents/iccpr/provisions/art_14")
        let alias = try CorpusClient.request("/v1/documents/iccpr/articles/\(number)")
        #expect(alias.status == .ok)
        #expect(alias.body == canonical.body)
    }

    @Test func articleFourteenHasSevenParagraphsAndParagraphThreeSevenItems() throws {
        // Raw lines 76–89: paragraphs 一–七; lines 79–85: items (一)–(七) under paragraph 三.
        let article = try CorpusClient.getObject("/v1/documents/iccpr/articles/14")
        let paragraphs = try #require(article["children"] as? [[String: Any]])
        #expect(paragraphs.count == 7)
        #expect((paragraphs[2]["children"] as? [[String: Any]])?.count == 7)
    }

    @Test func missingNumbersSayWhatExists() throws {
        let article = try CorpusClient.request("/v1/documents/iccpr/articles/54")
        #expect(article.status == .notFound)
        #expect(article.text.contains("articles are 1–53"))
        let operative = try CorpusClient.request("/v1/documents/a-res-62-148/operative/33")
        #expect(operative.text.contains("operative paragraphs are 1–32"))
        let paragraph = try CorpusClient.request("/v1/documents/iccpr/articles/14/paragraphs/8")
        #expect(paragraph.text.contains("article 14 has paragraphs 1–7"))
    }

    @Test func articleListHasFiftyThreeArticles() throws {
        let list = try CorpusClient.getObject("/v1/documents/iccpr/articles")
        #expect(list["total"] as? Int == 53)
    }

    @Test func scriptHansConvertsTheArticleLabel() throws {
        let unit = try CorpusClient.getObject("/v1/documents/iccpr/articles/14?script=hans")
        #expect(unit["num"] as? String == "第十四条")
    }

    @Test func footnoteOneIsTheTreatySeriesLine() throws {
        // Raw line 71 (footnote block): "1 联合国，《条约汇编》，第 1465 卷，第 24841 号。"
        let footnote = try CorpusClient.getObject("/v1/documents/a-res-62-148/footnotes/1")
        #expect((footnote["text"] as? String)?.contains("1465") == true)
        #expect((footnote["anchors"] as? [Any])?.count == 2)
    }

    @Test func searchInEitherScriptFindsTheCovenantText() throws {
        // 自供 is printed only in art. 14(3)(g); the simplified query 认罪 must find 認罪 there too.
        for query in ["%E8%87%AA%E4%BE%9B", "%E8%AE%A4%E7%BD%AA"] {
            let results = try CorpusClient.getObject("/v1/search?q=\(query)")
            let hits = try #require(results["hits"] as? [[String: Any]])
            #expect(hits.contains { $0["eId"] as? String == "art_14__para_3__list_1__point_7" }, "\(query)")
        }
    }

    @Test(arguments: [
        ("ICCPR%20art.%2014(3)(g)", "iccpr", "art_14__para_3__list_1__point_7"),
        ("%E7%AC%AC%E5%8D%81%E5%9B%9B%E6%A2%9D%E7%AC%AC%E4%B8%89%E9%A0%85(%E4%B8%83)", "iccpr", "art_14__para_3__list_1__point_7"),
        ("A/RES/62/148%20OP10", "a-res-62-148", "para_10"),
        ("A/RES/62/148%20footnote%205", "a-res-62-148", "authorialNote_5"),
    ])
    func resolveTurnsCitationsIntoUnits(_ cite: String, _ document: String, _ eId: String) throws {
        let resolved = try CorpusClient.getObject("/v1/resolve?cite=\(cite)")
        #expect(resolved["document"] as? String == document)
        #expect(resolved["eId"] as? String == eId)
        let url = try #require(resolved["url"] as? String)
        #expect(try CorpusClient.request(url).status == .ok, "\(url)")
    }

    @Test func resolveOutOfRangeSaysWhatWasUnderstood() throws {
        let response = try CorpusClient.request("/v1/resolve?cite=ICCPR%20art.%2054")
        #expect(response.status == .notFound)
        let problem = try TestClient.object(response)
        #expect(problem["understood"] is String)
        #expect(try CorpusClient.request("/v1/resolve?cite=hello%20world").status == .badRequest)
    }

    @Test func footnoteSearchHitsLinkToTheFootnoteWithACitation() throws {
        // Footnote 1 (raw line 71) is the only text printing 24841.
        let results = try CorpusClient.getObject("/v1/search?q=24841")
        let hit = try #require((results["hits"] as? [[String: Any]])?.first { $0["kind"] as? String == "footnote" })
        #expect(hit["url"] as? String == "/v1/documents/a-res-62-148/footnotes/1")
        #expect(hit["citation"] is [String: Any])
    }

    @Test func everyUnitOfBothDocumentsIsServedByItsURL() throws {
        let handler = try CorpusClient.handler()
        for document in handler.catalog.documents {
            for entry in document.units {
                let response = try CorpusClient.request(entry.url)
                #expect(response.status == .ok, "\(entry.url)")
            }
        }
    }

    @Test func gzipBodiesInflateToTheIdentityBodyAndPrecomputationIsCounted() throws {
        let handler = try CorpusClient.handler()
        let identity = try CorpusClient.request("/v1/documents/iccpr/articles/14")
        let gzip = try CorpusClient.request("/v1/documents/iccpr/articles/14", headers: [("Accept-Encoding", "gzip")])
        #expect(gzip.headers["Content-Encoding"] == "gzip")
        #expect(gzip.body.count < identity.body.count)
        #expect(Inflate.gunzip(gzip.body) == identity.body)
        // Every unit of both documents, each footnote, plus the document-level resources are precomputed.
        #expect(handler.precomputation.exactPaths >= 271)
        #expect(handler.precomputation.storedBytes > 0)
    }
}

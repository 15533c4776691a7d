import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Friendly aliases")
struct AliasTests {
    @Test(arguments: ["14", "十四", "第十四條", "%E5%8D%81%E5%9B%9B", "%E7%AC%AC%E5%8D%81%E5%9B%9B%E6%A2%9D", "%EF%BC%91%EF%BC%94"])
    func articleNumberFormsAllReturnTheBodyOfArticleFourteen(_ number: String) throws {
        let canonical = try TestClient.request("/v1/documents/iccpr/provisions/art_14")
        let alias = try TestClient.request("/v1/documents/iccpr/articles/\(number)")
        #expect(alias.status == .ok)
        #expect(alias.body == canonical.body)
        #expect(alias.headers["ETag"] == canonical.headers["ETag"])
    }

    @Test func itemAliasReachesItemSeven() throws {
        let unit = try TestClient.getObject("/v1/documents/iccpr/articles/14/paragraphs/3/items/7")
        #expect(unit["text"] as? String == "不得強迫被告自供或認罪。")
        let chinese = try TestClient.getObject("/v1/documents/iccpr/articles/%E5%8D%81%E5%9B%9B/paragraphs/%E4%B8%89/items/%EF%BC%88%E4%B8%83%EF%BC%89")
        #expect(chinese["eId"] as? String == "art_14__para_3__list_1__point_7")
    }

    @Test func subitemAliasReachesArticleEightSubitemThree() throws {
        let unit = try TestClient.getObject("/v1/documents/iccpr/articles/8/paragraphs/2/items/3/subitems/3")
        #expect(unit["eId"] as? String == "art_8__para_2__list_1__point_3__list_1__point_3")
        #expect(unit["text"] as? String == "遇有緊急危難或災害禍患危及社會生命安寧時徵召之服役;")
    }

    @Test func operativeParagraphTenHasTheSourceText() throws {
        let unit = try TestClient.getObject("/v1/documents/a-res-62-148/operative/10")
        #expect(unit["text"] as? String == SampleCorpus.operative10Text)
        #expect(unit["eId"] as? String == "para_10")
    }

    @Test func preambleAliasCountsRecitalsFromOne() throws {
        let unit = try TestClient.getObject("/v1/documents/a-res-62-148/preamble/1")
        #expect(unit["text"] as? String == "重申不得对任何人实施酷刑或其他残忍、不人道或有辱人格的待遇或处罚，")
    }

    @Test func missingParagraphSaysWhichParagraphsExist() throws {
        let response = try TestClient.request("/v1/documents/iccpr/articles/14/paragraphs/9")
        #expect(response.status == .notFound)
        let detail = try #require(try TestClient.object(response)["detail"] as? String)
        #expect(detail.contains("article 14 has paragraphs 1–7"))
    }

    @Test func missingArticleSaysWhichArticlesExist() throws {
        let response = try TestClient.request("/v1/documents/iccpr/articles/54")
        #expect(response.status == .notFound)
        let detail = try #require(try TestClient.object(response)["detail"] as? String)
        #expect(detail.contains("articles are"))
    }

    @Test(arguments: ["abc", "14x", "第十四", "-1", "1.5"])
    func malformedArticleNumberIsABadRequest(_ number: String) throws {
        let response = try TestClient.request("/v1/documents/iccpr/articles/\(number)")
        #expect(response.status == .badRequest)
    }

    @Test func articleListHasEveryArticleInOrder() throws {
        let list = try TestClient.getObject("/v1/documents/iccpr/articles")
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.map { $0["ordinal"] as? Int } == [1, 7, 8, 14])
        #expect(list["total"] as? Int == 4)
    }

    @Test func articlesAliasExistsOnlyForTheCovenant() throws {
        #expect(try TestClient.request("/v1/documents/a-res-62-148/articles/1").status == .notFound)
    }
}

@Suite("Alias number grammar")
struct OrdinalParserTests {
    @Test(arguments: [
        ("14", OrdinalParser.Level.article, 14), ("１４", .article, 14), ("十四", .article, 14), ("第十四條", .article, 14),
        ("第十四条", .article, 14), ("第14條", .article, 14), ("三", .paragraph, 3), ("第三項", .paragraph, 3),
        ("(七)", .item, 7), ("（七）", .item, 7), ("第七款", .item, 7), ("(1)", .subitem, 1), ("第一目", .subitem, 1), ("32", .plain, 32),
    ])
    func acceptedFormsGiveTheirNumber(_ text: String, _ level: OrdinalParser.Level, _ expected: Int) {
        #expect(OrdinalParser.parse(text, level: level) == expected)
    }

    @Test(arguments: [
        ("(14)", OrdinalParser.Level.article), ("第十四", .article), ("第十四項", .article), ("14條", .article), ("", .article),
        ("1234567890", .article), ("(七", .item), ("(第七款)", .item), ("第三段", .plain), ("十四a", .paragraph), ("(7)", .paragraph),
    ])
    func otherFormsAreRejected(_ text: String, _ level: OrdinalParser.Level) {
        #expect(OrdinalParser.parse(text, level: level) == nil)
    }

    @Test func patternsAreTheOnesOpenAPIDocuments() throws {
        let yaml = String(decoding: try #require(TestClient.openAPIYAML), as: UTF8.self)
        for level in OrdinalParser.Level.allCases {
            #expect(yaml.contains("pattern: '\(level.pattern)'"), "openapi.yaml lacks \(level.pattern)")
        }
    }
}

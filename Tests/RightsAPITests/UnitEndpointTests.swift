import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

@Suite("Units by eId")
struct UnitEndpointTests {
    @Test func itemSevenOfArticleFourteenParagraphThreeHasTheSourceText() throws {
        let unit = try TestClient.getObject("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7")
        #expect(unit["text"] as? String == "不得強迫被告自供或認罪。")
        #expect(unit["num"] as? String == "(七)")
        #expect(unit["ordinal"] as? Int == 7)
        #expect(unit["type"] as? String == "item")
        #expect(unit["document"] as? String == "iccpr")
        #expect((unit["parent"] as? [String: Any])?["eId"] as? String == "art_14__para_3")
        #expect((unit["previous"] as? [String: Any])?["eId"] as? String == "art_14__para_3__list_1__point_6")
        #expect(unit["next"] is NSNull)
        #expect(unit["url"] as? String == "/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7")
    }

    @Test func unitKeysComeInTheDocumentedOrder() throws {
        let response = try TestClient.request("/v1/documents/iccpr/provisions/art_7?pretty=true")
        let keys = ["document", "language", "eId", "type", "num", "ordinal", "text", "children", "footnotes", "references",
                    "referencedBy", "errata", "url", "citation", "parent", "previous", "next", "readingPrevious", "readingNext"]
        // Top-level members of the pretty form are the lines indented by exactly two spaces.
        let topLevel = response.text.split(separator: "\n")
            .filter { $0.hasPrefix("  \"") }
            .compactMap { $0.dropFirst(3).split(separator: "\"").first.map(String.init) }
        #expect(topLevel == keys)
    }

    @Test func articleCarriesItsParagraphsAndItemsAsFullNestedUnits() throws {
        let article = try TestClient.getObject("/v1/documents/iccpr/provisions/art_14")
        let paragraphs = try #require(article["children"] as? [[String: Any]])
        #expect(paragraphs.count == 7)
        #expect(paragraphs[1]["text"] as? String == "受刑事控告之人,未經依法確定有罪以前,應假定其無罪。")
        let items = try #require(paragraphs[2]["children"] as? [[String: Any]])
        #expect(items.count == 7)
        #expect(items[6]["text"] as? String == "不得強迫被告自供或認罪。")
        #expect(items[6]["citation"] is [String: Any])
    }

    @Test func outgoingAndIncomingReferencesAppearOnBothEnds() throws {
        let source = try TestClient.getObject("/v1/documents/iccpr/provisions/art_8__para_2__list_1__point_2")
        let references = try #require(source["references"] as? [[String: Any]])
        #expect(references.first?["text"] as? String == "第二項(一)款")
        let target = try TestClient.getObject("/v1/documents/iccpr/provisions/art_8__para_2__list_1__point_1")
        let incoming = try #require(target["referencedBy"] as? [[String: Any]])
        #expect(incoming.first?["id"] as? String == "iccpr-ref-1")
    }

    @Test func thematicLinksAreIncomingOnEveryTarget() throws {
        let article7 = try TestClient.getObject("/v1/documents/iccpr/provisions/art_7")
        let incoming = try #require(article7["referencedBy"] as? [[String: Any]])
        #expect(incoming.contains { $0["type"] as? String == "thematic" && $0["source"] is NSNull })
    }

    @Test func footnoteMarkersAreListedWithTheirOffsets() throws {
        let recital = try TestClient.getObject("/v1/documents/a-res-62-148/provisions/rec_2")
        let footnotes = try #require(recital["footnotes"] as? [[String: Any]])
        #expect(footnotes.count == 1)
        #expect(footnotes.first?["number"] as? Int == 1)
        #expect(footnotes.first?["offset"] as? Int == 31)
    }

    @Test func erratumIsAttachedToItsUnit() throws {
        let paragraph = try TestClient.getObject("/v1/documents/iccpr/provisions/art_1__para_1")
        let errata = try #require(paragraph["errata"] as? [[String: Any]])
        #expect(errata.first?["printed"] as? String == "目決權")
        #expect(errata.first?["intended"] as? String == "自決權")
    }

    @Test func unknownEIdNamesTheNearestExistingUnitAndItsChildren() throws {
        let response = try TestClient.request("/v1/documents/iccpr/provisions/art_14__para_9")
        #expect(response.status == .notFound)
        let problem = try TestClient.object(response)
        let detail = try #require(problem["detail"] as? String)
        #expect(detail.contains("art_14__para_1–art_14__para_7"))
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test func unknownDocumentListsTheDocuments() throws {
        let response = try TestClient.request("/v1/documents/udhr/provisions/art_1")
        #expect(response.status == .notFound)
        let detail = try #require(try TestClient.object(response)["detail"] as? String)
        #expect(detail.contains("a-res-62-148, iccpr"))
    }

    @Test func plainTextGivesTheUnitTextAndItsDescendantsWithLabels() throws {
        let leaf = try TestClient.request("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7", headers: [("Accept", "text/plain")])
        #expect(leaf.status == .ok)
        #expect(leaf.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(leaf.text == "不得強迫被告自供或認罪。\n")
        let paragraph = try TestClient.request("/v1/documents/iccpr/provisions/art_14__para_3", headers: [("Accept", "text/plain, application/json;q=0.5")])
        let lines = paragraph.text.split(separator: "\n")
        #expect(lines.first == "審判被控刑事罪時,被告一律有權平等享受下列最低限度之保障:")
        #expect(lines.last == "(七)不得強迫被告自供或認罪。")
    }
}

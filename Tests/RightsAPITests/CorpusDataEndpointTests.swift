import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// What the corpus data says (round 2: corrected structured fields, footnote references, the testimonium),
/// as the existing endpoints serve it over the real `Data/`. Values are read by hand off `Data/sources/`.
@Suite("Corpus data over the API")
struct CorpusDataEndpointTests {
    private func items(_ target: String) throws -> [[String: Any]] {
        try #require(try CorpusClient.getObject(target)["items"] as? [[String: Any]])
    }

    @Test func theEntryIntoForceIsTheCorrectDateWithThePrintedOneFlaggedBeside() throws {
        // iccpr.zh-Hant.txt line 6 prints 【生效日期】1976年3月26日; the Covenant entered into force on 23 March 1976.
        let document = try CorpusClient.getObject("/v1/documents/iccpr")
        let dates = try #require(document["dates"] as? [[String: Any]])
        let entry = try #require(dates.first { $0["kind"] as? String == "entryIntoForce" })
        #expect(entry["date"] as? String == "1976-03-23")
        #expect(entry["printed"] as? String == "1976年3月26日")
        #expect(entry["printedDate"] as? String == "1976-03-26")
        #expect((entry["note"] as? String)?.isEmpty == false)
        let signature = try #require(dates.first { $0["kind"] as? String == "openedForSignature" })
        #expect(signature["date"] as? String == "1966-12-19")
        #expect(signature["printedDate"] is NSNull)
    }

    @Test func crossReferencesListTheIdentifiersTheFootnotesCite() throws {
        // resolution-62-148.zh-Hans.txt line 249: footnote 7 cites 《大会正式记录，第六十二届会议，补编第 44 号》(A/62/44).
        let fromFootnote7 = try items("/v1/cross-references?document=a-res-62-148&type=external")
            .filter { ($0["source"] as? [String: Any])?["eId"] as? String == "authorialNote_7" }
        #expect(fromFootnote7.map { $0["text"] as? String } == ["《大会正式记录，第六十二届会议，补编第44号》", "A/62/44"])
        #expect(fromFootnote7.map { ($0["external"] as? [String: Any])?["instrument"] as? String } == ["Official Records", "UN document"])
        let bySource = try items("/v1/cross-references?source=authorialNote_7")
        #expect(bySource.map { $0["text"] as? String } == ["《大会正式记录，第六十二届会议，补编第44号》", "A/62/44"])
        // Line 48: footnote 1, 联合国，《条约汇编》，第 1465 卷，第 24841 号 (the Convention against Torture).
        let all = try items("/v1/cross-references?type=external")
        let treaty = try #require(all.first { ($0["source"] as? [String: Any])?["eId"] as? String == "authorialNote_1" })
        let external = try #require(treaty["external"] as? [String: Any])
        #expect(external["instrument"] as? String == "UN Treaty Series")
        #expect((external["treatySeries"] as? [String: Any])?["volume"] as? Int == 1465)
        #expect((external["treatySeries"] as? [String: Any])?["numbers"] as? [Int] == [24841])
    }

    @Test func theWrongArticleNumberOfArticle42Paragraph8IsServedWithTheIntendedTarget() throws {
        // Line 212: 八、本條規定不影響委員會依第四十條所負之責任。 (the official text: article 41)
        let references = try items("/v1/cross-references?document=iccpr&type=explicit")
        let wrong = try #require(references.first { $0["text"] as? String == "第四十條" && ($0["source"] as? [String: Any])?["eId"] as? String == "art_42__para_8" })
        #expect((wrong["targets"] as? [[String: Any]])?.map { $0["eId"] as? String } == ["art_41"])
        #expect((wrong["printedTargets"] as? [[String: Any]])?.map { $0["eId"] as? String } == ["art_40"])
    }

    @Test func theTestimoniumIsAClosingLineAfterArticle53() throws {
        // Line 247: 為此,下列各代表秉其本國政府正式授予之權,… ,以昭信守。
        let unit = try CorpusClient.getObject("/v1/documents/iccpr/provisions/conclusions__p_1")
        #expect(unit["type"] as? String == "conclusion")
        #expect((unit["text"] as? String)?.hasPrefix("為此,下列各代表") == true)
        #expect((unit["previous"] as? [String: Any])?["eId"] as? String == "art_53")
        let formula = try CorpusClient.getObject("/v1/documents/iccpr/provisions/formula_1")
        #expect((formula["next"] as? [String: Any])?["eId"] as? String == "art_1")
    }
}

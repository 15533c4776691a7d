import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// `?reading=corrected` over the real corpus. The expected texts are the printed source lines
/// (`Data/sources/iccpr.zh-Hant.txt`) with each recorded erratum's intended wording put in by hand.
@Suite("Corrected reading")
struct CorrectedReadingEndpointTests {
    @Test func theDefaultReadingIsThePrintedTextAndSaysSo() throws {
        // Line 21, as printed: 種類 and the repeated phrase.
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_2__para_1")
        let unit = try TestClient.object(response)
        #expect((unit["text"] as? String)?.contains("無分種類、膚色") == true)
        #expect(unit["reading"] as? String == "printed")
        #expect(response.headers["Reading"] == nil)
    }

    @Test func aCorrectedUnitCarriesTheIntendedWordingAndSaysSo() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_2__para_1?reading=corrected")
        #expect(response.status == .ok)
        #expect(response.headers["Reading"] == "corrected")
        let unit = try TestClient.object(response)
        #expect(unit["reading"] as? String == "corrected")
        #expect(unit["text"] as? String
            == "本公約締約國承允尊重並確保所有境內受其管轄之人,無分種族、膚色、性別、語言、宗教、政見或其他主張、民族本源或社會階級、財產、出生或其他身分等等,一律享受本公約所確認之權利。")
        let errata = try #require(unit["errata"] as? [[String: Any]])
        #expect(errata.compactMap { $0["offset"] as? Int } == [26, 44, 64])
    }

    @Test func referenceSpansAndChildrenFollowTheCorrection() throws {
        // Line 31 corrected: 第六條、第七條、第八條(第一項及第二項)、第十一條…
        let unit = try CorpusClient.getObject("/v1/documents/iccpr/articles/4/paragraphs/2?reading=corrected")
        let references = try #require(unit["references"] as? [[String: Any]])
        let spans = references.compactMap { reference -> String? in
            guard let source = reference["source"] as? [String: Any], let start = source["start"] as? Int, let end = source["end"] as? Int,
                  reference["type"] as? String != "thematic" else { return nil }
            return "\(reference["text"] as? String ?? "")@\(start)-\(end)"
        }
        #expect(spans.prefix(4) == ["第六條@0-3", "第七條@4-7", "第八條(第一項及第二項)@8-20", "第十一條@21-25"])
        let article = try CorpusClient.getObject("/v1/documents/iccpr/provisions/art_1?reading=corrected")
        let paragraphs = try #require(article["children"] as? [[String: Any]])
        #expect((paragraphs.first?["text"] as? String)?.hasPrefix("所有民族均享有自決權,") == true)
    }

    @Test func theFullDocumentAndScriptsComposeWithTheReading() throws {
        let full = try CorpusClient.getObject("/v1/documents/iccpr/full?reading=corrected&script=hans")
        #expect(full["reading"] as? String == "corrected")
        let units = try #require(full["units"] as? [[String: Any]])
        #expect(units.contains { $0["eId"] as? String == "preface__p_4" && $0["text"] as? String == "1976年3月23日" })
        let printed = try CorpusClient.getObject("/v1/documents/iccpr/full")
        #expect(printed["reading"] as? String == "printed")
    }

    @Test func theCorrectedAkomaNtosoIsAVersionOfTheExpression() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_4.akn.xml?reading=corrected")
        #expect(response.headers["Reading"] == "corrected")
        #expect(response.text.contains(##"<FRBRversionNumber value="corrected"/>"##))
        #expect(response.text.contains(##"<FRBRuri value="/akn/un/act/treaty/1966-12-16/iccpr/zho@corrected"/>"##))
        #expect(response.text.contains(##"<ref href="/akn/un/act/treaty/1966-12-16/iccpr/!main~art_6">第六條</ref>、<ref href="/akn/un/act/treaty/1966-12-16/iccpr/!main~art_7">第七條</ref>、"##))
    }

    @Test func footnoteAnchorsInTheResolutionAreUnchangedWhereNoErratumApplies() throws {
        let printed = try CorpusClient.request("/v1/documents/a-res-62-148/provisions/rec_4")
        let corrected = try CorpusClient.request("/v1/documents/a-res-62-148/provisions/rec_4?reading=corrected")
        var a = try TestClient.object(printed), b = try TestClient.object(corrected)
        a["reading"] = nil
        b["reading"] = nil
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
    }

    @Test(arguments: ["reading=fixed", "reading=", "reading=Corrected"])
    func anUnknownReadingIsABadRequest(_ query: String) throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/provisions/art_1?\(query)")
        #expect(response.status == .badRequest)
        #expect(response.text.contains("reading must be printed or corrected"))
    }
}

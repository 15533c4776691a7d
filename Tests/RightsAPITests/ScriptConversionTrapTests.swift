import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// `?script=` over the real corpus at the places where character-by-character conversion is
/// wrong (see `ScriptPhraseOverrides`); expected wording read by hand.
@Suite("Script conversion traps in the corpus")
struct ScriptConversionTrapTests {
    private func text(_ target: String) throws -> String {
        try #require(CorpusClient.getObject(target)["text"] as? String)
    }

    @Test func covenantInSimplifiedKeepsNotableAndConsultsWithZi() throws {
        let article28 = try text("/v1/documents/iccpr/provisions/art_28__para_2?script=hans")
        #expect(article28.contains("在人权问题方面声誉素著之人士"))
        #expect(!article28.contains("素着"))
        let article42 = try text("/v1/documents/iccpr/provisions/art_42__para_4?script=hans")
        #expect(article42.contains("和委会咨商联合国秘书长"))
    }

    @Test func resolutionInTraditionalUsesTheContextualForms() throws {
        #expect(try text("/v1/documents/a-res-62-148/provisions/para_14?script=hant").contains("醫療和法律諮詢以及"))
        #expect(try text("/v1/documents/a-res-62-148/provisions/para_22?script=hant").contains("提供諮詢服務"))
        #expect(try text("/v1/documents/a-res-62-148/provisions/para_18?script=hant").contains("以便儘快提高"))
        #expect(try text("/v1/documents/a-res-62-148/provisions/para_20?script=hant").contains("締約國也儘早考慮"))
        #expect(try text("/v1/documents/a-res-62-148/provisions/authorialNote_1?script=hant").contains("《條約彙編》"))
    }
}

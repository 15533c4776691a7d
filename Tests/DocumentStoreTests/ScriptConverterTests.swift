import Testing
@testable import DocumentStore

/// The phrase overrides of ``ScriptPhraseOverrides``: expected forms read by hand, not produced by ICU.
@Suite("Script conversion traps")
struct ScriptConverterTests {
    @Test func notableReputationKeepsZhuInSimplified() {
        #expect(ScriptConverter.simplified("在人權問題方面聲譽素著之人士") == "在人权问题方面声誉素著之人士")
    }

    @Test func consultationIsWrittenZiInSimplifiedAndZiWithSpeechRadicalInTraditional() {
        #expect(ScriptConverter.simplified("和委會諮商聯合國秘書長") == "和委会咨商联合国秘书长")
        #expect(ScriptConverter.traditional("提供咨询服务") == "提供諮詢服務")
        #expect(ScriptConverter.traditional("医疗和法律咨询以及") == "醫療和法律諮詢以及")
        #expect(ScriptConverter.simplified("提供諮詢服務") == "提供咨询服务")
    }

    @Test func treatySeriesIsACompilationInTraditional() {
        #expect(ScriptConverter.traditional("联合国，《条约汇编》，第1465卷") == "聯合國，《條約彙編》，第1465卷")
    }

    @Test func asSoonAsPossibleUsesJinWithPersonRadicalInTraditional() {
        #expect(ScriptConverter.traditional("以便尽快提高") == "以便儘快提高")
        #expect(ScriptConverter.traditional("缔约国也尽早考虑") == "締約國也儘早考慮")
    }

    @Test func textWithoutOverridePhrasesConvertsAsBefore() {
        #expect(ScriptConverter.simplified("公民與政治權利國際公約") == "公民与政治权利国际公约")
        #expect(ScriptConverter.traditional("着重指出武装冲突") == "著重指出武裝衝突")
        #expect(ScriptConverter.traditional("") == "")
    }
}

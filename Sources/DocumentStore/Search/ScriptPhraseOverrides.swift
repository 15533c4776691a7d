/// Phrases whose character-by-character conversion (ICU's `Hant-Hans` transform) gives the
/// wrong form in context. ``ScriptConverter`` emits these replacements verbatim and converts only
/// the text between them, so a protected character is never converted again.
///
/// Found by converting every text of the corpus (`Data/*.json`, `Data/sources/`) both ways and
/// reading each changed character in context. Traps checked: 著/着, 諮/谘/咨, 乾/干/幹, 發/髮,
/// 於/于, 裡/裏/里, 臺/台, 復/複/覆, 製/制, 徵/征, 範/范, 餘/余, 鬚/須, 後/后, 麵/面, 係/繫/系,
/// 隻/只, 準/准, 儘/盡/尽, 彙/匯/汇, 蒐/搜, 藉/借, 衝/冲, 託/托, 採/采. Only the entries below
/// are wrong in this corpus; the other occurrences convert correctly (e.g. 著重, 製作, 以後,
/// 康復, 範圍, 若干, 干預, 批准, 準備, 後續, 覆判 kept as printed).
/// Known and left alone: ICU turns the resolution's “ ” into 「 」 in Traditional, the usual
/// Traditional quotation marks.
enum ScriptPhraseOverrides {
    /// Traditional → Simplified.
    static let toSimplified: [(phrase: String, replacement: String)] = [
        // ICCPR art. 28(2) 聲譽素著 (raw line 138) ("of recognized reputation"): 著 is "notable", Simplified
        // keeps 著 (ICU: 素着).
        ("素著", "素著"),
        // ICCPR art. 42(4) 和委會諮商 (raw line 204); the resolution's 咨询 served as Traditional comes back as 諮詢.
        // Since the 2013 通用规范汉字表 谘 is written 咨 (ICU: 谘).
        ("諮商", "咨商"),
        ("諮詢", "咨询"),
    ]

    /// Simplified → Traditional.
    static let toTraditional: [(phrase: String, replacement: String)] = [
        // Resolution 法律咨询, 咨询服务 ("consultation", raw lines 173–174 and 237): Traditional 諮詢 (ICU keeps 咨).
        ("咨询", "諮詢"),
        ("咨商", "諮商"),
        // Resolution footnote 《条约汇编》 (raw line 48) (United Nations, Treaty Series): 彙 "compile"
        // (ICU: 匯編, "remit").
        ("汇编", "彙編"),
        // Resolution 尽快, 尽早 (raw lines 205, 215) ("as soon as possible"): 儘 "to the utmost" (ICU: 盡).
        ("尽快", "儘快"),
        ("尽早", "儘早"),
    ]
}

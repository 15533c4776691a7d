import DocumentStore

/// Reads the number in an alias path segment. The grammar is exactly the `pattern` that
/// `openapi.yaml` documents for each parameter (a test checks that), so every value the schema
/// allows is understood (200 or 404) and every other value is a 400:
///
/// - N: 1–9 ASCII or full-width digits (`14`, `１４`), or 1–9 Chinese numeral characters (`十四`)
/// - article: `N` or `第N條` / `第N条`
/// - paragraph: `N` or `第N項` / `第N项`
/// - item: `N`, `(N)`, `（N）` or `第N款`, or a letter `a`–`z` / `(g)` as English citations print it
/// - sub-item: `N`, `(N)`, `（N）` or `第N目`, or a roman numeral `i`–`xx` / `(ii)`
///
/// Chinese numerals are read as ``ChineseNumerals`` reads them: as printed (`五十三`) or digit by
/// digit (`五三` is 53); malformed ones (`十十`) are refused.
/// - plain (preambular / operative paragraphs, footnotes): `N`
enum OrdinalParser {
    enum Level: Sendable, CaseIterable {
        case article, paragraph, item, subitem, plain

        /// Characters that may end the `第…` form (none: the form is not accepted).
        var suffixes: Set<Character> {
            switch self {
            case .article: ["條", "条"]
            case .paragraph: ["項", "项"]
            case .item: ["款"]
            case .subitem: ["目"]
            case .plain: []
            }
        }

        var acceptsParentheses: Bool { self == .item || self == .subitem }

        /// The Latin form English citations use at this level: letters for items, roman
        /// numerals for sub-items (lowercase).
        var latinPattern: String? {
            switch self {
            case .item: "[a-z]"
            case .subitem: "(?=[ivx])(?:xx|x?(?:ix|iv|v?i{0,3}))"
            default: nil
            }
        }

        /// The ECMA-262 / JSON Schema pattern of this grammar, as written in `openapi.yaml`.
        var pattern: String {
            let n = "(?:[0-9０-９]{1,9}|[\(OrdinalParser.chineseNumeralCharacters)]{1,9})"
            let inner = latinPattern.map { "(?:\(n)|\($0))" } ?? n
            var alternatives = [inner]
            if acceptsParentheses { alternatives += ["\\(\(inner)\\)", "（\(inner)）"] }
            if !suffixes.isEmpty {
                let ordered = suffixes.sorted { $0.unicodeScalars.first?.value ?? 0 > $1.unicodeScalars.first?.value ?? 0 }
                let suffixClass = ordered.count == 1 ? String(ordered[0]) : "[" + ordered.map(String.init).joined() + "]"
                alternatives.append("第\(n)\(suffixClass)")
            }
            return "^(?:" + alternatives.joined(separator: "|") + ")$"
        }
    }

    static let chineseNumeralCharacters = "〇零一二兩两三四五六七八九十百"
    private static let chineseNumeralSet = Set(chineseNumeralCharacters.unicodeScalars)

    /// The number, or nil when `text` does not follow the level's grammar.
    static func parse(_ text: String, level: Level) -> Int? {
        let body = Substring(text)
        if level.acceptsParentheses, let first = body.first, let last = body.last, body.count >= 2,
           (first == "(" && last == ")") || (first == "（" && last == "）") {
            return numeral(body.dropFirst().dropLast()) ?? latin(body.dropFirst().dropLast(), level: level)
        }
        if let value = latin(body, level: level) { return value }
        if body.first == "第" {
            guard let last = body.last, level.suffixes.contains(last), body.count >= 3 else { return nil }
            return numeral(body.dropFirst().dropLast())
        }
        return numeral(body)
    }

    /// `g` → 7 at the item level, `ii` → 2 at the sub-item level.
    private static func latin(_ body: Substring, level: Level) -> Int? {
        switch level {
        case .item: CitationNumbering.letterValue(body)
        case .subitem: CitationNumbering.romanValue(body)
        default: nil
        }
    }

    private static func numeral(_ body: Substring) -> Int? {
        let scalars = body.unicodeScalars
        guard (1...9).contains(scalars.count) else { return nil }
        if scalars.allSatisfy({ (0x30...0x39).contains($0.value) || (0xFF10...0xFF19).contains($0.value) }) {
            return ChineseNumerals.arabicValue(of: body)
        }
        if scalars.allSatisfy({ chineseNumeralSet.contains($0) }) {
            return ChineseNumerals.value(of: body)
        }
        return nil
    }
}

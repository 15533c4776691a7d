/// Item letters and sub-item roman numerals as used in English citations of the Covenant.
enum CitationNumbering {
    private static let romans = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ]

    /// 1 → `a` … 26 → `z`; larger numbers stay digits.
    static func letter(_ value: Int) -> String {
        guard value >= 1 && value <= 26 else { return String(value) }
        return String(UnicodeScalar(UInt8(0x60 + value)))
    }

    /// `a` … `z` → 1 … 26.
    static func letterValue(_ text: some StringProtocol) -> Int? {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first,
              scalar.value >= 0x61 && scalar.value <= 0x7A else { return nil }
        return Int(scalar.value - 0x60)
    }

    /// 1 → `i` … 20 → `xx`; larger numbers stay digits.
    static func roman(_ value: Int) -> String {
        guard value >= 1 && value <= romans.count else { return String(value) }
        return romans[value - 1]
    }

    /// `i` … `xx` → 1 … 20.
    static func romanValue(_ text: some StringProtocol) -> Int? {
        romans.firstIndex(of: String(text)).map { $0 + 1 }
    }

    /// Arabic digits (ASCII or full-width) or Chinese numerals (`十四`).
    static func number(_ text: some StringProtocol) -> Int? {
        ChineseNumerals.arabicValue(of: text) ?? ChineseNumerals.value(of: text)
    }
}

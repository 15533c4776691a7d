/// Item letters and sub-item roman numerals as used in English citations of the Covenant.
public enum CitationNumbering {
    private static let romans = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ]

    /// 1 → `a` … 26 → `z`; larger numbers stay digits.
    public static func letter(_ value: Int) -> String {
        guard value >= 1 && value <= 26 else { return String(value) }
        return String(UnicodeScalar(UInt8(0x60 + value)))
    }

    /// `a` … `z` → 1 … 26.
    public static func letterValue(_ text: some StringProtocol) -> Int? {
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first,
              scalar.value >= 0x61 && scalar.value <= 0x7A else { return nil }
        return Int(scalar.value - 0x60)
    }

    /// 1 → `i` … 20 → `xx`; larger numbers stay digits.
    public static func roman(_ value: Int) -> String {
        guard value >= 1 && value <= romans.count else { return String(value) }
        return romans[value - 1]
    }

    /// `i` … `xx` → 1 … 20.
    public static func romanValue(_ text: some StringProtocol) -> Int? {
        romans.firstIndex(of: String(text)).map { $0 + 1 }
    }

    /// Arabic digits (ASCII or full-width) or Chinese numerals (`十四`).
    static func number(_ text: some StringProtocol) -> Int? {
        ChineseNumerals.arabicValue(of: text) ?? ChineseNumerals.value(of: text)
    }
}

extension CitationNumbering {
    /// A Roman numeral in lowercase (`vii` → 7, `liii` → 53) written the standard way
    /// (subtractive pairs, no more than three repeats); nil otherwise (`iiii`, `vx`).
    static func romanNumeralValue(_ text: some StringProtocol) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        let characters = Array(text)
        guard !characters.isEmpty, characters.count <= 15 else { return nil }
        var total = 0
        for (index, character) in characters.enumerated() {
            guard let value = values[character] else { return nil }
            if index + 1 < characters.count, let next = values[characters[index + 1]], next > value {
                total -= value
            } else {
                total += value
            }
        }
        guard total > 0, total < 4000, romanNumeral(total) == String(characters) else { return nil }
        return total
    }

    /// 7 → `vii`, 53 → `liii` (standard form, lowercase).
    static func romanNumeral(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                                      (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }
}

/// What `q` of `/v1/search` must contain besides white space: one character outside the white
/// space, punctuation and symbol ranges below. A query of punctuation only (`，。`, `()`, `"…"`)
/// can match nothing a reader would want and is refused with a 400.
///
/// One source of truth: `openapi.yaml` states the same rule as the pattern ``schemaPattern``
/// (written out code point by code point so that JSON Schema's ECMA-262 regular expressions and
/// Python's `re`, which schemathesis uses, read it alike); a test checks the file against it.
enum SearchQueryText {
    /// Code points that do not make a query searchable: C0/C1 controls, ASCII and Latin-1
    /// punctuation and symbols, white space, General Punctuation, CJK symbols and punctuation
    /// (but not 々 〆 〇, the Hangzhou numerals or the kana repeat marks), CJK compatibility,
    /// small and vertical forms, full-width punctuation, and the byte-order mark.
    static let refusedRanges: [ClosedRange<UInt32>] = [
        0x00...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0xA9, 0xAB...0xB1, 0xB4...0xB4, 0xB6...0xB8,
        0xBB...0xBB, 0xBF...0xBF, 0x1680...0x1680, 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020,
        0x302A...0x3030, 0x3036...0x3037, 0x303D...0x303F, 0xFE10...0xFE1F, 0xFE30...0xFE6F,
        0xFEFF...0xFEFF, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
    ]

    /// True for a code point that makes a query searchable.
    static func isSearchable(_ scalar: Unicode.Scalar) -> Bool {
        !refusedRanges.contains { $0.contains(scalar.value) }
    }

    /// The JSON Schema `pattern` of `q` in `openapi.yaml`: one character outside ``refusedRanges``.
    static var schemaPattern: String {
        func escaped(_ value: UInt32) -> String {
            let hex = String(value, radix: 16, uppercase: true)
            return value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                                 : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
        let body = refusedRanges.map { range in
            range.lowerBound == range.upperBound ? escaped(range.lowerBound) : escaped(range.lowerBound) + "-" + escaped(range.upperBound)
        }.joined()
        return "[^" + body + "]"
    }
}

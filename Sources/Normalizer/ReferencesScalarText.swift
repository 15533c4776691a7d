import DocumentStore

/// A unit's text as an array of Unicode scalars, so that every position is the scalar offset the
/// model stores (`ReferenceSource.start`/`end`), plus the small lexical probes the reference
/// scanners share.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The text of `start..<end` (clamped to the text).
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, count)), upper = max(lower, min(end, count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The scalar at `index`, or nil past either end.
    subscript(safe index: Int) -> Unicode.Scalar? {
        index >= 0 && index < count ? scalars[index] : nil
    }

    /// Whether `literal` is spelled at `index`.
    func has(_ literal: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The first of `literals` spelled at `index`, with the index just past it.
    func firstOf(_ literals: [String], at index: Int) -> (literal: String, end: Int)? {
        for literal in literals where has(literal, at: index) {
            return (literal, index + literal.unicodeScalars.count)
        }
        return nil
    }

    /// An opening parenthesis, ASCII or full-width.
    func isOpeningParenthesis(at index: Int) -> Bool {
        guard let scalar = self[safe: index] else { return false }
        return scalar == "(" || scalar == "（"
    }

    /// A closing parenthesis, ASCII or full-width.
    func isClosingParenthesis(at index: Int) -> Bool {
        guard let scalar = self[safe: index] else { return false }
        return scalar == ")" || scalar == "）"
    }

    private static let chineseNumeralScalars: Set<Unicode.Scalar> = [
        "〇", "零", "一", "二", "兩", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百",
    ]

    /// A Chinese numeral (`二十九`) starting at `index`: its value and the index just past it.
    func chineseNumeral(at index: Int) -> (value: Int, end: Int)? {
        var end = index
        while let scalar = self[safe: end], Self.chineseNumeralScalars.contains(scalar) { end += 1 }
        guard end > index, let value = ChineseNumerals.value(of: slice(index, end)), value > 0 else { return nil }
        return (value, end)
    }

    /// Whether the scalar is an ASCII or full-width decimal digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// Skips spaces (the normalizer removes them next to CJK, but keeps them between Latin words).
    func skippingSpaces(from index: Int) -> Int {
        var position = index
        while let scalar = self[safe: position], scalar.properties.isWhitespace { position += 1 }
        return position
    }

    /// A run of decimal digits starting at `index`: its value, its text and the index just past it.
    func arabicNumber(at index: Int) -> (value: Int, text: String, end: Int)? {
        var end = index
        while let scalar = self[safe: end], Self.isDigit(scalar) { end += 1 }
        guard end > index else { return nil }
        let text = slice(index, end)
        guard let value = ChineseNumerals.arabicValue(of: text) else { return nil }
        return (value, text, end)
    }
}

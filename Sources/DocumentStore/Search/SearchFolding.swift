/// Folds text into the form the search index compares, one scalar at a time, so that every
/// folded scalar maps back to exactly one scalar of the original text:
///
/// 1. Full-width ASCII forms U+FF01–U+FF5E become ASCII (`，` → `,`, `（` → `(`, `１` → `1`, `Ａ` → `A`).
/// 2. ASCII letters become lowercase.
/// 3. Whitespace (including the ideographic space U+3000) is dropped, so `1991年` finds `1991 年`.
/// 4. Every other scalar is folded to Simplified script with ``ScriptConverter/simplified(_:)``,
///    applied to the scalar on its own (never in context), so the corpus and a query fold the same way.
///    A scalar whose simplified form is not exactly one scalar is kept as it is.
///
/// The script table is computed once for every scalar of the corpus (one ICU call at startup);
/// scalars a query brings that the corpus does not hold are converted in one ICU call per query.
public struct SearchFolding: Sendable {
    /// Non-ASCII scalar → its folded scalar, for every non-ASCII scalar of the corpus.
    private let scriptTable: [UInt32: UInt32]

    /// Builds the script table for every scalar that occurs in `texts`.
    public init(corpusTexts texts: some Sequence<String>) {
        // Basic Multilingual Plane scalars are collected in a bitmap (fast even unoptimized), others in a set.
        var seen = [Bool](repeating: false, count: 0x10000)
        var distinct: [UInt32] = []
        var astral = Set<UInt32>()
        for text in texts {
            for scalar in text.unicodeScalars {
                let folded = Self.widthFolded(scalar.value)
                guard folded >= 0x80 else { continue }
                if folded < 0x10000 {
                    if !seen[Int(folded)] {
                        seen[Int(folded)] = true
                        if !Self.isWhitespace(folded) { distinct.append(folded) }
                    }
                } else {
                    astral.insert(folded)
                }
            }
        }
        scriptTable = Self.simplifiedScalars(for: distinct + astral.sorted())
    }

    /// Folds `text`, keeping for each folded scalar the offset of the original scalar it came from.
    public func fold(_ text: String) -> FoldedText {
        var missing: [UInt32] = []
        var widthFolded: [(value: UInt32, offset: Int32)] = []
        widthFolded.reserveCapacity(text.unicodeScalars.count)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            var value = Self.widthFolded(scalar.value)
            if Self.isWhitespace(value) { continue }
            if value >= 0x41 && value <= 0x5A { value += 0x20 }
            if value >= 0x80 && scriptTable[value] == nil { missing.append(value) }
            widthFolded.append((value, offset))
        }
        let extra = missing.isEmpty ? [:] : Self.simplifiedScalars(for: Array(Set(missing)))
        var scalars: [UInt32] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(widthFolded.count)
        offsets.reserveCapacity(widthFolded.count)
        for (value, originalOffset) in widthFolded {
            scalars.append(value < 0x80 ? value : (scriptTable[value] ?? extra[value] ?? value))
            offsets.append(originalOffset)
        }
        return FoldedText(scalars: scalars, originalOffsets: offsets, originalCount: Int(offset))
    }

    /// Full-width ASCII forms and the ideographic space to their ASCII counterparts; anything else unchanged.
    static func widthFolded(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xFF01...0xFF5E: value - 0xFEE0
        case 0x3000: 0x20
        default: value
        }
    }

    /// A letter or a digit (Unicode general categories L* and N*) of folded text: the scalars
    /// search terms are made of. Punctuation, symbols and everything else separate terms.
    public static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isWhitespace
    }

    /// Converts each scalar on its own to Simplified script in a single ICU call: the scalars are
    /// joined by line feeds, converted, and split again. Falls back to one call per scalar if
    /// the line structure does not survive.
    private static func simplifiedScalars(for values: [UInt32]) -> [UInt32: UInt32] {
        let scalars = values.compactMap(Unicode.Scalar.init)
        guard !scalars.isEmpty else { return [:] }
        var joined = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(scalar)
        }
        let converted = ScriptConverter.simplified(String(joined))
        let lines = converted.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        var table: [UInt32: UInt32] = [:]
        table.reserveCapacity(scalars.count)
        if lines.count == scalars.count {
            for (scalar, line) in zip(scalars, lines) {
                table[scalar.value] = line.count == 1 ? line.first!.value : scalar.value
            }
        } else {
            for scalar in scalars {
                let single = ScriptConverter.simplified(String(scalar)).unicodeScalars
                table[scalar.value] = single.count == 1 ? single.first!.value : scalar.value
            }
        }
        return table
    }
}

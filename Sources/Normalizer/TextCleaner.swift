import DocumentStore

/// A piece of a unit's raw text as it was read from the source: printed words, or a footnote marker.
enum TextPiece: Equatable {
    /// Raw characters from one source line (whitespace included); consecutive pieces are separated by a line break.
    case text(String)
    /// A footnote marker (a bare number on its own line) standing after the text read so far.
    case marker(Int)
}

/// The clean-text rules of `Data/NORMALIZATION.md`, in one place.
///
/// Cleaning only ever removes or collapses whitespace: every non-whitespace character of the input
/// is kept, in order. That is what lets the fidelity test compare texts whitespace-insensitively.
public enum TextCleaner {
    /// Whitespace is Unicode `White_Space` (space, line breaks, U+00A0 no-break space, U+3000 ideographic space, ...).
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// CJK ideographs, CJK symbols and punctuation (`、。《》【】〝〞`), kana, and the full-width forms
    /// (`，；：（）`): the characters next to which whitespace is never meaningful in Chinese text.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,   // CJK radicals, Kangxi radicals
             0x2FF0...0x2FFF,   // ideographic description characters
             0x3000...0x303F,   // CJK symbols and punctuation
             0x3040...0x30FF,   // hiragana, katakana
             0x3100...0x312F, 0x31A0...0x31BF,  // bopomofo
             0x3200...0x33FF,   // enclosed CJK, compatibility
             0x3400...0x4DBF,   // extension A
             0x4E00...0x9FFF,   // unified ideographs
             0xF900...0xFAFF,   // compatibility ideographs
             0xFE10...0xFE1F,   // vertical forms
             0xFE30...0xFE4F,   // CJK compatibility forms
             0xFF00...0xFFEF,   // half-width and full-width forms
             0x20000...0x3FFFF: // supplementary ideographic planes
            return true
        default:
            return false
        }
    }

    /// `text` with every whitespace scalar removed (the form provenance segments are stored in).
    public static func removingWhitespace(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isWhitespace($0) })
        return String(scalars)
    }

    /// Cleans one run of raw text (which may span source lines).
    public static func clean(_ raw: String) -> String {
        clean([.text(raw)]).text
    }

    /// Cleans a unit's raw pieces: joins them (a line break between pieces), applies the whitespace rules,
    /// removes the footnote markers and returns where each stood, as an offset in Unicode scalars into
    /// the clean text: right after the last character that preceded the marker.
    static func clean(_ pieces: [TextPiece]) -> (text: String, footnoteRefs: [FootnoteRef]) {
        var scalars: [Unicode.Scalar] = []
        var markers: [(number: Int, charactersBefore: Int)] = []
        var nonWhitespaceCount = 0
        var first = true
        for piece in pieces {
            switch piece {
            case .text(let raw):
                if !first { scalars.append("\n") }
                first = false
                for scalar in raw.unicodeScalars {
                    scalars.append(scalar)
                    if !isWhitespace(scalar) { nonWhitespaceCount += 1 }
                }
            case .marker(let number):
                markers.append((number, nonWhitespaceCount))
            }
        }

        var output = String.UnicodeScalarView()
        var outputLength = 0
        // outputLengthAfter[k] = scalars written once the k-th (0-based) non-whitespace input scalar is written.
        var outputLengthAfter: [Int] = []
        outputLengthAfter.reserveCapacity(nonWhitespaceCount)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if !isWhitespace(scalar) {
                output.append(scalar)
                outputLength += 1
                outputLengthAfter.append(outputLength)
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isWhitespace(scalars[end]) { end += 1 }
            if index > 0, end < scalars.count, keepsSpace(in: scalars, runStart: index, runEnd: end) {
                output.append(" ")
                outputLength += 1
            }
            index = end
        }

        let refs = markers.map { marker in
            FootnoteRef(
                number: marker.number,
                offset: marker.charactersBefore == 0 ? 0 : outputLengthAfter[marker.charactersBefore - 1]
            )
        }
        return (String(output), refs)
    }

    /// Whether the whitespace run `scalars[runStart..<runEnd]`, which has a character on both sides, becomes one space.
    private static func keepsSpace(in scalars: [Unicode.Scalar], runStart: Int, runEnd: Int) -> Bool {
        let before = scalars[runStart - 1]
        let after = scalars[runEnd]
        // Rule 2: no whitespace next to CJK characters or CJK punctuation.
        if isCJK(before) || isCJK(after) { return false }
        // Rule 3: spaced-out single digits (`2 0 0 7`) are one number.
        if isDigit(before), isDigit(after) {
            let beforeIsSingle = runStart < 2 || !isDigit(scalars[runStart - 2])
            let afterIsSingle = runEnd + 1 >= scalars.count || !isDigit(scalars[runEnd + 1])
            if beforeIsSingle && afterIsSingle { return false }
        }
        // Rule 4: otherwise one space.
        return true
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

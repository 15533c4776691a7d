/// A query as the index reads it.
///
/// Text between double quotes (`"…"`, `“…”`, `「…」`, `『…』`) is an **exact phrase**: a hit must
/// contain it as one folded string (punctuation included, white space ignored), as every query
/// had to before. Everything else is **free text**: folded (``SearchFolding``) and cut into
/// segments at white space, punctuation and symbols. Each segment gives
/// - its overlapping character bigrams, the strong terms (`集會自由` → 集會, 會自, 自由), or the
///   character itself for a one-character segment;
/// - each of its characters as a weak term (`强迫劳动` still touches 勞役 through 劳).
/// The words of phrases are segmented the same way, so phrases also rank.
///
/// Terms are distinct by their key; each remembers which query characters it covers (by position
/// in ``words``, the query's letters and digits in order), for the coverage of the query.
struct ParsedQuery: Sendable {
    struct Term: Sendable {
        /// `first << 32 | second` for a bigram, `scalar << 32 | 0xFFFF_FFFF` for a single character.
        let key: UInt64
        /// 1 or 2 scalars.
        let length: Int
        /// Bigrams and one-character segments are strong: a hit needs one. Characters of longer segments are weak.
        let isStrong: Bool
        /// Query word positions this term covers.
        var covers: [Int]
        /// The term comes from unquoted text: its occurrences are highlighted (a quoted phrase
        /// highlights the phrase's own occurrences instead).
        var isFree: Bool
    }

    /// Quoted phrases, folded (white space dropped, punctuation kept).
    var phrases: [[UInt32]] = []
    /// Distinct terms, strong ones first.
    var terms: [Term] = []
    /// Every letter and digit of the query, folded, in order.
    var words: [UInt32] = []

    static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "\u{201C}": "\u{201D}", "\u{300C}": "\u{300D}", "\u{300E}": "\u{300F}"]
    static let unigramMarker: UInt64 = 0xFFFF_FFFF

    static func bigramKey(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }
    static func unigramKey(_ scalar: UInt32) -> UInt64 { UInt64(scalar) << 32 | unigramMarker }

    init(_ text: String, folding: SearchFolding) {
        var free = String.UnicodeScalarView()
        var phraseTexts: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let closing = Self.quotePairs[scalar],
               let end = scalars[(index + 1)...].firstIndex(of: closing) {
                phraseTexts.append(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
                free.append(" ")
                index = end + 1
                continue
            }
            free.append(scalar)
            index += 1
        }
        for phrase in phraseTexts {
            let folded = folding.fold(phrase).scalars
            if !folded.isEmpty { phrases.append(folded) }
        }

        var segments: [(scalars: [UInt32], isFree: Bool)] = []
        for (sourceIndex, source) in ([String(free)] + phraseTexts).enumerated() {
            // White space separates segments too (folding drops it, so split before folding).
            for piece in source.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
                var current: [UInt32] = []
                for scalar in folding.fold(String(String.UnicodeScalarView(piece))).scalars {
                    if SearchFolding.isWordScalar(scalar) {
                        current.append(scalar)
                    } else if !current.isEmpty {
                        segments.append((current, sourceIndex == 0))
                        current = []
                    }
                }
                if !current.isEmpty { segments.append((current, sourceIndex == 0)) }
            }
        }

        var strong: [Term] = []
        var weak: [Term] = []
        var strongIndex: [UInt64: Int] = [:]
        var weakIndex: [UInt64: Int] = [:]
        func add(_ key: UInt64, length: Int, isStrong: Bool, covers: [Int], isFree: Bool) {
            if isStrong {
                if let at = strongIndex[key] {
                    strong[at].covers += covers
                    strong[at].isFree = strong[at].isFree || isFree
                } else {
                    strongIndex[key] = strong.count
                    strong.append(Term(key: key, length: length, isStrong: true, covers: covers, isFree: isFree))
                }
            } else {
                if let at = weakIndex[key] { weak[at].covers += covers } else {
                    weakIndex[key] = weak.count
                    weak.append(Term(key: key, length: length, isStrong: false, covers: covers, isFree: isFree))
                }
            }
        }
        for (segment, isFree) in segments {
            let base = words.count
            words += segment
            if segment.count == 1 {
                add(Self.unigramKey(segment[0]), length: 1, isStrong: true, covers: [base], isFree: isFree)
                continue
            }
            for position in 0..<(segment.count - 1) {
                add(Self.bigramKey(segment[position], segment[position + 1]), length: 2, isStrong: true,
                    covers: [base + position, base + position + 1], isFree: isFree)
            }
            for position in segment.indices {
                add(Self.unigramKey(segment[position]), length: 1, isStrong: false, covers: [base + position], isFree: isFree)
            }
        }
        // A character that is also a one-character segment is strong already.
        terms = strong + weak.filter { strongIndex[$0.key] == nil }
    }
}

import Foundation

/// The constants of search ranking, in one place (docs/SEARCH.md explains each and how they
/// were chosen).
///
/// A reading's score is
///
///     BM25 × coverage^coverageExponent × (1 + proximityWeight × proximity) × (1 + phraseWeight × phrase)
///
/// and an entry's score is its best reading's score plus `contextWeight` × the best score of the
/// other entries of its top-level unit.
enum RelevanceModel {
    /// BM25 term-frequency saturation.
    static let k1 = 1.2
    /// BM25 length normalisation (0 none, 1 full).
    static let b = 0.75
    /// Weight of a weak (single-character) term against a strong (bigram) one, in BM25 and, halved, in coverage.
    static let weakTermWeight = 0.3
    /// Share of the query's characters a reading covers, raised to this power.
    static let coverageExponent = 1.0
    /// Bonus for the query's covered characters standing close together (1 when contiguous).
    static let proximityWeight = 1.0
    /// Bonus when the query's letters and digits occur in one run (punctuation between them ignored).
    static let phraseWeight = 0.5
    /// Share of the best sibling's score an entry receives: a paragraph is read in its article.
    static let contextWeight = 0.3

    /// Okapi BM25 inverse document frequency (the variant that is never negative).
    static func idf(documentFrequency: Int, entries: Int) -> Double {
        let n = Double(entries), df = Double(documentFrequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// Okapi BM25 term-frequency part for `frequency` occurrences in a reading of `length` words.
    static func saturation(frequency: Int, length: Int, averageLength: Double) -> Double {
        let tf = Double(frequency)
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(length) / max(averageLength, 1)))
    }
}

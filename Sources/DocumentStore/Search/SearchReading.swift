/// One reading of a searchable text, folded for matching: the text as printed, or the text with
/// its recorded errata corrected (see ``ErrataReading``). Offsets of every reading point into the
/// printed text, so highlights found in a corrected reading still slice the text as served.
struct SearchReading: Sendable {
    /// Folded scalars (white space dropped, punctuation kept) with their printed offsets.
    let folded: FoldedText
    /// Letters and digits of `folded` only, in order: a query's words match here across punctuation.
    let words: [UInt32]

    init(folded: FoldedText) {
        self.folded = folded
        words = folded.scalars.filter(SearchFolding.isWordScalar)
    }

    /// Length used by BM25's length normalisation: letters and digits.
    var wordCount: Int { words.count }
}

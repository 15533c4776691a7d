/// What a citation string names, before it is looked up.
enum ParsedCitation: Sendable, Equatable {
    /// A unit of the document with `symbol` by its numbers, top down (read in the official
    /// numbering first, then as printed); `chapeau`: the opening words of that provision.
    case unit(symbol: String, steps: [UnitAddress.Step], chapeau: Bool)
    /// Preambular paragraphs of the authentic text (one, or a range such as `paras. 1–3`).
    case preamble(symbol: String, paragraphs: ClosedRange<Int>)
    /// The n-th recital as the source prints it (`ICCPR preamble, recital 1 as printed`).
    case printedRecital(symbol: String, number: Int)
    /// Footnote n of the document with `symbol`.
    case footnote(symbol: String, number: Int)
    /// Resolution 62/148 as a whole (no unit named).
    case resolutionWhole
    /// A resolution that is not in the corpus, e.g. `61/177`.
    case otherResolution(String)
}

/// What a citation string names, before it is looked up.
enum ParsedCitation: Sendable, Equatable {
    /// An article of the Covenant and optionally a paragraph, an item and a sub-item (numbers from 1).
    case covenantProvision(article: Int, paragraph: Int?, item: Int?, subitem: Int?)
    /// The n-th preambular paragraph of the Covenant.
    case covenantRecital(Int)
    /// Operative paragraph n of resolution 62/148.
    case resolutionOperative(Int)
    /// The n-th preambular paragraph of resolution 62/148.
    case resolutionRecital(Int)
    /// Footnote n of resolution 62/148.
    case resolutionFootnote(Int)
    /// Resolution 62/148 as a whole (no unit named).
    case resolutionWhole
    /// A resolution that is not in the corpus, e.g. `61/177`.
    case otherResolution(String)
}

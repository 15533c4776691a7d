/// One searchable text: a unit's own text or a footnote's text, with its folded form.
struct SearchEntry: Sendable {
    let document: String
    let eId: String
    let kind: SearchHitKind
    let original: [Unicode.Scalar]
    let folded: FoldedText
    /// Ranking bonus for the unit's level (see ``SearchIndex``).
    let levelBonus: Double
}

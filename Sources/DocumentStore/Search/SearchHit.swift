/// A unit or footnote that contains every term of the query.
public struct SearchHit: Sendable, Equatable {
    public var document: String
    /// The unit's eId, or `authorialNote_<n>` for a footnote.
    public var eId: String
    public var kind: SearchHitKind
    /// Ranking score, higher first; see ``SearchIndex`` for how it is computed.
    public var score: Double
    /// About 40 scalars of the text around the first match, with `…` where the text was cut.
    public var snippet: String
    /// Scalar offsets of the matches into `snippet`.
    public var snippetHighlights: [TextSpan]
    /// Scalar offsets of every match into the unit's (or footnote's) full `text`.
    public var highlights: [TextSpan]

    public init(
        document: String, eId: String, kind: SearchHitKind, score: Double,
        snippet: String, snippetHighlights: [TextSpan], highlights: [TextSpan]
    ) {
        self.document = document
        self.eId = eId
        self.kind = kind
        self.score = score
        self.snippet = snippet
        self.snippetHighlights = snippetHighlights
        self.highlights = highlights
    }
}

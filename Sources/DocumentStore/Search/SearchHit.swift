/// A unit or footnote that matches the query, or a unit listed for its context (see ``SearchIndex``).
public struct SearchHit: Sendable, Equatable {
    public var document: String
    /// The unit's eId, or `authorialNote_<n>` for a footnote.
    public var eId: String
    public var kind: SearchHitKind
    /// The unit's type; nil for a footnote.
    public var unitType: UnitType?
    /// The unit's printed label (`第七條`, `三、`, `(七)`, `10.`) or nil when it has none; a footnote's number (`5`).
    public var num: String?
    /// True when the hit's own text does not match: it is part of a top-level unit (an article)
    /// another unit of which matches, and is listed for its context (`highlights` is empty).
    public var isContext: Bool
    /// Ranking score, higher first; see ``SearchIndex`` for how it is computed.
    public var score: Double
    /// About 40 scalars of the text around the first match, with `…` where the text was cut.
    public var snippet: String
    /// Scalar offsets of the matches into `snippet`.
    public var snippetHighlights: [TextSpan]
    /// Scalar offsets of every match into the unit's (or footnote's) full `text`, as printed
    /// (a match in the corrected reading highlights the printed characters it stands for).
    public var highlights: [TextSpan]

    public init(
        document: String, eId: String, kind: SearchHitKind, unitType: UnitType? = nil, num: String? = nil, isContext: Bool = false, score: Double,
        snippet: String, snippetHighlights: [TextSpan], highlights: [TextSpan]
    ) {
        self.document = document
        self.eId = eId
        self.kind = kind
        self.unitType = unitType
        self.num = num
        self.isContext = isContext
        self.score = score
        self.snippet = snippet
        self.snippetHighlights = snippetHighlights
        self.highlights = highlights
    }
}

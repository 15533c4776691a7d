/// A citation string turned into a unit (or footnote) of the corpus.
public struct ResolvedCitation: Sendable, Equatable {
    /// The citation as given.
    public var input: String
    public var document: String
    /// The unit's eId, or `authorialNote_<n>` for a footnote.
    public var eId: String
    /// The canonical citation of what was found.
    public var citation: UnitCitation

    public init(input: String, document: String, eId: String, citation: UnitCitation) {
        self.input = input
        self.document = document
        self.eId = eId
        self.citation = citation
    }
}

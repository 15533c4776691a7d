/// A citation string turned into a unit (or footnote) of the corpus.
public struct ResolvedCitation: Sendable, Equatable {
    /// The citation as given.
    public var input: String
    public var document: String
    /// The unit's eId, or `authorialNote_<n>` for a footnote.
    public var eId: String
    /// The canonical citation of what was found.
    public var citation: UnitCitation
    /// Whether the numbers were read in the official numbering of the authentic text or, failing
    /// that, in the source's printed numbering (`ICCPR art. 8(2)(a)`, officially art. 8(3)(a)).
    public var numbering: UnitAliasTable.Numbering

    public init(input: String, document: String, eId: String, citation: UnitCitation, numbering: UnitAliasTable.Numbering = .official) {
        self.input = input
        self.document = document
        self.eId = eId
        self.citation = citation
        self.numbering = numbering
    }
}

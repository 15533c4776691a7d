/// A defect in the source text. The printed text is served as printed; this records what was meant.
public struct Erratum: Codable, Sendable, Equatable {
    /// The unit whose `text` (or `num`) holds the defect.
    public var eId: String
    /// Offset in Unicode scalars into the unit's `text` where `printed` starts (or -1 for a structural defect with no span).
    public var offset: Int
    /// What the source prints.
    public var printed: String
    /// What the official text has.
    public var intended: String
    /// One line explaining the defect and how it was established.
    public var note: String
    /// `typo`, `duplication`, `omission`, `structure`, `punctuation`, `date`, `terminology`,
    /// `reference` (a cross-reference that names the wrong unit), `wording` (words that change the legal meaning).
    public var kind: String

    public init(eId: String, offset: Int, printed: String, intended: String, note: String, kind: String) {
        self.eId = eId
        self.offset = offset
        self.printed = printed
        self.intended = intended
        self.note = note
        self.kind = kind
    }
}

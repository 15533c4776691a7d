/// A full-text search request.
///
/// `text` is free text (matched by character bigrams, its parts may stand apart) with optional
/// quoted phrases that must occur exactly (see ``ParsedQuery`` and ``SearchIndex``).
public struct SearchQuery: Sendable, Equatable {
    /// Largest page size accepted; larger values are clamped.
    public static let maximumLimit = 100

    public var text: String
    /// Restricts the search to one document id; nil searches both.
    public var document: String?
    /// Page size, 1…100 (clamped), default 20.
    public var limit = 20
    /// Number of ranked hits to skip (negative values count as 0).
    public var offset = 0

    public init(text: String, document: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.text = text
        self.document = document
        self.limit = limit
        self.offset = offset
    }
}

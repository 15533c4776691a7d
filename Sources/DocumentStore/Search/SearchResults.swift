/// One page of ranked hits and the number of hits over all pages.
public struct SearchResults: Sendable, Equatable {
    /// Every hit of the query, before paging.
    public var total: Int
    /// The hits of the requested page, best first.
    public var hits: [SearchHit]

    public init(total: Int, hits: [SearchHit]) {
        self.total = total
        self.hits = hits
    }
}

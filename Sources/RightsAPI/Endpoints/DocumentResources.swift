/// The precomputed resources of one document.
struct DocumentResources: Sendable {
    let detail: PreparedResource
    let full: PreparedResource
    let footnotes: PreparedResource
    let errata: PreparedResource
    /// Parallel to `CatalogDocument.units`.
    let units: [PreparedResource]
    let footnoteByNumber: [Int: PreparedResource]
    /// `/v1/documents/iccpr/articles` (the Covenant only).
    let articles: PreparedResource?

    var storedBytes: Int {
        [detail, full, footnotes, errata].reduce(0) { $0 + $1.storedBytes }
            + units.reduce(0) { $0 + $1.storedBytes }
            + footnoteByNumber.values.reduce(0) { $0 + $1.storedBytes }
            + (articles?.storedBytes ?? 0)
    }
}

/// The canonical URL paths the API links to (relative to the server's origin).
enum APIPaths {
    static let documents = "/v1/documents"
    static func document(_ id: String) -> String { "/v1/documents/\(id)" }
    static func full(_ id: String) -> String { "/v1/documents/\(id)/full" }
    static func unit(_ document: String, _ eId: String) -> String { "/v1/documents/\(document)/provisions/\(eId)" }
    static func footnotes(_ id: String) -> String { "/v1/documents/\(id)/footnotes" }
    static func footnote(_ id: String, _ number: Int) -> String { "/v1/documents/\(id)/footnotes/\(number)" }
    static func errata(_ id: String) -> String { "/v1/documents/\(id)/errata" }
    static func crossReferences(_ id: String) -> String { "/v1/cross-references?document=\(id)" }
    static let articles = "/v1/documents/iccpr/articles"
    static let crossReferencesAll = "/v1/cross-references"
    static let search = "/v1/search"
    static let resolve = "/v1/resolve"

    /// The id of the document the article aliases belong to.
    static let covenantID = "iccpr"
    /// The id of the document the preamble/operative aliases belong to.
    static let resolutionID = "a-res-62-148"
}

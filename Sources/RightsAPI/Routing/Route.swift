/// Every route the API serves. The raw value indexes the metrics tables; `template` is the path
/// pattern exactly as `openapi.yaml` spells it (and the `route` label in `/metrics`).
enum Route: Int, Sendable, CaseIterable {
    case serviceIndex
    case health
    case readiness
    case metrics
    case openAPI
    case documents
    case document
    case fullDocument
    case provision
    case footnotes
    case footnote
    case errata
    case articles
    case article
    case articleParagraph
    case articleItem
    case articleSubitem
    case preambleParagraph
    case operativeParagraph
    case crossReferences
    case search
    case resolve

    var template: String {
        switch self {
        case .serviceIndex: "/"
        case .health: "/healthz"
        case .readiness: "/readyz"
        case .metrics: "/metrics"
        case .openAPI: "/openapi.yaml"
        case .documents: "/v1/documents"
        case .document: "/v1/documents/{doc}"
        case .fullDocument: "/v1/documents/{doc}/full"
        case .provision: "/v1/documents/{doc}/provisions/{eId}"
        case .footnotes: "/v1/documents/{doc}/footnotes"
        case .footnote: "/v1/documents/{doc}/footnotes/{n}"
        case .errata: "/v1/documents/{doc}/errata"
        case .articles: "/v1/documents/iccpr/articles"
        case .article: "/v1/documents/iccpr/articles/{n}"
        case .articleParagraph: "/v1/documents/iccpr/articles/{n}/paragraphs/{p}"
        case .articleItem: "/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}"
        case .articleSubitem: "/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}"
        case .preambleParagraph: "/v1/documents/a-res-62-148/preamble/{n}"
        case .operativeParagraph: "/v1/documents/a-res-62-148/operative/{n}"
        case .crossReferences: "/v1/cross-references"
        case .search: "/v1/search"
        case .resolve: "/v1/resolve"
        }
    }

    /// Methods every route answers (all resources are read-only).
    static let allowedMethods = "GET, HEAD, OPTIONS"

    /// The label used in metrics for requests that matched no route.
    static let unmatchedLabel = "unmatched"
}

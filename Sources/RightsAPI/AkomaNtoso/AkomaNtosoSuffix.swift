import HTTPCore

/// The `.akn.xml` path suffix: `/v1/documents/iccpr/provisions/art_7.akn.xml` is the Akoma Ntoso
/// representation of `/v1/documents/iccpr/provisions/art_7`, whatever `Accept` says (the URL
/// names the representation, so links and downloads need no header).
enum AkomaNtosoSuffix {
    static let suffix = ".akn.xml"

    /// Removes the suffix from the request's path and target; true when it was there.
    static func strip(_ request: inout HTTPRequest) -> Bool {
        guard request.path.hasSuffix(suffix), request.path.count > suffix.count else { return false }
        request.path.removeLast(suffix.count)
        if let query = request.query {
            request.target = request.path + "?" + query
        } else {
            request.target = request.path
        }
        return true
    }

    /// Route templates whose resource has an Akoma Ntoso representation: a document, `/full`
    /// and every unit path. On any other route the suffix is a 404.
    static let templates: Set<String> = [
        "/v1/documents/{doc}",
        "/v1/documents/{doc}/full",
        "/v1/documents/{doc}/provisions/{eId}",
        "/v1/documents/iccpr/articles/{n}",
        "/v1/documents/iccpr/articles/{n}/paragraphs/{p}",
        "/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}",
        "/v1/documents/iccpr/articles/{n}/paragraphs/{p}/items/{i}/subitems/{s}",
        "/v1/documents/a-res-62-148/preamble/{n}",
        "/v1/documents/a-res-62-148/operative/{n}",
    ]

    static func notOffered(_ path: String) -> ProblemDetails {
        Problems.notFound("\(path) has no Akoma Ntoso representation; \(suffix) applies to a document, its /full and its units")
    }
}

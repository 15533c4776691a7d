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

    /// Routes whose resource has an Akoma Ntoso representation: a document, `/full` and every unit path.
    static func offered(on route: Route) -> Bool {
        switch route {
        case .document, .fullDocument, .provision, .article, .articleParagraph, .articleItem, .articleSubitem,
             .preambleParagraph, .operativeParagraph:
            true
        default:
            false
        }
    }

    static func notOffered(_ path: String) -> ProblemDetails {
        Problems.notFound("\(path) has no Akoma Ntoso representation; \(suffix) applies to a document, its /full and its units")
    }
}

import DocumentStore
import HTTPCore

/// `GET /v1/resolve?cite=`: `{input, document, eId, url, citation}`; an unknown or out-of-range
/// citation is a 404 problem with `understood`, an unparseable one a 400.
enum ResolveEndpoint {
    static let parameters = ["cite", "pretty", "script"]
    static let maximumLength = 256

    static func citation(from parameters: RequestQuery) throws(ProblemDetails) -> String {
        try parameters.requireOnly(Self.parameters)
        guard let cite = parameters["cite"], !cite.isBlank else {
            throw Problems.badRequest("the query parameter cite is required, e.g. cite=ICCPR art. 14(3)(g)")
        }
        guard cite.unicodeScalars.count <= maximumLength else {
            throw Problems.badRequest("cite is \(cite.unicodeScalars.count) characters long; at most \(maximumLength) are allowed")
        }
        return cite
    }

    static func resolve(_ cite: String, repository: DocumentRepository) throws(ProblemDetails) -> ResolvedCitation {
        switch repository.resolve(citation: cite) {
        case .success(let resolved):
            return resolved
        case .failure(.unparseable(let detail)):
            throw Problems.badRequest("cannot read '\(cite)' as a citation: \(detail)")
        case .failure(.notFound(let understood, let detail)):
            throw Problems.notFound("'\(cite)' was read as \(understood), which does not exist: \(detail)", [("understood", understood)])
        }
    }

    static func write(_ resolved: ResolvedCitation, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("input"); writer.string(resolved.input)
        writer.key("document"); writer.identifier(resolved.document)
        writer.key("eId"); writer.identifier(resolved.eId)
        writer.key("url"); writer.identifier(url(document: resolved.document, eId: resolved.eId))
        writer.key("citation"); CitationJSON.write(resolved.citation, into: &writer)
        writer.endObject()
    }

    /// Footnotes (`authorialNote_5`) link to the footnote resource, units to the provision.
    static func url(document: String, eId: String) -> String {
        let prefix = "authorialNote_"
        if eId.hasPrefix(prefix), let number = Int(eId.dropFirst(prefix.count)) { return APIPaths.footnote(document, number) }
        return APIPaths.unit(document, eId)
    }
}

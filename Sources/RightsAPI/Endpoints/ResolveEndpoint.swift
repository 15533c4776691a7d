import DocumentStore
import HTTPCore

/// `GET /v1/resolve?cite=`: `{input, document, language, eId, url, citation, numbering}` (plus `unit`, the
/// unit or footnote itself, with `include=unit`); an unknown or out-of-range citation is a 404
/// problem with `understood`, one the source numbers differently a 404 that names the printed
/// units, an unparseable one a 400.
enum ResolveEndpoint {
    static let parameters = ["cite", "include", "pretty", "script"]

    /// Whether `include=unit` asks for the unit inline (any other value is a 400).
    static func includesUnit(_ parameters: RequestQuery) throws(ProblemDetails) -> Bool {
        guard let include = parameters["include"] else { return false }
        guard include == "unit" else { throw Problems.badRequest("include must be unit (got '\(include)')") }
        return true
    }
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
            throw Problems.badRequest("cannot read '\(cite)' as a citation: \(detail)", type: .unreadableCitation)
        case .failure(.notFound(let understood, let detail)):
            throw Problems.notFound("'\(cite)' was read as \(understood), which does not exist: \(detail)", [("understood", understood)])
        case .failure(.numberedDifferently(let understood, let detail, let document, let eIds)):
            throw Problems.notFound(
                "'\(cite)' was read as \(understood): \(detail)",
                [("understood", understood), ("document", document), ("units", eIds.joined(separator: ", ")),
                 ("urls", eIds.map { url(document: document, eId: $0) }.joined(separator: ", "))],
                type: .numberedDifferently)
        }
    }

    /// `language` is the resolved document's source language (``CorpusDocument/language``),
    /// written as the writer's script serves it, like `Content-Language`.
    static func write(_ resolved: ResolvedCitation, language: String?, unit: ((inout JSONWriter) -> Void)? = nil, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("input"); writer.string(resolved.input)
        writer.key("document"); writer.identifier(resolved.document)
        writer.key("language")
        if let language { writer.languageTag(language) } else { writer.null() }
        writer.key("eId"); writer.identifier(resolved.eId)
        writer.key("url"); writer.identifier(url(document: resolved.document, eId: resolved.eId))
        writer.key("citation"); CitationJSON.write(resolved.citation, into: &writer)
        writer.key("numbering"); writer.identifier(resolved.numbering.rawValue)
        if let unit {
            writer.key("unit")
            unit(&writer)
        }
        writer.endObject()
    }

    /// Footnotes (`authorialNote_5`) link to the footnote resource, units to the provision.
    static func url(document: String, eId: String) -> String {
        let prefix = "authorialNote_"
        if eId.hasPrefix(prefix), let number = Int(eId.dropFirst(prefix.count)) { return APIPaths.footnote(document, number) }
        return APIPaths.unit(document, eId)
    }
}

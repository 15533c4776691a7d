import HTTPCore

/// `GET /v1/resolve?cite=[&include=unit]`: see ``ResolveEndpoint``.
struct ResolveResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let cite = try ResolveEndpoint.citation(from: request.query)
        let includeUnit = try ResolveEndpoint.includesUnit(request.query)
        return try api.dynamicJSON(request) { writer throws(ProblemDetails) in
            let resolved = try ResolveEndpoint.resolve(cite, repository: api.repository)
            var unit: ((inout JSONWriter) -> Void)?
            if includeUnit, let document = api.catalog.document(resolved.document) {
                if let entry = document.entry(eId: resolved.eId) {
                    unit = { UnitJSON.write(entry, in: document, into: &$0) }
                } else if let footnote = document.document.footnotes.first(where: { $0.eId == resolved.eId }) {
                    unit = { FootnoteJSON.write(footnote, document: document.id, into: &$0) }
                }
            }
            let language = api.catalog.document(resolved.document)?.document.language
            ResolveEndpoint.write(resolved, language: language, unit: unit, into: &writer)
            return language.map { [$0] } ?? []
        }
    }
}

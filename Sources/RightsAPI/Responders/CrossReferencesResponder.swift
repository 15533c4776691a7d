import HTTPCore

/// `GET /v1/cross-references`: every reference, or those the query filters select.
struct CrossReferencesResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let references = try CrossReferencesEndpoint.filter(request.query, catalog: api.catalog)
        if references.count == api.catalog.crossReferences.count {
            return api.serve(api.resources.crossReferences, request)
        }
        return try api.dynamicJSON(request) { writer in
            ListJSON.write(references, into: &writer) { reference, writer in ReferenceJSON.write(reference, into: &writer) }
            return [] // like the unfiltered list, no Content-Language
        }
    }
}

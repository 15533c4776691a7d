import HTTPCore

/// A per-document body precomputed at startup, chosen by the `{doc}` parameter
/// (`/v1/documents/{doc}`, `…/full`, `…/footnotes`, `…/errata`).
struct DocumentResourceResponder: RouteResponder {
    let resource: @Sendable (DocumentResources) -> PreparedResource

    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (_, resources) = try api.document(request.parameters[0])
        return api.serve(resource(resources), request)
    }
}

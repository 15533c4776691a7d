import HTTPCore

/// `GET /v1/resolve?cite=`: see ``ResolveEndpoint``.
struct ResolveResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let cite = try ResolveEndpoint.citation(from: request.query)
        return try api.dynamicJSON(request) { writer throws(ProblemDetails) in
            ResolveEndpoint.write(try ResolveEndpoint.resolve(cite, repository: api.repository), into: &writer)
        }
    }
}

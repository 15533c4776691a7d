import HTTPCore

/// A route with one body precomputed at startup (`/`, `/healthz`, `/readyz`, `/v1/documents`).
struct PreparedResourceResponder: RouteResponder {
    let resource: @Sendable (StaticResources) -> PreparedResource

    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        api.serve(resource(api.resources), request)
    }
}

import HTTPCore

/// `GET /openapi.yaml`: the description the server was started with (404 without one).
struct OpenAPIResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        guard let openAPI = api.resources.openAPI else { throw Problems.notFound("this server was started without an OpenAPI description") }
        return api.serve(openAPI, request)
    }
}

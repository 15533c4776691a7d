import HTTPCore

/// Answers the GET and HEAD requests of one route. The router has already matched the path,
/// decoded its parameters and parsed the query; `OPTIONS`, other methods and unknown paths never
/// reach a responder. A thrown problem becomes the problem+json response.
///
/// Responders hold no mutable state (they are built once, at startup, and shared by every event
/// loop): everything they read comes from the request and from ``APIContext``.
protocol RouteResponder: Sendable {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse
}

/// A request as a responder sees it.
struct RouteRequest: Sendable {
    let http: HTTPRequest
    let context: RequestContext
    let route: Route
    /// The decoded path parameters, in template order.
    let parameters: [String]
    let query: RequestQuery
    /// `?pretty=` and `?script=`.
    let options: RepresentationOptions
}

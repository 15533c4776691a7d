/// What the router found for a request path.
enum RouteMatch: Sendable, Equatable {
    /// A route matched; `parameters` are the decoded values in template order.
    case matched(Route, parameters: [String])
    /// The path names a route but ends with `/`: redirect (308) to `location`.
    case trailingSlash(location: String)
    /// A segment has an invalid percent-escape or does not decode to UTF-8 (→ 400).
    case malformed(detail: String)
    /// No route has this shape (→ 404).
    case notFound
}

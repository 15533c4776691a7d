import HTTPCore

/// Maps a request path to a ``Route``, its decoded parameters and its responder. Built once at
/// startup by ``RouterBuilder``, immutable and `Sendable` afterwards: matching reads only `let`
/// storage.
///
/// Rules:
/// - Segments are split on `/` before percent-decoding, so `%2F` inside a parameter stays data.
/// - Literal segments beat parameters (routes are tried most specific first).
/// - Empty segments never match (`//x` and `/v1//documents` are 404s).
/// - A path that would match if its trailing `/` were removed answers 308 to that path
///   (`/v1/documents/` → `/v1/documents`); the query string is kept.
struct Router: Sendable {
    /// Every route, by slot (registration order).
    let routes: [Route]
    private let responders: [any RouteResponder]
    /// Routes in matching order: more specific patterns first, otherwise registration order.
    private let matchOrder: [(route: Route, pattern: PathPattern)]

    init(routes: [(route: Route, responder: any RouteResponder)]) {
        self.routes = routes.map(\.route)
        responders = routes.map(\.responder)
        var ordered: [(route: Route, pattern: PathPattern)] = []
        for (route, _) in routes {
            let pattern = PathPattern(template: route.template)
            let index = ordered.firstIndex { pattern.isMoreSpecific(than: $0.pattern) } ?? ordered.endIndex
            ordered.insert((route, pattern), at: index)
        }
        matchOrder = ordered
    }

    func responder(for route: Route) -> any RouteResponder { responders[route.slot] }

    /// The route registered with `template`, if any.
    func route(template: String) -> Route? { routes.first { $0.template == template } }

    func match(path: String, query: String? = nil) -> RouteMatch {
        guard path.utf8.first == UInt8(ascii: "/") else { return .notFound }
        if path.utf8.count > 1 && path.utf8.last == UInt8(ascii: "/") {
            let trimmed = String(path.dropLast())
            if case .matched = match(path: trimmed) {
                return .trailingSlash(location: trimmed + (query.map { "?" + $0 } ?? ""))
            }
            return .notFound
        }
        let rawSegments = path.utf8.count == 1 ? [] : path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if rawSegments.contains(where: \.isEmpty) { return .notFound }
        var decoded: [String] = []
        decoded.reserveCapacity(rawSegments.count)
        for raw in rawSegments {
            guard let segment = PercentDecoding.decodePathSegment(raw) else {
                return .malformed(detail: "the path segment '\(raw)' is not valid percent-encoded UTF-8 (RFC 3986 §2.1: '%' must be followed by two hex digits, and the bytes must be UTF-8)")
            }
            decoded.append(segment)
        }
        for (route, pattern) in matchOrder where pattern.segments.count == decoded.count {
            var parameters: [String] = []
            var matches = true
            for (segment, value) in zip(pattern.segments, decoded) {
                switch segment {
                case .literal(let literal):
                    if literal != value { matches = false }
                case .parameter:
                    parameters.append(value)
                }
                if !matches { break }
            }
            if matches { return .matched(route, parameters: parameters) }
        }
        return .notFound
    }
}

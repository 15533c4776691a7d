public import DocumentStore
public import HTTPCore
public import Logging

/// The REST API v1 over a `DocumentRepository` (see `openapi.yaml`).
///
/// Built once at startup and immutable afterwards (`Sendable` without locks): the initializer
/// renders every static body in every variant (script × format × coding) with its ETag and
/// header set, so answering a request for a unit is a dictionary lookup plus header checks.
/// Bodies that depend on the query (search, resolve, filtered cross-references) are computed per
/// request. Metrics are lock-free atomics.
///
/// The handler itself only routes: every route has its own ``RouteResponder`` (registered in
/// ``APIRoutes``); `OPTIONS`, methods other than GET/HEAD, unknown paths and trailing slashes are
/// answered here, the same way for every route.
///
/// Conventions (documented in `openapi.yaml`):
/// - JSON keys in a fixed order per representation, absent optionals as `null`; lists are
///   `{"items": [...], "total": n}`.
/// - A trailing slash on a known path answers 308 to the path without it.
/// - Unknown query parameters are a 400 on search, resolve and cross-references (which list the
///   ones they accept) and ignored elsewhere; `pretty` and `script` are checked everywhere.
/// - Every error is `application/problem+json` (RFC 9457).
public final class RightsAPIHandler: HTTPHandler {
    let api: APIContext
    let router: Router
    /// Canonical path without a query → its route and precomputed resource (the fast path).
    let exactPaths: [String: (route: Route, resource: PreparedResource)]
    /// The web reader (`/reader/…`, and `GET /` from a browser), when started with its assets.
    let web: WebReader?
    /// What the startup precomputation cost.
    public let precomputation: PrecomputationReport
    /// Where every 500 is reported, with its request id (the problem body quotes the same id).
    let logger: Logger

    var catalog: CorpusCatalog { api.catalog }
    var dynamicCache: DynamicResponseCache { api.dynamicCache }

    /// - Parameters:
    ///   - logger: receives one error line per 500 response (with the request id); by default
    ///     nothing is logged.
    ///   - dataStatus: the data version and reload outcomes for `/readyz` and `/metrics` (live
    ///     reloads); nil serves the precomputed readiness body.
    ///   - previous: the handler this one replaces on a live reload: its request metrics and
    ///     start time carry over, so counters do not reset.
    public init(repository: DocumentRepository, statistics: (any ServerStatisticsSource)?, openAPIYAML: [UInt8]?,
                webAssets: WebAssets? = nil, logger: Logger = Logger(label: "rights-api.handler", factory: { _ in SwiftLogNoOpLogHandler() }),
                dataStatus: (any DataStatusSource)? = nil, replacing previous: RightsAPIHandler? = nil) {
        self.logger = logger
        let clock = ContinuousClock()
        let start = clock.now
        let router = APIRoutes.router()
        self.router = router
        let catalog = CorpusCatalog(repository: repository)
        let conversions = ScriptConversions(corpusTexts: catalog.allTexts)
        let resources = StaticResources(catalog: catalog, aliases: repository.aliases, conversions: conversions, openAPIYAML: openAPIYAML)
        api = APIContext(repository: repository, catalog: catalog, conversions: conversions, resources: resources,
                         metrics: previous?.api.metrics ?? RequestMetrics(routeLabels: router.routes.map(\.template)),
                         statistics: statistics, dataStatus: dataStatus, startedAt: previous?.api.startedAt ?? .now)
        exactPaths = resources.exactPaths.compactMapValues { exact in
            // A live readiness body (data status) is built per request, never taken from here.
            if dataStatus != nil, exact.template == "/readyz" { return nil }
            return router.route(template: exact.template).map { (route: $0, resource: exact.resource) }
        }
        web = webAssets.map { WebReader(assets: $0, catalog: catalog) }
        let elapsed = clock.now - start
        precomputation = PrecomputationReport(
            milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
            storedBytes: resources.storedBytes, exactPaths: exactPaths.count)
    }

    public func handle(_ request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        let start = ContinuousClock.now
        var route: Route?
        var response = respond(to: request, context: context, route: &route)
        if let web { web.addVaryForRoot(request: request, response: &response) }
        let elapsed = ContinuousClock.now - start
        let micros = Int(elapsed.components.seconds) * 1_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000_000)
        api.metrics.record(route: route, method: request.method, status: response.status.code, microseconds: micros)
        if response.status.code >= 500 {
            logger.error("internal error answering \(request.method) \(request.target)", metadata: [
                "request_id": "\(context.requestID)", "status": "\(response.status.code)",
                "route": "\(route?.template ?? Route.unmatchedLabel)",
                "detail": "\(String(decoding: response.body.prefix(512), as: UTF8.self))",
            ])
        }
        return response
    }

    private func respond(to request: HTTPRequest, context: RequestContext, route: inout Route?) -> HTTPResponse {
        let method = request.method
        if let web, let answer = web.respond(to: request) { return answer }
        let isRead = method == "GET" || method == "HEAD"
        // The common case: a canonical path without a query → a precomputed resource.
        if isRead, request.query == nil, let exact = exactPaths[request.path] {
            route = exact.route
            return api.serve(exact.resource, options: RepresentationOptions(), request: request, context: context)
        }
        if method == "OPTIONS" && request.path == "*" { return Preflight.response(request) }
        if let location = documentCaseRedirect(request) {
            var headers: HTTPHeaders = ["Location": location]
            ResponseHeaderSet.addCORS(to: &headers)
            return HTTPResponse(status: Problems.permanentRedirect, headers: headers)
        }
        switch router.match(path: request.path, query: request.query) {
        case .notFound:
            return Problems.response(Problems.notFound("no resource at \(request.path); see / for the service index and /openapi.yaml for every path", type: .unknownResource), instance: request.path)
        case .malformed(let detail):
            return Problems.response(Problems.badRequest(detail, type: .malformedPath), instance: request.path)
        case .trailingSlash(let location):
            var headers: HTTPHeaders = ["Location": location]
            ResponseHeaderSet.addCORS(to: &headers)
            return HTTPResponse(status: Problems.permanentRedirect, headers: headers)
        case .matched(let matched, let parameters):
            route = matched
            if method == "OPTIONS" { return Preflight.response(request) }
            guard isRead else { return Problems.response(Problems.methodNotAllowed(method), instance: request.path) }
            do {
                let query = try RequestQuery(request.query)
                let routeRequest = RouteRequest(http: request, context: context, route: matched, parameters: parameters,
                                                query: query, options: try query.representationOptions())
                return try router.responder(for: matched).respond(to: routeRequest, api: api)
            } catch {
                return Problems.response(error, instance: request.target)
            }
        }
    }

    /// `/v1/documents/ICCPR/…` → `/v1/documents/iccpr/…` (308) when the id differs from a
    /// document id only in case; nil otherwise.
    private func documentCaseRedirect(_ request: HTTPRequest) -> String? {
        let prefix = "/v1/documents/"
        guard request.path.hasPrefix(prefix) else { return nil }
        let rest = request.path.dropFirst(prefix.count)
        let id = rest.prefix { $0 != "/" }
        guard id.contains(where: { $0.isUppercase }) else { return nil }
        let lower = id.lowercased()
        guard lower != id, api.catalog.document(lower) != nil else { return nil }
        return prefix + lower + rest.dropFirst(id.count) + (request.query.map { "?" + $0 } ?? "")
    }
}

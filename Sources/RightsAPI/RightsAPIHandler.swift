public import DocumentStore
public import HTTPCore

/// The REST API v1 over a `DocumentRepository` (see `openapi.yaml`).
///
/// Built once at startup and immutable afterwards (`Sendable` without locks): the initializer
/// renders every static body in every variant (script × format × coding) with its ETag and
/// header set, so answering a request for a unit is a dictionary lookup plus header checks.
/// Bodies that depend on the query (search, resolve, filtered cross-references) are computed per
/// request. Metrics are lock-free atomics.
///
/// Conventions (documented in `openapi.yaml`):
/// - JSON keys in a fixed order per representation, absent optionals as `null`; lists are
///   `{"items": [...], "total": n}`.
/// - A trailing slash on a known path answers 308 to the path without it.
/// - Unknown query parameters are a 400 on search, resolve and cross-references (which list the
///   ones they accept) and ignored elsewhere; `pretty` and `script` are checked everywhere.
/// - Every error is `application/problem+json` (RFC 9457).
public final class RightsAPIHandler: HTTPHandler {
    let repository: DocumentRepository
    let catalog: CorpusCatalog
    let conversions: ScriptConversions
    let resources: StaticResources
    let router = Router()
    let metrics = RequestMetrics()
    let dynamicCache = DynamicResponseCache()
    let statistics: (any ServerStatisticsSource)?
    let startedAt = ContinuousClock.now
    /// The web reader (`/reader/…`, and `GET /` from a browser), when started with its assets.
    let web: WebReader?
    /// What the startup precomputation cost.
    public let precomputation: PrecomputationReport

    public init(repository: DocumentRepository, statistics: (any ServerStatisticsSource)?, openAPIYAML: [UInt8]?,
                webAssets: WebAssets? = nil) {
        let clock = ContinuousClock()
        let start = clock.now
        self.repository = repository
        self.statistics = statistics
        let catalog = CorpusCatalog(repository: repository)
        self.catalog = catalog
        conversions = ScriptConversions(corpusTexts: catalog.allTexts)
        resources = StaticResources(catalog: catalog, conversions: conversions, openAPIYAML: openAPIYAML)
        web = webAssets.map { WebReader(assets: $0, catalog: catalog) }
        let elapsed = clock.now - start
        precomputation = PrecomputationReport(
            milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
            storedBytes: resources.storedBytes, exactPaths: resources.exactPaths.count)
    }

    public func handle(_ request: HTTPRequest, context: RequestContext) -> HTTPResponse {
        let start = ContinuousClock.now
        var route: Route?
        let response = respond(to: request, context: context, route: &route)
        let elapsed = ContinuousClock.now - start
        let micros = Int(elapsed.components.seconds) * 1_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000_000)
        metrics.record(route: route, method: request.method, status: response.status.code, microseconds: micros)
        return response
    }

    private func respond(to request: HTTPRequest, context: RequestContext, route: inout Route?) -> HTTPResponse {
        let method = request.method
        if let web, let answer = web.respond(to: request) { return answer }
        let isRead = method == "GET" || method == "HEAD"
        // The common case: a canonical path without a query → a precomputed resource.
        if isRead, request.query == nil, let exact = resources.exactPaths[request.path] {
            route = exact.route
            return serve(exact.resource, options: RepresentationOptions(), request: request, context: context)
        }
        if method == "OPTIONS" && request.path == "*" { return Preflight.response(request) }
        switch router.match(path: request.path, query: request.query) {
        case .notFound:
            return Problems.response(Problems.notFound("no resource at \(request.path); see / for the service index and /openapi.yaml for every path"), instance: request.path)
        case .malformed(let detail):
            return Problems.response(Problems.badRequest(detail), instance: request.path)
        case .trailingSlash(let location):
            var headers: HTTPHeaders = ["Location": location]
            ResponseHeaderSet.addCORS(to: &headers)
            return HTTPResponse(status: Problems.permanentRedirect, headers: headers)
        case .matched(let matched, let parameters):
            route = matched
            if method == "OPTIONS" { return Preflight.response(request) }
            guard isRead else { return Problems.response(Problems.methodNotAllowed(method), instance: request.path) }
            do {
                return try dispatch(matched, parameters: parameters, request: request, context: context)
            } catch {
                return Problems.response(error, instance: request.target)
            }
        }
    }

    private func dispatch(_ route: Route, parameters: [String], request: HTTPRequest, context: RequestContext) throws(ProblemDetails) -> HTTPResponse {
        let query = try RequestQuery(request.query)
        let options = try query.representationOptions()
        switch route {
        case .serviceIndex: return serve(resources.serviceIndex, options: options, request: request, context: context)
        case .health: return serve(resources.health, options: options, request: request, context: context)
        case .readiness: return serve(resources.readiness, options: options, request: request, context: context)
        case .openAPI:
            guard let openAPI = resources.openAPI else { throw Problems.notFound("this server was started without an OpenAPI description") }
            return serve(openAPI, options: options, request: request, context: context)
        case .metrics: return metricsResponse()
        case .documents: return serve(resources.documents, options: options, request: request, context: context)
        case .document, .fullDocument, .footnotes, .errata, .provision, .footnote:
            let (document, perDocument) = try documentResources(parameters[0])
            switch route {
            case .document: return serve(perDocument.detail, options: options, request: request, context: context)
            case .fullDocument: return serve(perDocument.full, options: options, request: request, context: context)
            case .footnotes: return serve(perDocument.footnotes, options: options, request: request, context: context)
            case .errata: return serve(perDocument.errata, options: options, request: request, context: context)
            case .provision:
                guard let index = document.unitIndex[parameters[1]] else {
                    throw Problems.notFound(UnitDirectory.missingEIdDetail(parameters[1], in: document))
                }
                return serve(perDocument.units[index], options: options, request: request, context: context)
            default:
                return serve(try footnote(parameters[1], document: document, resources: perDocument), options: options, request: request, context: context)
            }
        case .articles, .article, .articleParagraph, .articleItem, .articleSubitem:
            let (document, perDocument) = try documentResources(APIPaths.covenantID)
            if route == .articles {
                guard let articles = perDocument.articles else { throw Problems.notFound("\(document.id) has no article list") }
                return serve(articles, options: options, request: request, context: context)
            }
            if let resource = canonicalAlias(route, parameters: parameters) {
                return serve(resource, options: options, request: request, context: context)
            }
            let entry = try AliasResolver.covenantUnit(numbers: parameters, in: document)
            return try serveUnit(entry, document: document, resources: perDocument, options: options, request: request, context: context)
        case .preambleParagraph, .operativeParagraph:
            let (document, perDocument) = try documentResources(APIPaths.resolutionID)
            if let resource = canonicalAlias(route, parameters: parameters) {
                return serve(resource, options: options, request: request, context: context)
            }
            let entry = route == .preambleParagraph
                ? try AliasResolver.recital(parameters[0], in: document)
                : try AliasResolver.operativeParagraph(parameters[0], in: document)
            return try serveUnit(entry, document: document, resources: perDocument, options: options, request: request, context: context)
        case .crossReferences:
            let references = try CrossReferencesEndpoint.filter(query, catalog: catalog)
            if references.count == catalog.crossReferences.count {
                return serve(resources.crossReferences, options: options, request: request, context: context)
            }
            return try dynamicJSON(options: options, request: request, context: context) { writer in
                ListJSON.write(references, into: &writer) { reference, writer in ReferenceJSON.write(reference, into: &writer) }
            }
        case .search:
            let searchQuery = try SearchEndpoint.query(from: query, catalog: catalog)
            return try dynamicJSON(options: options, request: request, context: context) { writer in
                SearchEndpoint.write(repository.search(searchQuery), query: searchQuery, catalog: catalog, into: &writer)
            }
        case .resolve:
            let cite = try ResolveEndpoint.citation(from: query)
            return try dynamicJSON(options: options, request: request, context: context) { writer throws(ProblemDetails) in
                ResolveEndpoint.write(try ResolveEndpoint.resolve(cite, repository: repository), into: &writer)
            }
        }
    }

    /// An alias with numbers in any accepted form → the precomputed resource of its canonical
    /// Arabic-number path (one lookup); nil when a number is malformed or the unit does not exist
    /// (the resolver then explains why).
    private func canonicalAlias(_ route: Route, parameters: [String]) -> PreparedResource? {
        let covenant = route != .preambleParagraph && route != .operativeParagraph
        let levels: [OrdinalParser.Level] = covenant ? [.article, .paragraph, .item, .subitem] : [.plain]
        let names = covenant ? ["articles", "paragraphs", "items", "subitems"] : [route == .preambleParagraph ? "preamble" : "operative"]
        var path = APIPaths.document(covenant ? APIPaths.covenantID : APIPaths.resolutionID)
        for (index, raw) in parameters.enumerated() where index < levels.count {
            guard let number = OrdinalParser.parse(raw, level: levels[index]) else { return nil }
            path += "/\(names[index])/\(number)"
        }
        return resources.exactPaths[path]?.resource
    }

    private func documentResources(_ id: String) throws(ProblemDetails) -> (CatalogDocument, DocumentResources) {
        guard let document = catalog.document(id), let perDocument = resources.perDocument[id] else {
            throw Problems.unknownDocument(id, known: catalog.documentIDs)
        }
        return (document, perDocument)
    }

    private func footnote(_ raw: String, document: CatalogDocument, resources: DocumentResources) throws(ProblemDetails) -> PreparedResource {
        guard let number = OrdinalParser.parse(raw, level: .plain) else {
            throw Problems.badRequest("'\(raw)' is not a footnote number (1, 2, …)")
        }
        guard let resource = resources.footnoteByNumber[number] else {
            let numbers = resources.footnoteByNumber.keys.sorted()
            let what = if let first = numbers.first, let last = numbers.last { "footnotes are \(first)–\(last)" } else { "\(document.id) has no footnotes" }
            throw Problems.notFound("there is no footnote \(number): \(what)")
        }
        return resource
    }

    private func serveUnit(_ entry: UnitEntry, document: CatalogDocument, resources: DocumentResources,
                           options: RepresentationOptions, request: HTTPRequest, context: RequestContext) throws(ProblemDetails) -> HTTPResponse {
        guard let index = document.unitIndex[entry.eId] else { throw Problems.internalError(requestID: context.requestID) }
        return serve(resources.units[index], options: options, request: request, context: context)
    }

    /// Chooses the variant (Accept, Accept-Encoding, pretty, script) and answers 200 or 304.
    private func serve(_ resource: PreparedResource, options: RepresentationOptions, request: HTTPRequest,
                       context: RequestContext) -> HTTPResponse {
        var format = options.pretty ? BodyFormat.prettyJSON : .compactJSON
        if resource.negotiatesMediaType {
            switch MediaTypePreference.choose(accept: request.headers["Accept"], offersPlainText: resource.offersPlainText) {
            case .json: break
            case .plainText: format = .plainText
            case .none: return Problems.response(Problems.notAcceptable(offersPlainText: resource.offersPlainText), instance: request.path)
            }
        }
        let gzip = ContentCodingPreference.acceptsGzip(request.headers["Accept-Encoding"])
        guard let body = resource.body(script: options.script, format: format, gzip: gzip)
            ?? resource.body(script: options.script, format: .compactJSON, gzip: gzip) else {
            return Problems.response(Problems.internalError(requestID: context.requestID), instance: request.path)
        }
        return body.response(ifNoneMatch: request.headers["If-None-Match"])
    }

    /// A query-dependent JSON body: from the cache when this target was answered before,
    /// otherwise written by `write` and remembered. A problem thrown by `write` is never cached.
    private func dynamicJSON(options: RepresentationOptions, request: HTTPRequest, context: RequestContext,
                             write: (inout JSONWriter) throws(ProblemDetails) -> Void) throws(ProblemDetails) -> HTTPResponse {
        if MediaTypePreference.choose(accept: request.headers["Accept"], offersPlainText: false) == .none {
            throw Problems.notAcceptable(offersPlainText: false)
        }
        let gzip = ContentCodingPreference.acceptsGzip(request.headers["Accept-Encoding"])
        let ifNoneMatch = request.headers["If-None-Match"]
        if let cached = dynamicCache.entry(for: request.target) {
            return cached.body(gzip: gzip).response(ifNoneMatch: ifNoneMatch)
        }
        var writer = JSONWriter(pretty: options.pretty, convert: conversions[options.script], capacity: 4096)
        try write(&writer)
        if options.pretty { writer.appendNewline() }
        let entry = dynamicCache.store(writer.bytes, for: request.target, cacheControl: ResponseHeaderSet.corpusCacheControl)
        return entry.body(gzip: gzip).response(ifNoneMatch: ifNoneMatch)
    }

    private func metricsResponse() -> HTTPResponse {
        let uptime = ContinuousClock.now - startedAt
        let seconds = Double(uptime.components.seconds) + Double(uptime.components.attoseconds) / 1e18
        let text = MetricsText.render(metrics, statistics: statistics?.statisticsSnapshot(), uptimeSeconds: seconds)
        var headers: HTTPHeaders = [
            "Content-Type": ResponseHeaderSet.metricsContentType,
            "Cache-Control": ResponseHeaderSet.liveCacheControl,
        ]
        ResponseHeaderSet.addCORS(to: &headers)
        return HTTPResponse(status: .ok, headers: headers, body: Array(text.utf8))
    }
}

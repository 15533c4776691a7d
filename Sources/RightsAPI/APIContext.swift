import DocumentStore
import HTTPCore

/// What every responder may read: the corpus, the precomputed bodies, the caches and metrics,
/// and the shared ways of answering (`serve`, `dynamicJSON`). Built once by
/// ``RightsAPIHandler``; immutable (the dynamic cache and the metrics are internally
/// synchronized), so it is shared by every event loop without locks on the request path.
final class APIContext: Sendable {
    let repository: DocumentRepository
    let catalog: CorpusCatalog
    let conversions: ScriptConversions
    let resources: StaticResources
    let metrics: RequestMetrics
    let dynamicCache = DynamicResponseCache()
    let statistics: (any ServerStatisticsSource)?
    /// The data version and reload outcomes, when the server reloads data live.
    let dataStatus: (any DataStatusSource)?
    let startedAt: ContinuousClock.Instant

    init(repository: DocumentRepository, catalog: CorpusCatalog, conversions: ScriptConversions,
         resources: StaticResources, metrics: RequestMetrics, statistics: (any ServerStatisticsSource)?,
         dataStatus: (any DataStatusSource)? = nil, startedAt: ContinuousClock.Instant = .now) {
        self.dataStatus = dataStatus
        self.startedAt = startedAt
        self.repository = repository
        self.catalog = catalog
        self.conversions = conversions
        self.resources = resources
        self.metrics = metrics
        self.statistics = statistics
    }

    /// Unit numbers ↔ eIds (the repository's table).
    var aliases: UnitAliasTable { repository.aliases }

    /// The document `id` with its precomputed resources, or the 404 that lists the documents.
    func document(_ id: String) throws(ProblemDetails) -> (CatalogDocument, DocumentResources) {
        guard let document = catalog.document(id), let perDocument = resources.perDocument[id] else {
            throw Problems.unknownDocument(id, known: catalog.documentIDs)
        }
        return (document, perDocument)
    }

    /// Serves the precomputed body of the unit `entry`.
    func serveUnit(_ entry: UnitEntry, document: CatalogDocument, resources: DocumentResources,
                   _ request: RouteRequest) throws(ProblemDetails) -> HTTPResponse {
        guard let index = document.unitIndex[entry.eId] else { throw Problems.internalError(requestID: request.context.requestID) }
        return serve(resources.units[index], request)
    }

    /// Chooses the variant (Accept or the `.akn.xml` suffix, Accept-Encoding, pretty, script) and
    /// answers 200 or 304.
    func serve(_ resource: PreparedResource, _ request: RouteRequest) -> HTTPResponse {
        serve(resource, options: request.options, request: request.http, context: request.context)
    }

    /// ``serve(_:_:)`` for a request that matched no route parameters (the precomputed fast path).
    func serve(_ resource: PreparedResource, options: RepresentationOptions, request: HTTPRequest,
               context: RequestContext) -> HTTPResponse {
        var format = options.pretty ? BodyFormat.prettyJSON : .compactJSON
        if options.akomaNtosoSuffix {
            guard resource.offersAkomaNtoso else { return Problems.response(AkomaNtosoSuffix.notOffered(request.path), instance: request.path) }
            format = .akomaNtoso
        } else if resource.negotiatesMediaType {
            switch MediaTypePreference.choose(accept: request.headers.combinedValue(for: "Accept"), offersPlainText: resource.offersPlainText,
                                              offersAkomaNtoso: resource.offersAkomaNtoso) {
            case .json: break
            case .plainText: format = .plainText
            case .akomaNtoso: format = .akomaNtoso
            case .none:
                return Problems.response(Problems.notAcceptable(offersPlainText: resource.offersPlainText, offersAkomaNtoso: resource.offersAkomaNtoso),
                                         instance: request.path)
            }
        }
        let gzip = ContentCodingPreference.acceptsGzip(request.headers.combinedValue(for: "Accept-Encoding"))
        guard let body = resource.body(script: options.script, format: format, gzip: gzip)
            ?? resource.body(script: options.script, format: .compactJSON, gzip: gzip) else {
            return Problems.response(Problems.internalError(requestID: context.requestID), instance: request.path)
        }
        return body.response(ifNoneMatch: request.headers.combinedValue(for: "If-None-Match"))
    }

    /// A query-dependent JSON body: from the cache when this target was answered before,
    /// otherwise written by `write` and remembered. A problem thrown by `write` is never cached.
    /// `write` returns the source languages (``CorpusDocument/language``) of the documents whose
    /// text the body holds; they become `Content-Language` as the request's script serves them
    /// (``Script/contentLanguage(originals:)``), none when it returns no language.
    func dynamicJSON(_ request: RouteRequest, write: (inout JSONWriter) throws(ProblemDetails) -> [String]) throws(ProblemDetails) -> HTTPResponse {
        let http = request.http
        if MediaTypePreference.choose(accept: http.headers.combinedValue(for: "Accept"), offersPlainText: false) == .none {
            throw Problems.notAcceptable(offersPlainText: false)
        }
        let gzip = ContentCodingPreference.acceptsGzip(http.headers.combinedValue(for: "Accept-Encoding"))
        let ifNoneMatch = http.headers.combinedValue(for: "If-None-Match")
        if let cached = dynamicCache.entry(for: http.target) {
            return cached.body(gzip: gzip).response(ifNoneMatch: ifNoneMatch)
        }
        var writer = JSONWriter(pretty: request.options.pretty, convert: conversions[request.options.script], capacity: 4096)
        let languages = try write(&writer)
        if request.options.pretty { writer.appendNewline() }
        let entry = dynamicCache.store(writer.bytes, for: http.target, cacheControl: ResponseHeaderSet.corpusCacheControl,
                                       contentLanguage: request.options.script.contentLanguage(originals: languages))
        return entry.body(gzip: gzip).response(ifNoneMatch: ifNoneMatch)
    }
}

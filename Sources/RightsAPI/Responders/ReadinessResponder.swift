import HTTPCore

/// `GET /readyz`: the precomputed readiness body, or, when the server reports a `DataStatus`
/// (live reloads), the same members plus `data` (version, reload counts, last reload) built per
/// request.
struct ReadinessResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        guard let source = api.dataStatus else { return api.serve(api.resources.readiness, request) }
        let status = source.dataStatus()
        var writer = JSONWriter(pretty: request.options.pretty, capacity: 512)
        writer.beginObject()
        writer.key("status"); writer.identifier("ready")
        writer.key("documents"); writer.int(api.catalog.documents.count)
        writer.key("units"); writer.int(api.catalog.documents.reduce(0) { $0 + $1.units.count })
        writer.key("data")
        writer.beginObject()
        writer.key("version"); writer.string(status.version)
        writer.key("successfulReloads"); writer.int(status.successfulReloads)
        writer.key("failedReloads"); writer.int(status.failedReloads)
        writer.key("lastReload")
        if let last = status.lastReload {
            writer.beginObject()
            writer.key("outcome"); writer.identifier(last.succeeded ? "success" : "failure")
            writer.key("at"); writer.string(last.at)
            writer.key("detail"); writer.string(last.detail)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
        writer.endObject()
        if request.options.pretty { writer.appendNewline() }
        var headers: HTTPHeaders = [
            "Content-Type": ResponseHeaderSet.jsonContentType,
            "Cache-Control": ResponseHeaderSet.liveCacheControl,
        ]
        ResponseHeaderSet.addCORS(to: &headers)
        return HTTPResponse(status: .ok, headers: headers, body: writer.bytes)
    }
}

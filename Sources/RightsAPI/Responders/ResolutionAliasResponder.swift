import DocumentStore
import HTTPCore

/// `GET /v1/documents/a-res-62-148/preamble/{n}` (the n-th recital) and `…/operative/{n}`
/// (operative paragraph n).
struct ResolutionAliasResponder: RouteResponder {
    /// `.recital` or `.paragraph`.
    let type: UnitType

    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(APIPaths.resolutionID)
        let entry = try AliasResolver.resolutionUnit(type, request.parameters[0], in: document, aliases: api.aliases)
        return try api.serveUnit(entry, document: document, resources: resources, request)
    }
}

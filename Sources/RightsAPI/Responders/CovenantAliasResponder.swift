import HTTPCore

/// `GET /v1/documents/iccpr/articles/{n}[/paragraphs/{p}[/items/{i}[/subitems/{s}]]]`: a unit of
/// the Covenant by its numbers, each in any form ``OrdinalParser`` reads.
struct CovenantAliasResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(APIPaths.covenantID)
        let entry = try AliasResolver.covenantUnit(numbers: request.parameters, in: document, aliases: api.aliases)
        return try api.serveUnit(entry, document: document, resources: resources, request)
    }
}

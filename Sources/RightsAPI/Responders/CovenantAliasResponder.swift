import DocumentStore
import HTTPCore

/// `GET /v1/documents/iccpr/articles/{n}[/paragraphs/{p}[/items/{i}[/subitems/{s}]]]` and
/// `/articles/{n}/items/{i}` (`types` says which): a unit of the Covenant by its numbers, each in
/// any form ``OrdinalParser`` reads, official numbering first (``AliasResolver``).
struct CovenantAliasResponder: RouteResponder {
    var types = AliasResolver.printedPathTypes

    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(APIPaths.covenantID)
        let entry = try AliasResolver.covenantUnit(numbers: request.parameters, types: types, in: document, aliases: api.aliases)
        return try api.serveUnit(entry, document: document, resources: resources, request)
    }
}

import HTTPCore

/// `GET /v1/documents/{doc}/provisions/{eId}`: a unit by eId; a footnote's eId
/// (`authorialNote_5`, as `/v1/resolve` returns it) answers the footnote.
struct ProvisionResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(request.parameters[0])
        let eId = request.parameters[1]
        guard let index = document.unitIndex[eId] else {
            if let footnote = document.document.footnotes.first(where: { $0.eId == eId }),
               let resource = resources.footnoteByNumber[footnote.number] {
                return api.serve(resource, request)
            }
            throw Problems.notFound(UnitDirectory.missingEIdDetail(eId, in: document))
        }
        return api.serve(resources.units[index], request)
    }
}

import HTTPCore

/// `GET /v1/documents/{doc}/provisions/{eId}`: a unit by eId.
struct ProvisionResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(request.parameters[0])
        let eId = request.parameters[1]
        guard let index = document.unitIndex[eId] else {
            throw Problems.notFound(UnitDirectory.missingEIdDetail(eId, in: document))
        }
        return api.serve(resources.units[index], request)
    }
}

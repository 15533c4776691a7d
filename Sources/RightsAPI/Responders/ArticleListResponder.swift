import HTTPCore

/// `GET /v1/documents/iccpr/articles`: the Covenant's articles (summaries).
struct ArticleListResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(APIPaths.covenantID)
        guard let articles = resources.articles else { throw Problems.notFound("\(document.id) has no article list") }
        return api.serve(articles, request)
    }
}

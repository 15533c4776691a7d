import HTTPCore

/// `GET /v1/search`: see `SearchEndpoint`.
struct SearchResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let searchQuery = try SearchEndpoint.query(from: request.query, catalog: api.catalog)
        return try api.dynamicJSON(request) { writer in
            SearchEndpoint.write(api.repository.search(searchQuery), query: searchQuery, catalog: api.catalog, into: &writer)
            return SearchEndpoint.languages(searched: searchQuery, catalog: api.catalog)
        }
    }
}

import HTTPCore

/// `OPTIONS` on any route (and `OPTIONS *`): 204 with `Allow` and the CORS preflight answer
/// (Fetch standard: `Access-Control-Allow-Methods/Headers/Max-Age`).
enum Preflight {
    static func response(_ request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [
            "Allow": Route.allowedMethods,
            "Access-Control-Allow-Methods": Route.allowedMethods,
            "Access-Control-Allow-Headers": ResponseHeaderSet.preflightAllowedHeaders,
            "Access-Control-Max-Age": ResponseHeaderSet.preflightMaxAge,
        ]
        ResponseHeaderSet.addCORS(to: &headers)
        return HTTPResponse(status: .noContent, headers: headers)
    }
}

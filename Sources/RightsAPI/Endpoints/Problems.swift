import HTTPCore

/// Constructors for the API's RFC 9457 problems (all rendered by HTTPCore's `ProblemDetails`).
enum Problems {
    static let permanentRedirect = HTTPStatus(code: 308, reason: "Permanent Redirect")

    static func badRequest(_ detail: String, _ extensions: [(String, String)] = [], type: ProblemType = .badParameter) -> ProblemDetails {
        ProblemDetails(status: .badRequest, detail: detail, type: type.uri, extensions: extensions)
    }

    static func notFound(_ detail: String, _ extensions: [(String, String)] = [], type: ProblemType = .unknownUnit) -> ProblemDetails {
        ProblemDetails(status: .notFound, detail: detail, type: type.uri, extensions: extensions)
    }

    static func unknownDocument(_ id: String, known: [String]) -> ProblemDetails {
        notFound("there is no document '\(id)'; documents are \(known.joined(separator: ", "))",
                 [("documents", known.joined(separator: ", "))], type: .unknownDocument)
    }

    static func notAcceptable(offersPlainText: Bool) -> ProblemDetails {
        let offered = offersPlainText ? "application/json, text/plain" : "application/json"
        return ProblemDetails(status: .notAcceptable, detail: "this resource is available as \(offered); the Accept header allows none of them",
                              type: ProblemType.notAcceptable.uri, extensions: [("available", offered)])
    }

    static func methodNotAllowed(_ method: String) -> ProblemDetails {
        ProblemDetails(status: .methodNotAllowed, detail: "\(method) is not allowed here; the API is read-only (\(Route.allowedMethods))",
                       type: ProblemType.methodNotAllowed.uri, extensions: [("allowed", Route.allowedMethods)])
    }

    static func internalError(requestID: String) -> ProblemDetails {
        ProblemDetails(status: .internalServerError, detail: "an unexpected error occurred; quote request id \(requestID) when reporting it",
                       type: ProblemType.internalError.uri, extensions: [("requestId", requestID)])
    }

    /// The problem as a response with CORS headers and `Cache-Control: no-store`.
    static func response(_ problem: ProblemDetails, instance: String? = nil) -> HTTPResponse {
        var problem = problem
        if problem.instance == nil { problem.instance = instance }
        var response = problem.response
        response.headers.replaceOrAdd(name: "Content-Type", value: ResponseHeaderSet.problemContentType)
        response.headers.add(name: "Cache-Control", value: ResponseHeaderSet.liveCacheControl)
        ResponseHeaderSet.addCORS(to: &response.headers)
        if problem.status == .methodNotAllowed { response.headers.add(name: "Allow", value: Route.allowedMethods) }
        return response
    }
}

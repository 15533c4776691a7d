import HTTPCore

/// `GET /v1/documents/{doc}/footnotes/{n}`: a footnote by its printed number.
struct FootnoteResponder: RouteResponder {
    func respond(to request: RouteRequest, api: APIContext) throws(ProblemDetails) -> HTTPResponse {
        let (document, resources) = try api.document(request.parameters[0])
        let raw = request.parameters[1]
        guard let number = OrdinalParser.parse(raw, level: .plain) else {
            throw Problems.badRequest("'\(raw)' is not a footnote number (1, 2, …)")
        }
        guard let resource = resources.footnoteByNumber[number] else {
            let numbers = resources.footnoteByNumber.keys.sorted()
            let what = if let first = numbers.first, let last = numbers.last { "footnotes are \(first)–\(last)" } else { "\(document.id) has no footnotes" }
            throw Problems.notFound("there is no footnote \(number): \(what)")
        }
        return api.serve(resource, request)
    }
}

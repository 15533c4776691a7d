import HTTPCore

/// The query string of a request, decoded by HTTPCore's `QueryParameters` (percent-decoding, `+`
/// as space). An invalid escape, invalid UTF-8 or a name given twice is a 400.
struct RequestQuery: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String?) throws(ProblemDetails) {
        let decoded: [(String, String)]
        do {
            decoded = try QueryParameters.parse(query)
        } catch {
            var problem = error.problem
            problem.type = ProblemType.badParameter.uri
            throw problem
        }
        for (name, value) in decoded {
            if pairs.contains(where: { $0.name == name }) {
                throw Problems.badRequest("query parameter '\(name)' is given more than once")
            }
            pairs.append((name, value))
        }
    }

    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// 400 when a parameter outside `allowed` is present (strict endpoints).
    func requireOnly(_ allowed: [String]) throws(ProblemDetails) {
        if let unknown = pairs.first(where: { !allowed.contains($0.name) }) {
            throw Problems.badRequest(
                "unknown query parameter '\(unknown.name)'; this endpoint accepts \(allowed.joined(separator: ", "))",
                [("allowed", allowed.joined(separator: ", "))])
        }
    }

    /// `pretty` and `script`, shared by every JSON endpoint.
    func representationOptions() throws(ProblemDetails) -> RepresentationOptions {
        var options = RepresentationOptions()
        if let pretty = self["pretty"] {
            switch pretty {
            case "true", "1", "": options.pretty = true
            case "false", "0": options.pretty = false
            default: throw Problems.badRequest("pretty must be true, false, 1 or 0, or given without a value (got '\(pretty)')")
            }
        }
        if let script = self["script"] {
            guard let parsed = Script(queryValue: script) else {
                throw Problems.badRequest("script must be hans or hant (got '\(script)')")
            }
            options.script = parsed
        }
        return options
    }
}

/// `?pretty=` and `?script=`.
struct RepresentationOptions: Sendable {
    var pretty = false
    var script = Script.original
}

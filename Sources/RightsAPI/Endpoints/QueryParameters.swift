import HTTPCore

/// A parsed query string: `name=value` pairs separated by `&`, percent-decoded (`+` is a space).
/// A name given twice, an invalid escape or invalid UTF-8 is a 400.
struct QueryParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String?) throws(ProblemDetails) {
        guard let query, !query.isEmpty else { return }
        for component in query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: String, value: String
            do {
                if let equals = component.firstIndex(of: "=") {
                    name = try PathDecoding.decode(component[..<equals], plusAsSpace: true)
                    value = try PathDecoding.decode(component[component.index(after: equals)...], plusAsSpace: true)
                } else {
                    name = try PathDecoding.decode(component, plusAsSpace: true)
                    value = ""
                }
            } catch {
                throw Problems.badRequest("query parameter \(error.detail)")
            }
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
            case "true", "1": options.pretty = true
            case "false", "0": options.pretty = false
            default: throw Problems.badRequest("pretty must be true, false, 1 or 0 (got '\(pretty)')")
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

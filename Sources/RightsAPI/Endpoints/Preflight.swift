import HTTPCore

/// `OPTIONS` on any route (and `OPTIONS *`): 204 with `Allow` and the CORS preflight answer
/// (Fetch standard: `Access-Control-Allow-Methods/Headers/Max-Age`). The allowed headers are the
/// API's own plus every header the browser asks for in `Access-Control-Request-Headers` (all
/// lines combined): the API is read-only and public (`Allow-Origin: *`, no credentials), so any
/// request header (`traceparent`, `authorization`, …) may be sent; malformed names are dropped.
enum Preflight {
    static func response(_ request: HTTPRequest) -> HTTPResponse {
        var allowed = ResponseHeaderSet.preflightAllowedHeaders
        let known = Set(allowed.split(separator: ",").map { $0.trimmingSpaces.lowercased() })
        if let requested = request.headers.combinedValue(for: "Access-Control-Request-Headers") {
            var extra: [String] = []
            for name in requested.split(separator: ",").map(\.trimmingSpaces) where isToken(name) {
                let lower = name.lowercased()
                if !known.contains(lower) && !extra.contains(lower) { extra.append(lower) }
            }
            if !extra.isEmpty { allowed += ", " + extra.joined(separator: ", ") }
        }
        var headers: HTTPHeaders = [
            "Allow": Route.allowedMethods,
            "Access-Control-Allow-Methods": Route.allowedMethods,
            "Access-Control-Allow-Headers": allowed,
            "Access-Control-Max-Age": ResponseHeaderSet.preflightMaxAge,
            "Vary": "Access-Control-Request-Headers",
        ]
        ResponseHeaderSet.addCORS(to: &headers)
        return HTTPResponse(status: .noContent, headers: headers)
    }

    /// RFC 9110 §5.1 field name (token), at most 64 characters.
    private static func isToken(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 64 else { return false }
        return name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// Whether a request's `Accept` (RFC 9110 §12.5.1) prefers an HTML page to the JSON service index.
///
/// Only an explicit `text/html` counts (a browser's navigation sends it first); `*/*` alone, a
/// missing header or an API client's `application/json` keep JSON. HTML wins when its quality is
/// positive and at least that of the most specific range matching `application/json`.
enum HTMLPreference {
    static func prefersHTML(accept header: String?) -> Bool {
        guard let header, !header.isEmpty else { return false }
        var html: Double?
        var json: (specificity: Int, quality: Double) = (-1, 0)
        HeaderListScanner.forEachElement(in: header) { range, quality in
            guard let slash = range.firstIndex(of: "/") else { return }
            let type = range[..<slash]
            let subtype = range[range.index(after: slash)...]
            if type.caseInsensitiveEquals("text") && subtype.caseInsensitiveEquals("html") {
                html = max(html ?? 0, quality)
            }
            let specificity: Int
            if type == "*" && subtype == "*" {
                specificity = 0
            } else if type.caseInsensitiveEquals("application") {
                if subtype == "*" { specificity = 1 } else if subtype.caseInsensitiveEquals("json") { specificity = 2 } else { return }
            } else {
                return
            }
            if specificity > json.specificity { json = (specificity, quality) } else if specificity == json.specificity { json.quality = max(json.quality, quality) }
        }
        guard let html, html > 0 else { return false }
        return html >= json.quality
    }
}

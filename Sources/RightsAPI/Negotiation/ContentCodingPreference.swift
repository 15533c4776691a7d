/// Whether a request's `Accept-Encoding` (RFC 9110 §12.5.3) allows a gzip response.
enum ContentCodingPreference {
    /// `gzip` (or `x-gzip`) with q > 0, or `*` with q > 0 and no explicit gzip entry.
    /// `gzip;q=0` refuses gzip even when `*` allows everything else. No header: identity.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return false }
        // Fast path for the common `gzip, deflate, br` style value with no weights.
        if !header.utf8.contains(UInt8(ascii: ";")) {
            var found = false
            HeaderListScanner.forEachElement(in: header) { token, _ in
                if token.caseInsensitiveEquals("gzip") || token.caseInsensitiveEquals("x-gzip") || token == "*" { found = true }
            }
            return found
        }
        var gzipQuality: Double?
        var wildcardQuality: Double?
        HeaderListScanner.forEachElement(in: header) { token, quality in
            if token.caseInsensitiveEquals("gzip") || token.caseInsensitiveEquals("x-gzip") {
                gzipQuality = max(gzipQuality ?? 0, quality)
            } else if token == "*" {
                wildcardQuality = quality
            }
        }
        if let gzipQuality { return gzipQuality > 0 }
        return (wildcardQuality ?? 0) > 0
    }
}

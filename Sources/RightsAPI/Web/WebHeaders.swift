import HTTPCore

/// Header values of the web reader's responses (one source of truth for the security policy).
enum WebHeaders {
    /// Scripts, styles, images and API calls come from this origin only; no inline script, no
    /// inline event handlers, no plugins, no framing.
    static let contentSecurityPolicy =
        "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'"
    static let referrerPolicy = "strict-origin-when-cross-origin"
    /// Fingerprinted assets never change under their URL.
    static let immutableCacheControl = "public, max-age=31536000, immutable"
    /// The shell names the current fingerprint, so it is revalidated on every use.
    static let shellCacheControl = "no-cache"
    static let htmlContentType = "text/html; charset=utf-8"

    /// The content type for a file name's extension.
    static func contentType(for name: String) -> String {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html": return htmlContentType
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// Adds the security headers every reader response carries.
    static func addSecurity(to headers: inout HTTPHeaders) {
        headers.add(name: "Content-Security-Policy", value: contentSecurityPolicy)
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        headers.add(name: "Referrer-Policy", value: referrerPolicy)
    }
}

import HTTPCore

/// Header values shared by every response.
enum ResponseHeaderSet {
    static let jsonContentType = "application/json; charset=utf-8"
    static let plainTextContentType = "text/plain; charset=utf-8"
    static let akomaNtosoContentType = "application/akn+xml; charset=utf-8"
    static let yamlContentType = "application/yaml; charset=utf-8"
    static let metricsContentType = "text/plain; version=0.0.4; charset=utf-8"
    static let problemContentType = "application/problem+json; charset=utf-8"

    /// Corpus bodies change only when the data is redeployed.
    static let corpusCacheControl = "public, max-age=3600"
    /// Health, readiness and metrics are live.
    static let liveCacheControl = "no-store"

    static let exposedHeaders = "ETag, X-Request-Id, Reading"
    static let preflightAllowedHeaders = "Accept, Accept-Encoding, If-None-Match, X-Request-Id"
    static let preflightMaxAge = "86400"

    /// Adds the CORS headers every response carries.
    static func addCORS(to headers: inout HTTPHeaders) {
        headers.add(name: "Access-Control-Allow-Origin", value: "*")
        headers.add(name: "Access-Control-Expose-Headers", value: exposedHeaders)
    }
}
